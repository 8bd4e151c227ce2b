package arabic

import (
	"context"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"marsad"
)

// Analyzer is the pipeline stage that runs the analysis functions of this
// package on a document. Reads: Text. Writes: Norm, NormMap, Tokens,
// Quotations, Sentences. Clitic segmentations are computed when a lexicon
// first looks a word up (SegmentToken; lexicon.Vocab keeps them per word).
type Analyzer struct{}

// Name implements marsad.Stage.
func (Analyzer) Name() string { return "arabic" }

// Reads implements marsad.Stage.
func (Analyzer) Reads() marsad.Layer { return marsad.LayerText }

// Writes implements marsad.Stage.
func (Analyzer) Writes() marsad.Layer {
	return marsad.LayerNorm | marsad.LayerTokens | marsad.LayerQuotations | marsad.LayerSentences
}

// Process implements marsad.Stage.
func (Analyzer) Process(_ context.Context, d *marsad.Document) error {
	Analyze(d)
	return nil
}

// Analyze fills the normalization, token, quotation and sentence layers of d
// from its Text.
func Analyze(d *marsad.Document) {
	d.Norm, d.NormMap = Normalize(d.Text)
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	// The code points of Norm, converted once for the three passes below.
	sc.runes = slices.Grow(sc.runes[:0], utf8.RuneCountInString(d.Norm))
	for _, r := range d.Norm {
		sc.runes = append(sc.runes, r)
	}
	runes := sc.runes
	sc.toks = tokenize(sc.toks, d.Norm, runes)
	toks := sc.toks
	d.Tokens = make([]marsad.Token, len(toks))
	for i, t := range toks {
		d.Tokens[i] = marsad.Token{Span: d.NormSpan(t.Start, t.End), Norm: t.Text, NormStart: t.Start, Kind: t.Kind}
		if t.Kind == marsad.Word && strings.HasSuffix(t.Text, string(heh)) {
			d.Tokens[i].Marbuta = endsInMarbuta(d.Surface(d.Tokens[i].Span))
		}
	}
	quotes := findQuotations(runes)
	d.Quotations = make([]marsad.Quotation, len(quotes))
	for i, q := range quotes {
		mq := marsad.Quotation{
			Span:     d.NormSpan(q.Start, q.End),
			Open:     d.NormSpan(q.OpenAt, q.OpenAt+1),
			Depth:    q.Depth,
			Balanced: q.Balanced(),
		}
		if q.Balanced() {
			mq.Close = d.NormSpan(q.CloseAt, q.CloseAt+1)
		} else {
			mq.Close = marsad.Span{Start: mq.End, End: mq.End}
			d.Note("arabic", mq.Open, "quotation mark without a closing mark; quotation ends at its sentence or line")
		}
		d.Quotations[i] = mq
	}
	sents := sentences(runes, toks, quotes)
	d.Sentences = make([]marsad.Sentence, len(sents))
	for i, s := range sents {
		d.Sentences[i] = marsad.Sentence{
			Span:      d.NormSpan(s.Start, s.End),
			First:     s.First,
			Last:      s.Last,
			Paragraph: s.Paragraph,
		}
	}
}

// scratch holds Analyze's temporary buffers: the code points of a
// document's normalized text and its tokens before they become
// marsad.Tokens. They are reused from document to document.
type scratch struct {
	runes []rune
	toks  []Tok
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release returns the buffers to the pool, keeping no strings of the
// document alive.
func (sc *scratch) release() {
	clear(sc.toks)
	scratchPool.Put(sc)
}

// endsInMarbuta reports whether the last letter of a surface word, past
// any diacritics and tatweel, is taa marbuta.
func endsInMarbuta(surface string) bool {
	for len(surface) > 0 {
		r, n := lastRune(surface)
		if isDroppedMark(r) || isInvisible(r) {
			surface = surface[:len(surface)-n]
			continue
		}
		return r == tehMarbuta || r == hehYehAbove
	}
	return false
}
