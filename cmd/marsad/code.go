package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"marsad"
	"marsad/coder"
	"marsad/ingest"
	"marsad/lexicon"
	"marsad/report"
)

type codeOptions struct {
	format    string
	published string
	jsonl     bool
	workers   int
	pretty    bool
	models    bool
}

func newCodeCmd() *cobra.Command {
	var o codeOptions
	cmd := &cobra.Command{
		Use:   "code [FILE...]",
		Short: "Code Arabic news files (or stdin) into actors, quotes and events",
		Long: `code reads each FILE (or stdin when there is none, or for "-") as one article in
plain text — UTF-8, UTF-16 with a byte-order mark, or windows-1256 — and prints,
for each, the JSON object described in ../shared/gold/README.md on one line
(JSON Lines for several articles), or a readable report with --format text.

--format gdelt writes a GDELT 2.0-style tab-separated event table instead: a
header line, then one row per event of every article, in input order (the
columns are described in README.md, "GDELT export").

With --jsonl each input line is a JSON object {"id","text","published"}
(published: YYYY-MM-DD or an RFC 3339 time; other fields are ignored), and one
object is printed per input line, in input order, carrying the input's id.
A line that cannot be read yields {"id","error"} in its place and a message
on stderr naming the file and line.`,
		Example: `  marsad code --published 2026-01-15 examples/rt-putin-mediation.txt
  marsad code --format text --published 2026-01-15 examples/rt-putin-mediation.txt
  marsad code --jsonl articles.jsonl > coded.jsonl
  marsad code --format gdelt --jsonl articles.jsonl > events.tsv`,
		RunE: func(cmd *cobra.Command, args []string) error { return runCode(cmd, args, o) },
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "json", "output format: json, text or gdelt (tab-separated GDELT 2.0-style event table)")
	f.StringVar(&o.published, "published", "", "publication date of the input (YYYY-MM-DD); relative dates are resolved against it")
	f.BoolVar(&o.jsonl, "jsonl", false, `read JSON Lines records {"id","text","published"} instead of text files`)
	f.IntVar(&o.workers, "workers", 0, "documents coded in parallel (default: the number of CPUs)")
	f.BoolVar(&o.models, "models", false, "also consult the learned models (marsad train): they code a sentence's main act as the dev sets do, and may drop background acts")
	f.BoolVar(&o.pretty, "pretty", false, "indent JSON output (one object per document, no longer one per line)")
	return cmd
}

func runCode(cmd *cobra.Command, args []string, o codeOptions) error {
	switch o.format {
	case "json", "text", "gdelt":
	default:
		return &exitError{exitUsage, fmt.Errorf("--format %q: want json, text or gdelt", o.format)}
	}
	var published time.Time
	if o.published != "" {
		t, err := report.ParseDate(o.published)
		if err != nil {
			return &exitError{exitUsage, fmt.Errorf("--published %q: want YYYY-MM-DD", o.published)}
		}
		published = t
	}
	lex, err := lexicon.Embedded()
	if err != nil {
		return &exitError{exitInternal, err}
	}
	pipe, err := newPipeline(lex, o.models)
	if err != nil {
		return &exitError{exitInternal, err}
	}
	if len(args) == 0 {
		args = []string{"-"}
	}
	out := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
	if o.format == "gdelt" {
		// One header for the whole table, whatever the number of inputs.
		if err := report.WriteGDELTHeader(out); err != nil {
			return &exitError{exitInternal, fmt.Errorf("writing output: %w", err)}
		}
	}
	stderr := cmd.ErrOrStderr()
	bad := 0
	jobs := make(chan coder.Job, 64)
	var readErr error
	go func() {
		defer close(jobs)
		seq := 0
		for _, path := range args {
			send := func(j coder.Job) {
				j.Seq = seq
				seq++
				jobs <- j
			}
			if o.jsonl {
				if err := readJSONL(path, send); err != nil {
					readErr = err
					return
				}
				continue
			}
			send(readTextFile(path, published))
		}
	}()
	emit := func(j coder.Job) error {
		var doc report.Doc
		if j.Err != nil {
			bad++
			fmt.Fprintln(stderr, "marsad:", j.Err)
			doc = report.Doc{ID: j.Doc.ID, Error: j.Err.Error(), Actors: []report.Actor{}, Events: []report.Event{}, Quotes: []report.Quote{}}
		} else {
			doc = report.FromDocument(j.Doc)
		}
		switch {
		case o.format == "text":
			return report.WriteText(out, doc)
		case o.format == "gdelt":
			// A document that could not be coded has no events: it adds no
			// rows (its error is on stderr and in the exit code).
			return report.WriteGDELT(out, doc, lex.Codebook)
		case o.pretty:
			return report.WriteJSONIndent(out, doc)
		}
		return report.WriteJSON(out, doc)
	}
	err = coder.Run(context.Background(), pipe, o.workers, jobs, emit)
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return &exitError{exitInternal, fmt.Errorf("writing output: %w", err)}
	}
	if readErr != nil {
		return &exitError{exitBadInput, readErr}
	}
	if bad > 0 {
		return &exitError{exitBadInput, fmt.Errorf("%d input(s) could not be coded", bad)}
	}
	return nil
}

// readTextFile reads one article; "-" is stdin.
func readTextFile(path string, published time.Time) coder.Job {
	id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	var b []byte
	var err error
	if path == "-" {
		id = "stdin"
		b, err = io.ReadAll(os.Stdin)
	} else {
		b, err = os.ReadFile(path)
	}
	doc := marsad.NewDocument(id, "", published)
	if err != nil {
		return coder.Job{Doc: doc, Err: err}
	}
	text, enc, err := ingest.Decode(b)
	if err != nil {
		return coder.Job{Doc: doc, Err: fmt.Errorf("%s: %w", path, err)}
	}
	doc = marsad.NewDocument(id, text, published)
	if enc == ingest.Windows1256 {
		doc.Note("ingest", marsad.Span{}, "input was not UTF-8; decoded as windows-1256")
	}
	return coder.Job{Doc: doc}
}

// readJSONL sends one job per line of a JSON Lines file ("-" is stdin).
func readJSONL(path string, send func(coder.Job)) error {
	var r io.Reader = os.Stdin
	name := "stdin"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		r, name = f, path
	}
	return ingest.ReadJSONL(r, name, func(rec ingest.Record) error {
		doc := marsad.NewDocument(rec.ID, rec.Text, rec.Published)
		send(coder.Job{Doc: doc, Err: rec.Err})
		return nil
	})
}

// newPipeline returns the standard pipeline, with the learned models when
// asked.
func newPipeline(lex *lexicon.Lexicon, models bool) (marsad.Pipeline, error) {
	if models {
		return coder.NewWithModels(lex)
	}
	return coder.New(lex)
}
