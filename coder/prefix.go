package coder

import (
	"marsad"
	"marsad/actors"
	"marsad/arabic"
	"marsad/extract"
	"marsad/lexicon"
	"marsad/quotes"
)

// NewReading returns the stages of the standard pipeline that come before
// event coding: what training needs to read a sentence as the coder does.
func NewReading(lex *lexicon.Lexicon) (marsad.Pipeline, error) {
	return marsad.NewPipeline(
		arabic.Analyzer{},
		extract.NewBoilerplate(lex),
		actors.New(lex),
		quotes.New(lex),
	)
}
