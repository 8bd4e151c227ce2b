// Package eval scores the marsad coder: against hand-written gold
// annotations (../shared/gold, with the matching rules of
// ../shared/tools/gold-score, reimplemented here so that a miss can be
// explained) and against the labelled development sets
// (../shared/data/dev-sets: protest and assault detection, quad class,
// relevance). It codes with the pipeline it is given, in process and in
// parallel (coder.Run), and returns reports that print as text or JSON.
package eval

import (
	"context"
	"errors"
	"fmt"
	"unicode/utf8"

	"marsad"
	"marsad/coder"
	"marsad/report"
)

// ErrInternal marks an error of marsad itself — the pipeline failed on a
// document, or the embedded data did not load — as opposed to evaluation
// files that cannot be read or are malformed.
var ErrInternal = errors.New("eval: internal error")

// Count is a number of hits out of a total.
type Count struct {
	Hit   int `json:"hit"`
	Total int `json:"total"`
}

// Ratio returns Hit/Total, and 1 when Total is 0 (nothing was asked), as
// gold-score does.
func (c Count) Ratio() float64 {
	if c.Total == 0 {
		return 1
	}
	return float64(c.Hit) / float64(c.Total)
}

func (c *Count) add(o Count) { c.Hit += o.Hit; c.Total += o.Total }

// Confusion holds the counts of a binary detection task.
type Confusion struct {
	TP int `json:"tp"` // labelled positive, detected
	FP int `json:"fp"` // labelled negative, detected (false alarm)
	FN int `json:"fn"` // labelled positive, not detected (miss)
	TN int `json:"tn"` // labelled negative, not detected
}

// Precision returns TP/(TP+FP), 0 when nothing was detected.
func (c Confusion) Precision() float64 { return safeDiv(c.TP, c.TP+c.FP) }

// Recall returns TP/(TP+FN), 0 when there is no positive.
func (c Confusion) Recall() float64 { return safeDiv(c.TP, c.TP+c.FN) }

// F1 returns the harmonic mean of precision and recall, 2TP/(2TP+FP+FN);
// 0 when TP is 0.
func (c Confusion) F1() float64 { return safeDiv(2*c.TP, 2*c.TP+c.FP+c.FN) }

func safeDiv(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// codeAll codes docs with p in parallel (coder.Run, GOMAXPROCS workers) and
// calls fn for each in input order. A document the pipeline fails on is an
// error wrapping ErrInternal.
func codeAll(ctx context.Context, p marsad.Pipeline, docs []*marsad.Document, fn func(i int, out report.Doc) error) error {
	jobs := make(chan coder.Job)
	go func() {
		defer close(jobs)
		for i, d := range docs {
			select {
			case jobs <- coder.Job{Seq: i, Doc: d}:
			case <-ctx.Done():
				return
			}
		}
	}()
	err := coder.Run(ctx, p, 0, jobs, func(j coder.Job) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if j.Err != nil {
			return fmt.Errorf("%w: coding %s: %w", ErrInternal, j.Doc.ID, j.Err)
		}
		return fn(j.Seq, report.FromDocument(j.Doc))
	})
	if err == nil {
		err = ctx.Err()
	}
	return err
}

// truncate shortens s to at most n code points, marking a cut with "…".
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
