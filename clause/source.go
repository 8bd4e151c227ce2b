package clause

import (
	"strings"

	"marsad"
	"marsad/lexicon"
)

// maxSourceWords bounds the words taken as a cited source's name.
const maxSourceWords = 8

// Cited is a source a sentence cites: «بحسب بيان صادر عن الكرملين»,
// «كشفت صحيفة نيويورك تايمز», «نقلا عن مصدر عسكري».
type Cited struct {
	Text    string      // the source's words, without the marker and without quotation marks
	Span    marsad.Span // of Text in Document.Text
	Marker  int         // token index of the marker's head
	Mention int         // a mention inside the source, -1 if none
}

// Source returns the source sentence s cites, found from the source
// phrases of the reporting lexicon; ok is false if it cites none.
func Source(d *marsad.Document, rep *lexicon.Reporting, s int) (Cited, bool) {
	sent := d.Sentences[s]
	for i := sent.First; i < sent.Last; i++ {
		for _, m := range rep.Set.At(d.Tokens, i, sent.Last) {
			if m.Val.Kind != "source" {
				continue
			}
			if i > sent.First && strings.Contains(m.Pattern.Words[0].Kinds, "v") {
				switch d.Tokens[i-1].Norm {
				case "لما", "ما", "بما", "مما":
					// «الرفض التام لما جاء في بيان الاتحاد»: what the
					// statement said is the object here, not a citation;
					// «وفقا لما جاء في البيان» cites.
					if i-1 == sent.First || !citingBefore[d.Tokens[i-2].Norm] {
						continue
					}
				}
			}
			if c, ok := citedAfter(d, rep, m, sent.Last); ok {
				return c, true
			}
		}
	}
	return Cited{}, false
}

// citingBefore are the words that, before «لما جاء في …», make it a
// citation, normalized.
var citingBefore = map[string]bool{"وفقا": true, "طبقا": true, "حسب": true, "بحسب": true, "استنادا": true, "وفق": true}

// citedAfter reads the source's words after a source marker: from the
// marker's noun (a marker that starts with a verb, كشفت صحيفة, keeps its
// noun) or from the word after the marker (بحسب, نقلا عن), up to
// punctuation, a complementizer (أن, إن) or maxSourceWords words.
func citedAfter(d *marsad.Document, rep *lexicon.Reporting, m lexicon.PatternMatch[*lexicon.Report], limit int) (Cited, bool) {
	toks := d.Tokens
	start := m.Last() + 1
	if strings.Contains(m.Pattern.Words[0].Kinds, "v") && len(m.Pattern.Words) > 1 {
		// «كشفت صحيفة …»: the noun right after the verb names the source
		// («قال مسؤولون لصحيفة …» names the speakers, not a source).
		if m.Tokens[1] != m.Head()+1 {
			return Cited{}, false
		}
		start = m.Tokens[1]
		if m.Pattern.Words[1].Kinds == "w" {
			start++ // «نقلت عن مصدر»: the source follows the preposition
		}
	}
	// «وفقا لما نقلته وكالة رويترز»: what someone reported.
	if start < limit && (toks[start].Norm == "لما" || toks[start].Norm == "ما" || toks[start].Norm == "بما") {
		start += 2
	}
	if start >= limit {
		return Cited{}, false
	}
	end := start
	words := 0
	for j := start; j < limit && words < maxSourceWords; j++ {
		t := toks[j]
		if t.Kind == marsad.QuoteMark {
			continue
		}
		if t.Kind == marsad.Punct || t.Kind == marsad.Symbol || isComplementizer(t.Norm) || t.Norm == "الي" || t.Norm == "علي" {
			break // «أشارت الصحيفة إلى أن»: the source ends before its complement
		}
		if j > start && len(rep.Set.At(toks, j, limit)) > 0 {
			break // «عن مصدر عسكري قوله»: the source ends where reporting words begin
		}
		words++
		end = j + 1
	}
	if words == 0 {
		return Cited{}, false
	}
	// Trailing quotation marks are not part of the name.
	for end > start && toks[end-1].Kind == marsad.QuoteMark {
		end--
	}
	span := marsad.Span{Start: toks[start].Start, End: toks[end-1].End}
	c := Cited{Span: span, Marker: m.Head(), Mention: -1}
	c.Text = strings.Join(strings.Fields(stripQuotes(d.Surface(span))), " ")
	for _, i := range Mentions(d, start, end) {
		c.Mention = i
		break
	}
	// A source is someone, or something someone said: «وفقا للسياسات
	// المعتادة» cites no one.
	first := start
	for first < end && toks[first].Kind == marsad.QuoteMark {
		first++
	}
	named := c.Mention >= 0 && d.Mentions[c.Mention].First <= first+1
	if !named && len(rep.Set.At(toks, first, end)) == 0 && !sourceNoun(toks[first]) {
		return Cited{}, false
	}
	return c, true
}

// sourceNoun reports nouns that name a source without naming who: reports,
// sources, the media («تقارير», «مصادر مطلعة», «وسائل إعلام»).
func sourceNoun(t marsad.Token) bool {
	for _, s := range []string{"تقرير", "تقارير", "مصادر", "مصدر", "وسائل", "مسؤول", "مسؤولين", "مسؤولون", "شهود", "ناشطون", "ناشطين", "وثيقة", "وثائق", "صحيفة", "وكالة", "موقع", "قناة"} {
		if strings.TrimPrefix(strings.TrimPrefix(t.Norm, "ل"), "ال") == s || t.Norm == s {
			return true
		}
	}
	return false
}

// isComplementizer reports أن, إن, بأن and ان after normalization.
func isComplementizer(n string) bool {
	switch n {
	case "ان", "بان", "وان", "لان":
		return true
	}
	return false
}

func stripQuotes(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E':
			return -1
		}
		return r
	}, s)
}
