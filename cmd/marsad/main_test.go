package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// buildMarsad builds the binary once per test run.
func buildMarsad(tb testing.TB) string {
	tb.Helper()
	bin := filepath.Join(tb.TempDir(), "marsad")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func run(tb testing.TB, bin, stdin string, args ...string) (string, string, int) {
	tb.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		tb.Fatal(err)
	}
	return out.String(), errb.String(), code
}

func TestCLI(t *testing.T) {
	bin := buildMarsad(t)
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte(`{"id":"a","text":"قال الرئيس الروسي فلاديمير بوتين إن","published":"2026-01-15"}
not json
{"id":"c","text":"ندد وزير الخارجية الإيراني بالهجوم","published":"2026-01-15T10:00:00Z"}
{"id":"d"}
`), 0o644)
	binary := filepath.Join(dir, "binary.txt")
	os.WriteFile(binary, []byte("abc\x00def"), 0o644)
	cp1256 := filepath.Join(dir, "cp1256.txt")
	os.WriteFile(cp1256, []byte{0xC8, 0xE6, 0xCA, 0xED, 0xE4}, 0o644) // «بوتين» in windows-1256

	t.Run("help for each command", func(t *testing.T) {
		for _, args := range [][]string{{"--help"}, {"code", "--help"}} {
			out, _, code := run(t, bin, "", args...)
			if code != 0 || !strings.Contains(out, "Usage") {
				t.Errorf("marsad %v: exit %d, output %q", args, code, out)
			}
		}
	})
	t.Run("usage errors exit 2", func(t *testing.T) {
		for _, args := range [][]string{{"code", "--format", "xml"}, {"code", "--published", "yesterday"}, {"code", "--nope"}, {"nope"}} {
			if _, _, code := run(t, bin, "", args...); code != exitUsage {
				t.Errorf("marsad %v: exit %d, want %d", args, code, exitUsage)
			}
		}
	})
	t.Run("jsonl keeps order and ids, reports bad lines", func(t *testing.T) {
		out, errOut, code := run(t, bin, "", "code", "--jsonl", bad)
		if code != exitBadInput {
			t.Errorf("exit %d, want %d", code, exitBadInput)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 4 {
			t.Fatalf("%d output lines, want 4:\n%s", len(lines), out)
		}
		wantIDs := []string{"a", bad + ":2", "c", "d"}
		for i, l := range lines {
			var d struct {
				ID, Published, Error string
			}
			if err := json.Unmarshal([]byte(l), &d); err != nil {
				t.Fatalf("line %d: %v", i+1, err)
			}
			if d.ID != wantIDs[i] {
				t.Errorf("line %d: id %q, want %q", i+1, d.ID, wantIDs[i])
			}
			if (i == 1 || i == 3) != (d.Error != "") {
				t.Errorf("line %d: error %q", i+1, d.Error)
			}
			if i == 2 && d.Published != "2026-01-15" {
				t.Errorf("line 3: published %q, want the RFC 3339 time's day", d.Published)
			}
		}
		for _, want := range []string{bad + ":2", bad + ":4"} {
			if !strings.Contains(errOut, want) {
				t.Errorf("stderr does not name %s: %q", want, errOut)
			}
		}
	})
	t.Run("binary input is rejected by name", func(t *testing.T) {
		_, errOut, code := run(t, bin, "", "code", binary)
		if code != exitBadInput || !strings.Contains(errOut, binary) {
			t.Errorf("exit %d, stderr %q", code, errOut)
		}
	})
	t.Run("windows-1256 input is decoded", func(t *testing.T) {
		out, _, code := run(t, bin, "", "code", "--published", "2026-01-15", cp1256)
		if code != 0 || !strings.Contains(out, "بوتين") || !strings.Contains(out, "windows-1256") {
			t.Errorf("exit %d, output %q", code, out)
		}
	})
	t.Run("stdin", func(t *testing.T) {
		out, _, code := run(t, bin, "قال الرئيس الروسي فلاديمير بوتين", "code", "--published", "2026-01-15")
		if code != 0 || !strings.Contains(out, `"RUSGOV"`) {
			t.Errorf("exit %d, output %q", code, out)
		}
	})
}
