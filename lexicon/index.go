package lexicon

import (
	"sync"

	"marsad"
	"marsad/arabic"
)

// Index finds lexicon phrases in a token sequence. A phrase is indexed
// under its first word; the first word of the text may carry proclitics and
// an enclitic pronoun (arabic.Segment), the following words must match
// exactly after normalization.
type Index[T any] struct {
	byFirst map[string][]phrase[T]
	// With a vocabulary, first words are numbered in it and tokens' cached
	// lookups are shared with the pattern sets that use it.
	vocab *Vocab
	byID  map[int32][]phrase[T]
	// ids is byID as a slice indexed by form id, made on first use; has
	// has bit id set where ids[id] is not empty: a small bitmap stays in
	// cache where ids, read for every word, would not.
	once sync.Once
	ids  [][]phrase[T]
	has  []uint64
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

// NewIndex returns an empty index; v, if not nil, numbers its first words
// (see Vocab).
func NewIndex[T any](v *Vocab) *Index[T] {
	x := &Index[T]{byFirst: make(map[string][]phrase[T]), vocab: v}
	if v != nil {
		x.byID = make(map[int32][]phrase[T])
	}
	return x
}

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
	p := phrase[T]{rest: words[1:], val: v}
	x.byFirst[words[0]] = append(x.byFirst[words[0]], p)
	if x.vocab != nil {
		id := x.vocab.intern(words[0])
		x.byID[id] = append(x.byID[id], p)
	}
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
	return x.AppendAt(nil, toks, i)
}

// AppendAt appends to out what At returns, and returns the extended slice:
// a caller that scans every token can reuse one buffer.
func (x *Index[T]) AppendAt(out []Match[T], toks []marsad.Token, i int) []Match[T] {
	t := &toks[i]
	if t.Kind != marsad.Word && t.Kind != marsad.Latin && t.Kind != marsad.Number {
		return out
	}
	from := len(out)
	if x.vocab != nil {
		refs := x.vocab.refs(t)
		if len(refs) == 0 {
			return out
		}
		x.once.Do(func() {
			n := x.vocab.size() + 1
			x.ids = make([][]phrase[T], n)
			x.has = make([]uint64, (n+63)/64)
			for id, ps := range x.byID {
				x.ids[id] = ps
				x.has[id>>6] |= 1 << (id & 63)
			}
		})
		var segs []arabic.Segmentation
		for _, r := range refs {
			if int(r.ID) >= len(x.ids) || x.has[r.ID>>6]&(1<<(r.ID&63)) == 0 {
				continue
			}
			for _, p := range x.ids[r.ID] {
				if segs == nil {
					segs = segsOf(*t)
				}
				if end, ok := matchRest(toks, i+1, p.rest); ok {
					out = append(out, Match[T]{First: i, Last: end, Seg: segs[r.Seg], Val: p.val})
				}
			}
		}
	} else {
		for _, s := range segsOf(*t) {
			for _, p := range x.byFirst[s.Key()] {
				if end, ok := matchRest(toks, i+1, p.rest); ok {
					out = append(out, Match[T]{First: i, Last: end, Seg: s, Val: p.val})
				}
			}
		}
	}
	// Stable sort by length, longest first (insertion sort: lists are short).
	ms := out[from:]
	for a := 1; a < len(ms); a++ {
		for b := a; b > 0 && ms[b].Last > ms[b-1].Last; b-- {
			ms[b], ms[b-1] = ms[b-1], ms[b]
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
