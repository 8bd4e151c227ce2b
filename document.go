// Package marsad holds the data model that flows through every stage of the
// marsad event coder: a Document with its fixed text and the offset-anchored
// layers that stages add to it (tokens, sentences, quotations, actor mentions,
// quotes, events).
//
// Every position is a Span of Unicode code points into Document.Text, the unit
// of the output format; byte offsets never leave a stage.
package marsad

import (
	"time"
	"unicode/utf8"
)

// Span is a half-open range [Start, End) of code points in Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of code points the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one code point.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// TokenKind classifies a token.
type TokenKind uint8

// Token kinds.
const (
	Word      TokenKind = iota // a word in Arabic script
	Latin                      // a word in Latin (or other non-Arabic) letters
	Number                     // digits, with inner separators (3.5, 12/5, 2,000)
	Punct                      // sentence and clause punctuation: . , ، ؛ : ! ? ؟ … -
	QuoteMark                  // a quotation mark: " “ ” « » ‘ ’ '
	Symbol                     // anything else: brackets, %, $, emoji
)

var tokenKindNames = [...]string{"word", "latin", "number", "punct", "quote", "symbol"}

func (k TokenKind) String() string {
	if int(k) < len(tokenKindNames) {
		return tokenKindNames[k]
	}
	return "unknown"
}

// Token is a word, number or punctuation mark. Clitics are not split off at
// tokenisation: a lexicon lookup segments a word (arabic.Segment) only where
// that is needed to match an entry, and the match records which piece it used.
type Token struct {
	Span             // in Text
	Norm      string // matching form (arabic.Normalize of the surface)
	NormStart int    // offset of Norm's first code point in Document.Norm
	Kind      TokenKind
	// Marbuta is set when the word ends in taa marbuta (ة) in Text:
	// normalization writes it ه, which must not then be read as a pronoun
	// (وزارة is not و + زار + ه).
	Marbuta bool
	// FormsTag is the tag of the vocabulary Forms was made for (declared
	// here, beside the other small fields, so that a Token takes 96 bytes
	// rather than 104).
	FormsTag int32
	// Segs are the word's clitic segmentations (arabic.Segment), kept once
	// the first lexicon lookup has made them; shared and read-only.
	Segs []Segmentation
	// Forms caches which lexicon forms the token's segmentations are, for
	// the vocabulary whose tag is FormsTag (lexicon.Vocab): the pattern
	// matchers compare small integers instead of looking strings up again.
	Forms []FormRef
}

// FormRef says that segmentation Seg of a token is the lexicon form ID.
type FormRef struct {
	ID  int32
	Seg int16
}

// Document is the single value that flows through the pipeline. Text is set
// once by ingestion and never modified; every later layer points into it.
type Document struct {
	ID         string
	Published  time.Time // publication date given as input, UTC; zero if unknown
	Text       string    // extracted text, valid UTF-8; never modified
	Norm       string    // normalized Text, for matching only
	NormMap    []int32   // NormMap[i] = code-point offset in Text of Norm's i-th code point; len = runes(Norm)+1
	Tokens     []Token
	Sentences  []Sentence
	Quotations []Quotation // quoted stretches of text found from quotation marks
	Mentions   []Mention   // actor mentions, in text order
	Quotes     []Quote     // attributed quotations
	Events     []Event
	Notes      []Note // positioned, non-fatal diagnostics from any stage

	runeIndex []int32 // byte offset of every code point of Text, built lazily
}

// NewDocument returns a document for text. The text must be valid UTF-8;
// ingestion repairs or rejects anything else before this point.
func NewDocument(id, text string, published time.Time) *Document {
	return &Document{ID: id, Text: text, Published: published}
}

// Runes returns the number of code points in Text.
func (d *Document) Runes() int {
	d.index()
	return len(d.runeIndex) - 1
}

// Surface returns the text a span covers. Out-of-range spans are clipped.
func (d *Document) Surface(s Span) string {
	d.index()
	n := len(d.runeIndex) - 1
	start, end := clamp(s.Start, 0, n), clamp(s.End, 0, n)
	if end <= start {
		return ""
	}
	return d.Text[d.runeIndex[start]:d.runeIndex[end]]
}

// NormSpan maps a code-point range [i, j) of Norm back to a Span of Text.
// The span covers every original code point that produced the range,
// including characters normalization removed between them.
func (d *Document) NormSpan(i, j int) Span {
	if len(d.NormMap) == 0 {
		return Span{i, j}
	}
	last := len(d.NormMap) - 1
	i, j = clamp(i, 0, last), clamp(j, 0, last)
	if j <= i {
		return Span{int(d.NormMap[i]), int(d.NormMap[i])}
	}
	// The end is one past the original code point of Norm's (j-1)th code
	// point, not NormMap[j]: that would also swallow removed characters
	// (diacritics are kept, but trailing tatweel or controls are not wanted).
	end := int(d.NormMap[j-1]) + 1
	if next := int(d.NormMap[j]); next > end && d.allRemovable(end, next) {
		// Diacritics and tatweel attached to the last letter belong to it.
		end = next
	}
	return Span{int(d.NormMap[i]), end}
}

// allRemovable reports whether every code point of Text in [from, to) is an
// Arabic combining mark or tatweel, which normalization drops.
func (d *Document) allRemovable(from, to int) bool {
	d.index()
	for k := from; k < to; k++ {
		r, _ := utf8.DecodeRuneInString(d.Text[d.runeIndex[k]:])
		if !(r == 0x0640 || (r >= 0x064B && r <= 0x065F) || r == 0x0670) {
			return false
		}
	}
	return true
}

func (d *Document) index() {
	if d.runeIndex != nil {
		return
	}
	idx := make([]int32, 0, utf8.RuneCountInString(d.Text)+1)
	for i := range d.Text {
		idx = append(idx, int32(i))
	}
	d.runeIndex = append(idx, int32(len(d.Text)))
}

// SentenceAt returns the index of the sentence that contains code point pos,
// or -1.
func (d *Document) SentenceAt(pos int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch s := d.Sentences[m].Span; {
		case pos < s.Start:
			hi = m
		case pos >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// Note records a non-fatal problem a stage met, with where it met it.
func (d *Document) Note(stage string, at Span, msg string) {
	d.Notes = append(d.Notes, Note{Stage: stage, Span: at, Message: msg})
}

// Sentence is a sentence or a headline/paragraph line without final
// punctuation. Tokens indexes Document.Tokens.
type Sentence struct {
	Span
	First, Last int  // token index range [First, Last)
	Paragraph   int  // index of the paragraph (block separated by blank lines or line breaks)
	Boiler      bool // page furniture (repeated headline, "read also" link, comment form): not news
}

// Quotation is a stretch of text between matching quotation marks.
type Quotation struct {
	Span             // the quoted text, without its marks
	Open, Close Span // the marks; Close is empty (Start == End) for a quotation closed by the end of its paragraph
	Depth       int  // 0 for outermost, 1 for a quotation inside another
	Balanced    bool // false if the closing mark was missing
}

// Note is a positioned, non-fatal diagnostic.
type Note struct {
	Stage   string `json:"stage"`
	Span    `json:"span"`
	Message string `json:"message"`
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
