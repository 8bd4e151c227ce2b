package lexicon

import (
	"marsad"
	"marsad/arabic"
)

// Index finds lexicon phrases in a token sequence. A phrase is indexed
// under its first word; the first word of the text may carry proclitics and
// an enclitic pronoun (arabic.Segment), the following words must match
// exactly after normalization.
type Index[T any] struct {
	byFirst map[string][]phrase[T]
}

type phrase[T any] struct {
	rest []string // the words after the first
	val  T
}

// Match is a phrase found in a token sequence.
type Match[T any] struct {
	First, Last int                 // token index range [First, Last)
	Seg         arabic.Segmentation // how the first token was segmented
	Val         T
}

// NewIndex returns an empty index.
func NewIndex[T any]() *Index[T] { return &Index[T]{byFirst: make(map[string][]phrase[T])} }

// Add indexes a phrase given in surface form; it is normalized and split
// into words with the tokenizer. Empty phrases are ignored.
func (x *Index[T]) Add(surface string, v T) {
	words := Words(surface)
	if len(words) == 0 {
		return
	}
	x.AddWords(words, v)
}

// AddWords indexes a phrase already normalized and split into words.
func (x *Index[T]) AddWords(words []string, v T) {
	x.byFirst[words[0]] = append(x.byFirst[words[0]], phrase[T]{rest: words[1:], val: v})
}

// Len returns the number of distinct first words.
func (x *Index[T]) Len() int { return len(x.byFirst) }

// Has reports whether a normalized word begins some phrase.
func (x *Index[T]) Has(word string) bool { _, ok := x.byFirst[word]; return ok }

// Words normalizes a surface phrase and returns its tokens' texts.
func Words(surface string) []string {
	toks := arabic.Tokenize(arabic.NormalizeWord(surface))
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// At returns every phrase that starts at toks[i], longest first; among
// phrases of equal length, those found with less segmentation come first.
func (x *Index[T]) At(toks []marsad.Token, i int) []Match[T] {
	t := toks[i]
	var segs []arabic.Segmentation
	if t.Kind == marsad.Word {
		segs = arabic.SegmentToken(t)
	} else if t.Kind == marsad.Latin || t.Kind == marsad.Number {
		segs = []arabic.Segmentation{{Stem: t.Norm}}
	} else {
		return nil
	}
	var out []Match[T]
	for _, s := range segs {
		for _, p := range x.byFirst[s.Key()] {
			if end, ok := matchRest(toks, i+1, p.rest); ok {
				out = append(out, Match[T]{First: i, Last: end, Seg: s, Val: p.val})
			}
		}
	}
	// Stable sort by length, longest first (insertion sort: lists are short).
	for a := 1; a < len(out); a++ {
		for b := a; b > 0 && out[b].Last > out[b-1].Last; b-- {
			out[b], out[b-1] = out[b-1], out[b]
		}
	}
	return out
}

// matchRest reports whether words follow toks[from:] exactly, and where the
// match ends.
func matchRest(toks []marsad.Token, from int, words []string) (int, bool) {
	if from+len(words) > len(toks) {
		return 0, false
	}
	for k, w := range words {
		if toks[from+k].Norm != w {
			return 0, false
		}
	}
	return from + len(words), true
}
