package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// sharedDir is where the workplace's shared data lives beside the project.
const sharedDir = "../../../shared"

// TestGoldScore runs ../shared/tools/gold-score on the dev gold files, with
// the thresholds the issues set. It skips when ../shared is absent (a fresh
// clone has none; CI has it).
func TestGoldScore(t *testing.T) {
	score := filepath.Join(sharedDir, "tools", "gold-score")
	gold := filepath.Join(sharedDir, "gold", "dev")
	if _, err := os.Stat(score); err != nil {
		t.Skipf("skipping: %s not found (../shared is absent in a fresh clone)", score)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("skipping: gold-score needs python3")
	}
	bin := buildMarsad(t)
	// Issue 2 bounds actors and quotes, issue 3 events and forbidden claims.
	cmd := exec.Command(score, "--gold", gold, "--min-actors", "0.9", "--min-quotes", "0.8",
		"--min-events", "0.9", "--max-forbidden", "0", "--verbose", "--", bin, "code", "--format", "json")
	out, err := cmd.CombinedOutput()
	t.Logf("gold-score:\n%s", out)
	if err != nil {
		t.Errorf("gold-score failed: %v", err)
	}
}
