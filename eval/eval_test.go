package eval

import (
	"fmt"
	"math"
	"testing"

	"marsad"
	"marsad/coder"
)

// testPipeline returns the standard pipeline over the embedded lexicons.
func testPipeline(tb testing.TB) marsad.Pipeline {
	tb.Helper()
	p, err := coder.Embedded()
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

func TestConfusion(t *testing.T) {
	tests := []struct {
		name    string
		c       Confusion
		p, r, f float64
	}{
		{"perfect", Confusion{TP: 10, TN: 5}, 1, 1, 1},
		{"half and half", Confusion{TP: 5, FP: 5, FN: 5, TN: 100}, 0.5, 0.5, 0.5},
		{"precise, low recall", Confusion{TP: 2, FP: 0, FN: 6}, 1, 0.25, 0.4},
		{"the protest figures", Confusion{TP: 10, FP: 41, FN: 0, TN: 150}, 10.0 / 51, 1, 20.0 / 61},
		{"nothing detected", Confusion{FN: 3, TN: 7}, 0, 0, 0},
		{"no positives, no alarms", Confusion{TN: 7}, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, v := range []struct {
				what      string
				got, want float64
			}{{"Precision", tt.c.Precision(), tt.p}, {"Recall", tt.c.Recall(), tt.r}, {"F1", tt.c.F1(), tt.f}} {
				if math.Abs(v.got-v.want) > 1e-12 {
					t.Errorf("%+v.%s() = %v, want %v", tt.c, v.what, v.got, v.want)
				}
			}
		})
	}
}

func TestCountRatio(t *testing.T) {
	tests := []struct {
		c    Count
		want float64
	}{{Count{3, 4}, 0.75}, {Count{0, 0}, 1}, {Count{0, 2}, 0}}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d of %d", tt.c.Hit, tt.c.Total), func(t *testing.T) {
			if got := tt.c.Ratio(); got != tt.want {
				t.Errorf("%+v.Ratio() = %v, want %v", tt.c, got, tt.want)
			}
		})
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		name, in string
		n        int
		want     string
	}{
		{"short kept", "قال الرئيس", 10, "قال الرئيس"},
		{"cut by code points", "قال الرئيس", 5, "قال …"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := truncate(tt.in, tt.n); got != tt.want {
				t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
			}
		})
	}
}
