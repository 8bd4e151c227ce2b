// Package extract separates an article's news text from page furniture.
// The Boilerplate stage marks the sentences of plain text that are not
// news: a headline repeated as the page repeats it, related-story links
// («اقرأ أيضا..»), comment forms and app or share prompts. Reads: Tokens,
// Sentences. Writes: Sentences (the Boiler flag).
package extract

import (
	"context"
	"strings"

	"marsad"
	"marsad/lexicon"
)

// maxFurnitureTokens is the longest line, in tokens, that can be a comment
// form, an app or share prompt or a footer.
const maxFurnitureTokens = 24

// Boilerplate is the stage that marks page furniture.
type Boilerplate struct {
	lex *lexicon.Lexicon
}

// NewBoilerplate returns the stage.
func NewBoilerplate(lex *lexicon.Lexicon) *Boilerplate { return &Boilerplate{lex: lex} }

// Name implements marsad.Stage.
func (*Boilerplate) Name() string { return "boilerplate" }

// Reads implements marsad.Stage.
func (*Boilerplate) Reads() marsad.Layer { return marsad.LayerTokens | marsad.LayerSentences }

// Writes implements marsad.Stage.
func (*Boilerplate) Writes() marsad.Layer { return marsad.LayerSentences }

// maxLinkWords is the longest line, in words, read as the headline of a
// related story set among the paragraphs of the body.
const maxLinkWords = 16

// Process implements marsad.Stage.
func (b *Boilerplate) Process(_ context.Context, d *marsad.Document) error {
	seen := map[string]bool{}
	var lines [][2]int // the paragraphs, as sentence ranges
	for first := 0; first < len(d.Sentences); {
		last := first + 1
		for last < len(d.Sentences) && d.Sentences[last].Paragraph == d.Sentences[first].Paragraph {
			last++
		}
		lines = append(lines, [2]int{first, last})
		first = last
	}
	links := 0 // headlines still expected after a lead-in («اقرأ أيضا:»)
	for k, l := range lines {
		first, last := l[0], l[1]
		line := b.lineText(d, first, last)
		boiler := seen[line] || b.furniture(d, first, last) || k > 0 && k+1 < len(lines) && relatedHeadline(d, lines[k-1], l, lines[k+1])
		if !boiler && links > 0 && headlineShaped(d, l) {
			boiler = true
			links--
		} else if !boiler {
			links = 0
		}
		if boiler {
			for i := first; i < last; i++ {
				d.Sentences[i].Boiler = true
			}
		}
		if b.leadIn(d, first, last) {
			links = maxLinks
		}
		seen[line] = true
	}
	return nil
}

// maxLinks is how many headlines a lead-in line («اقرأ أيضا:») may
// introduce, one per line.
const maxLinks = 5

// leadIn reports whether a line is only a related-story lead-in («اقرأ
// أيضا:», «شاهد أيضا»), whose links follow on the next lines.
func (b *Boilerplate) leadIn(d *marsad.Document, first, last int) bool {
	start, end := d.Sentences[first].First, d.Sentences[last-1].Last
	ms := b.lex.Boiler.Start.At(d.Tokens, start)
	if len(ms) == 0 || ms[0].Seg.Pre != "" || ms[0].Val != "related" {
		return false
	}
	for i := ms[0].Last; i < end; i++ {
		if d.Tokens[i].Kind != marsad.Punct {
			return false
		}
	}
	return true
}

// headlineShaped reports whether a line could be a story's headline: one
// sentence of a few words whose first word carries no conjunction (news
// prose goes on with «و», «ف»: «ووفق بيان كوربن …»).
func headlineShaped(d *marsad.Document, line [2]int) bool {
	s := d.Sentences[line[0]]
	if line[1]-line[0] > 2 || s.First >= s.Last {
		return false
	}
	if t := d.Tokens[s.First]; t.Kind == marsad.Word && (strings.HasPrefix(t.Norm, "و") || strings.HasPrefix(t.Norm, "ف")) && len([]rune(t.Norm)) > 3 {
		return false
	}
	words := 0
	for _, t := range d.Tokens[s.First:d.Sentences[line[1]-1].Last] {
		if t.Kind == marsad.Word || t.Kind == marsad.Latin || t.Kind == marsad.Number {
			words++
		}
	}
	return words >= 2 && words <= maxLinkWords
}

// relatedHeadline reports whether a line inside the body is the headline
// of another story, as news sites set links among the paragraphs: one short
// sentence with no closing punctuation between two paragraphs that have it
// («…عام 1967.» / «واشنطن توقف أكثر من نصف تمويلها لوكالة غوث» / «وقال: …».).
func relatedHeadline(d *marsad.Document, prev, line, next [2]int) bool {
	if line[1]-line[0] != 1 || !closed(d, prev) || !closed(d, next) || closed(d, line) {
		return false
	}
	words, commas, headline := 0, false, false
	for _, t := range d.Tokens[d.Sentences[line[0]].First:d.Sentences[line[0]].Last] {
		switch t.Kind {
		case marsad.Word, marsad.Latin, marsad.Number:
			words++
		case marsad.Punct:
			switch t.Norm {
			case ":", "،", ",":
				commas = true // a lead-in to what follows, or a clause of the text
			case "..", "...", "…":
				headline = true // «تركيا تؤكد … .. وأردوغان: الأسد "قاتل"»: a headline's joint
			}
		}
	}
	return (!commas || headline) && words >= 3 && words <= maxLinkWords
}

// closed reports whether the last sentence of a line ends with closing
// punctuation (a full stop, a question or exclamation mark, a colon, or a
// quotation mark after one).
func closed(d *marsad.Document, line [2]int) bool {
	s := d.Sentences[line[1]-1]
	for i := s.Last - 1; i >= s.First; i-- {
		t := d.Tokens[i]
		if t.Kind == marsad.QuoteMark || t.Norm == ")" || t.Norm == "»" {
			continue
		}
		switch t.Norm {
		case ".", "؟", "?", "!", ":", "…", "..", "...":
			return true
		}
		return false
	}
	return false
}

// lineText returns the normalized words of sentences [first, last), space-joined.
func (b *Boilerplate) lineText(d *marsad.Document, first, last int) string {
	toks := d.Tokens[d.Sentences[first].First:d.Sentences[last-1].Last]
	isWord := func(t *marsad.Token) bool {
		return t.Kind == marsad.Word || t.Kind == marsad.Latin || t.Kind == marsad.Number
	}
	n := 0
	for i := range toks {
		if isWord(&toks[i]) {
			n += len(toks[i].Norm) + 1
		}
	}
	var sb strings.Builder
	sb.Grow(n)
	for i := range toks {
		if t := &toks[i]; isWord(t) {
			if sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(t.Norm)
		}
	}
	return sb.String()
}

// furniture reports whether a line is a related-story link, a comment form
// or another prompt of the page. A one-word opener («اقرأ», «أيضا») counts
// only when punctuation follows it, as in a link («اقرأ.. سوريا: …»).
func (b *Boilerplate) furniture(d *marsad.Document, first, last int) bool {
	start, end := d.Sentences[first].First, d.Sentences[last-1].Last
	// Comment forms, prompts and footers are short lines; a paragraph of
	// news that quotes «جميع الحقوق محفوظة» is not one.
	short := end-start <= maxFurnitureTokens
	for i := start; short && i < end; i++ {
		for _, m := range b.lex.Boiler.Any.At(d.Tokens, i) {
			if m.Seg.Pre == "" && m.Last <= end {
				return true
			}
		}
	}
	ms := b.lex.Boiler.Start.At(d.Tokens, start)
	if len(ms) == 0 || ms[0].Seg.Pre != "" {
		return false
	}
	m := ms[0]
	if m.Last-m.First > 1 {
		return true
	}
	return m.Last < end && d.Tokens[m.Last].Kind == marsad.Punct
}
