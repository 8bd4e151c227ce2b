// Package coder assembles marsad's standard pipeline — Arabic analysis,
// boilerplate marking, actors, quotes, events — and runs it on documents,
// in parallel where asked, keeping input order.
package coder

import (
	"context"
	"runtime"
	"sync"

	"marsad"
	"marsad/events"
	"marsad/lexicon"
)

// New returns the standard pipeline over a lexicon. The order is checked by
// marsad.NewPipeline: each stage reads only layers written before it.
func New(lex *lexicon.Lexicon) (marsad.Pipeline, error) {
	return build(lex, events.New(lex))
}

// Embedded returns the standard pipeline over the lexicons compiled into
// the binary (lexicon.Embedded).
func Embedded() (marsad.Pipeline, error) {
	lex, err := lexicon.Embedded()
	if err != nil {
		return nil, err
	}
	return New(lex)
}

// NewWithModels returns the standard pipeline whose event stage also
// consults the learned models (events.WithModels).
func NewWithModels(lex *lexicon.Lexicon) (marsad.Pipeline, error) {
	if _, err := lex.Models(); err != nil {
		return nil, err
	}
	return build(lex, events.WithModels(lex))
}

func build(lex *lexicon.Lexicon, ev marsad.Stage) (marsad.Pipeline, error) {
	reading, err := NewReading(lex)
	if err != nil {
		return nil, err
	}
	return marsad.NewPipeline(append(reading, ev)...)
}

// Job is one document to code, with its position in the input.
type Job struct {
	Seq int
	Doc *marsad.Document
	Err error // an input error: the document is passed through uncoded
}

// Run codes the documents from in with workers goroutines (GOMAXPROCS if
// workers < 1) and calls emit for each in input order. A pipeline error on
// one document is recorded in its Job and does not stop the others.
func Run(ctx context.Context, p marsad.Pipeline, workers int, in <-chan Job, emit func(Job) error) error {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	done := make(chan Job, workers*2)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				if j.Err == nil {
					j.Err = p.Process(ctx, j.Doc)
				}
				done <- j
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()
	pending := map[int]Job{}
	next := 0
	var emitErr error
	for j := range done {
		pending[j.Seq] = j
		for {
			jj, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if emitErr == nil {
				emitErr = emit(jj)
			}
		}
	}
	return emitErr
}
