// Package model holds marsad's small learned models: linear models (averaged
// perceptron, naive Bayes) trained in Go on the labelled dev sets, that
// confirm or reject event triggers and type sentences. Models are data files
// (data/models/), loaded like the lexicons; training is a reproducible
// command (marsad train).
package model

import (
	"hash/fnv"

	"marsad/arabic"
)

// TestShare is the share of each labelled set, in tenths, kept out of
// training and used to measure a model (the rest trains it).
const TestShare = 3

// Split assigns a labelled sentence to "train" or "test", from a hash of
// its normalized text: the same sentence always falls on the same side,
// whatever file or order it comes in.
func Split(text string) string {
	h := fnv.New32a()
	h.Write([]byte(arabic.NormalizeWord(text)))
	if h.Sum32()%10 < TestShare {
		return "test"
	}
	return "train"
}
