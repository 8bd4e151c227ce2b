package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"marsad/eval"
	"marsad/lexicon"
)

type evalOptions struct {
	gold, devSets string
	split         string
	format        string
	show          int
	minEvents     float64
	minQuotes     float64
	minActors     float64
	minPrecision  float64
	maxForbidden  int
	models        bool
}

func newEvalCmd() *cobra.Command {
	var o evalOptions
	cmd := &cobra.Command{
		Use:   "eval (--gold DIR | --dev-sets DIR)",
		Short: "Score the coder against gold annotations and the labelled dev sets",
		Long: `eval codes evaluation material in process with the standard pipeline and
scores the output.

--gold DIR: every DIR/NAME.json gold file (../shared/gold/README.md) is scored
with the matching rules of ../shared/tools/gold-score: one line per document
in gold-score's format, every missed gold event with the closest output event
and the condition it failed, missed quotes and actors, forbidden claims with
their evidence, then gold-score's totals line. --min-events, --min-quotes,
--min-actors, --min-precision and --max-forbidden set bounds: when one is not
met the totals line starts with "short:" and eval exits 1.

--dev-sets DIR (normally ../shared/data/dev-sets): each labelled sentence is
coded as its own document and scored as DIR/README.md defines: protest and
assault detection F1, 5-way quad-class macro-F1, relevance F1, with up to
--show misses and false alarms per set. --split test keeps only the rows
model.Split keeps out of training: the honest figures.

Exit codes: 0 success; 1 a bound was not met, or an evaluation file could not
be read; 2 usage error; 3 internal error (the lexicons or the coder failed).`,
		Example: `  marsad eval --gold ../shared/gold/dev
  marsad eval --gold ../shared/gold/dev --min-actors 0.9 --max-forbidden 0
  marsad eval --dev-sets ../shared/data/dev-sets --split test
  marsad eval --dev-sets ../shared/data/dev-sets --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return runEval(cmd, o) },
	}
	f := cmd.Flags()
	f.StringVar(&o.gold, "gold", "", "folder of gold files (NAME.json beside the articles)")
	f.StringVar(&o.devSets, "dev-sets", "", "folder of the labelled dev sets")
	f.StringVar(&o.split, "split", eval.SplitAll, "dev-set rows to score: all, train or test (model.Split)")
	f.StringVar(&o.format, "format", "text", "output format: text or json (one object)")
	f.IntVar(&o.show, "show", 10, "misses and false alarms shown per dev set")
	f.Float64Var(&o.minEvents, "min-events", 0, "exit 1 when gold event recall is below this")
	f.Float64Var(&o.minQuotes, "min-quotes", 0, "exit 1 when gold quote recall is below this")
	f.Float64Var(&o.minActors, "min-actors", 0, "exit 1 when gold actor recall is below this")
	f.Float64Var(&o.minPrecision, "min-precision", 0, "exit 1 when event precision on complete gold is below this")
	f.BoolVar(&o.models, "models", false, "code with the learned models too (as marsad code --models)")
	f.IntVar(&o.maxForbidden, "max-forbidden", 0, "exit 1 when more forbidden claims than this are made")
	return cmd
}

func runEval(cmd *cobra.Command, o evalOptions) error {
	if o.gold == "" && o.devSets == "" {
		return &exitError{exitUsage, fmt.Errorf("eval: give --gold DIR or --dev-sets DIR\n%s", cmd.UsageString())}
	}
	if o.format != "text" && o.format != "json" {
		return &exitError{exitUsage, fmt.Errorf("--format %q: want text or json", o.format)}
	}
	if o.split != eval.SplitAll && o.split != eval.SplitTrain && o.split != eval.SplitTest {
		return &exitError{exitUsage, fmt.Errorf("--split %q: want all, train or test", o.split)}
	}
	var bounds eval.Bounds
	fl := cmd.Flags()
	for name, p := range map[string]**float64{"min-events": &bounds.MinEvents, "min-quotes": &bounds.MinQuotes,
		"min-actors": &bounds.MinActors, "min-precision": &bounds.MinPrecision} {
		if fl.Changed(name) {
			v, _ := fl.GetFloat64(name)
			*p = &v
		}
	}
	if fl.Changed("max-forbidden") {
		bounds.MaxForbidden = &o.maxForbidden
	}
	if o.gold == "" && (bounds != eval.Bounds{}) {
		return &exitError{exitUsage, errors.New("eval: --min-* and --max-forbidden bound --gold figures; give --gold DIR")}
	}

	lex, err := lexicon.Embedded()
	if err != nil {
		return &exitError{exitInternal, err}
	}
	pipe, err := newPipeline(lex, o.models)
	if err != nil {
		return &exitError{exitInternal, err}
	}
	ctx := context.Background()
	failed := func(err error) error {
		if errors.Is(err, eval.ErrInternal) {
			return &exitError{exitInternal, err}
		}
		return &exitError{exitBadInput, err}
	}

	var result struct {
		Gold    *eval.GoldReport `json:"gold,omitempty"`
		DevSets *eval.DevReport  `json:"dev_sets,omitempty"`
	}
	var short []string
	if o.gold != "" {
		r, err := eval.Gold(ctx, pipe, o.gold)
		if err != nil {
			return failed(err)
		}
		short = r.Check(bounds)
		result.Gold = r
	}
	if o.devSets != "" {
		r, err := eval.DevSets(ctx, pipe, o.devSets, o.split)
		if err != nil {
			return failed(err)
		}
		result.DevSets = r
	}

	out := bufio.NewWriter(cmd.OutOrStdout())
	if o.format == "json" {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		err = enc.Encode(result)
	} else {
		if result.Gold != nil {
			err = result.Gold.WriteText(out)
		}
		if err == nil && result.DevSets != nil {
			if result.Gold != nil {
				fmt.Fprintln(out)
			}
			err = result.DevSets.WriteText(out, o.show)
		}
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return &exitError{exitInternal, fmt.Errorf("writing output: %w", err)}
	}
	if len(short) > 0 {
		return &exitError{exitBadInput, fmt.Errorf("eval: bounds not met: %v", short)}
	}
	return nil
}
