package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"marsad/data"
	"marsad/lexicon"
	"marsad/training"
)

func newTrainCmd() *cobra.Command {
	var devSets, out string
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Train the event coder's models on the labelled dev sets",
		Long: `train reads the labelled dev sets (protest and assault detection, UN quad class and
relevance), splits each into a train and a test side by a hash of the sentence
(model.Split), trains linear models on the train side (naive Bayes for the
protest and assault confirmers, averaged perceptrons for the sentence models)
and writes them to
--out (data/models for the ones compiled into the binary), reporting accuracy on
both sides. Training is deterministic: the same data and rules give the same
models. Rebuild the binary afterwards to embed them.`,
		Example: `  go run ./cmd/marsad train --dev-sets ../shared/data/dev-sets --out data/models`,
		RunE: func(cmd *cobra.Command, args []string) error {
			lex, err := lexicon.Load(data.FS)
			if err != nil {
				return &exitError{exitInternal, err}
			}
			res, err := training.Train(context.Background(), lex, data.FS, devSets, cmd.OutOrStdout())
			if err != nil {
				return &exitError{exitBadInput, err}
			}
			if err := training.Write(out, res); err != nil {
				return &exitError{exitInternal, fmt.Errorf("writing models: %w", err)}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&devSets, "dev-sets", "../shared/data/dev-sets", "folder of the labelled dev sets")
	cmd.Flags().StringVar(&out, "out", "data/models", "folder to write the models to")
	return cmd
}
