package arabic

import (
	"strings"
	"sync"
	"testing"
)

// TestWordCache checks that a WordCache computes a word's value once, keeps
// short and long words apart from their prefixes, and stops storing past
// its bound while still answering.
func TestWordCache(t *testing.T) {
	long := strings.Repeat("المتظاهرين", 3) // more than 16 bytes
	words := []string{"قال", "قالت", "قال\x00", long, long[:len(long)-2], "", "a"}
	var c WordCache[string]
	calls := 0
	get := func(w string) string {
		return c.Get(w, func() string { calls++; return "v:" + w })
	}
	for round := range 2 {
		for _, w := range words {
			if got := get(w); got != "v:"+w {
				t.Fatalf("round %d: Get(%q) = %q", round, w, got)
			}
		}
	}
	if calls != len(words) {
		t.Errorf("make called %d times for %d words", calls, len(words))
	}

	bounded := WordCache[int]{Max: 2}
	n := 0
	for range 2 {
		for _, w := range []string{"أ", "ب", "ت"} {
			bounded.Get(w, func() int { n++; return n })
		}
	}
	if n != 4 { // «ت» is computed each time: the cache is full
		t.Errorf("bounded cache computed %d values, want 4", n)
	}
}

func TestWordCacheConcurrent(t *testing.T) {
	var c WordCache[int]
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 500 {
				w := strings.Repeat("ب", k%40+1)
				if got := c.Get(w, func() int { return len(w) }); got != len(w) {
					t.Errorf("goroutine %d: Get(%d letters) = %d", g, k%40+1, got)
					return
				}
			}
		}()
	}
	wg.Wait()
}
