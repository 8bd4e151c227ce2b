// Package clause answers the questions about sentence structure that both
// the quote and the event stages ask: which mention is an agent and which an
// object, who the implicit subject of a verb is, and which source a sentence
// cites. It reads a document's Tokens, Sentences and Mentions and writes
// nothing.
package clause

import (
	"cmp"
	"slices"
	"strings"

	"marsad"
)

// oblique are the prepositions after which a mention is not the subject of
// the clause («قدم بوتين لنتنياهو»: نتنياهو is not the speaker). من is not
// among them: «تلقى اتصالا من بزشكيان» names the caller.
var oblique = map[string]bool{
	"ل": true, "الي": true, "علي": true, "ب": true, "عن": true, "ضد": true, "مع": true, "في": true,
	"لدي": true, "حول": true, "بين": true, "نحو": true, "تجاه": true, "بشان": true, "بحق": true,
	"لصالح": true, "عبر": true, "ك": true, "خلال": true, "باسم": true,
}

// WithoutConj returns a normalized verb form without the conjunction و or
// ف it may carry («وأضاف» → «اضاف»), when the rest is long enough to be
// a verb of its own.
func WithoutConj(w string) string {
	if r := []rune(w); len(r) > 3 && (r[0] == 'و' || r[0] == 'ف') {
		return string(r[1:])
	}
	return w
}

// IsOblique reports whether a mention is governed by a preposition that
// makes it an object or adjunct rather than an agent.
func IsOblique(m marsad.Mention) bool { return oblique[m.Prep] }

// Mentions returns the indexes of the mentions whose first token lies in
// [first, last), in text order.
func Mentions(d *marsad.Document, first, last int) []int {
	// Mentions are in text order: skip to the first that starts at first
	// or later instead of scanning the document's from its start.
	start, _ := slices.BinarySearchFunc(d.Mentions, first, func(m marsad.Mention, first int) int {
		return cmp.Compare(m.First, first)
	})
	var out []int
	for i := start; i < len(d.Mentions) && d.Mentions[i].First < last; i++ {
		out = append(out, i)
	}
	return out
}

// IsAgent reports whether mention i can be the subject of a clause: it is
// not oblique, not a mere place, and not inside an attributed statement
// (the words someone is quoted as saying are not the clause that reports
// them; a name in scare quotes is).
func IsAgent(d *marsad.Document, i int) bool {
	m := d.Mentions[i]
	return !IsOblique(m) && m.Kind != marsad.Place && !InStatement(d, m.Span)
}

// InStatement reports whether span s lies inside an attributed quotation
// (Document.Quotes). Before the quote stage has run, no span does.
func InStatement(d *marsad.Document, s marsad.Span) bool {
	for _, q := range d.Quotes {
		if q.Span.Contains(s) {
			return true
		}
	}
	return false
}

// FirstAgent returns the first agent mention whose first token lies in
// [first, last), or -1.
func FirstAgent(d *marsad.Document, first, last int) int {
	for _, i := range Mentions(d, first, last) {
		if IsAgent(d, i) {
			return i
		}
	}
	return -1
}

// LastAgent returns the last agent mention in [first, last), or -1.
func LastAgent(d *marsad.Document, first, last int) int {
	ms := Mentions(d, first, last)
	for k := len(ms) - 1; k >= 0; k-- {
		if IsAgent(d, ms[k]) {
			return ms[k]
		}
	}
	return -1
}

// Attributive reports whether mention i is a nationality adjective that
// describes the common noun before it, with which it agrees in definiteness
// («إلى الموضوع الإيراني», «ملف نووي إيراني»): an attribute, not an actor
// of the clause.
func Attributive(d *marsad.Document, i int) bool {
	m := d.Mentions[i]
	if !m.Adjective || m.First == 0 {
		return false
	}
	prev := d.Tokens[m.First-1]
	if prev.Kind != marsad.Word || len(Mentions(d, m.First-1, m.First)) > 0 || i > 0 && d.Mentions[i-1].Last > m.First-1 {
		return false
	}
	definite := func(n string) bool {
		for _, p := range []string{"ال", "وال", "فال", "بال", "لل", "كال"} {
			if strings.HasPrefix(n, p) {
				return true
			}
		}
		return false
	}
	return definite(prev.Norm) == definite(d.Tokens[m.First].Norm)
}

// Topic returns the mention that an implicit subject at token tok of
// sentence s refers to: the last agent before tok in the sentence, or else
// the first agent of the nearest earlier sentence that has one (at most two
// sentences back, within the paragraph's reach). -1 if none.
func Topic(d *marsad.Document, s, tok int) int {
	return topicWhere(d, s, tok, 2, func(i int) bool { return IsAgent(d, i) })
}

// topicWhere returns the last mention before token tok in sentence s that
// ok accepts, else the first one of the nearest earlier sentences, back
// sentences at most (page furniture between two sentences, «واشنطن توقف …»
// set among the paragraphs, does not count as one of them); -1 if none.
func topicWhere(d *marsad.Document, s, tok, back int, ok func(int) bool) int {
	sent := d.Sentences[s]
	ms := Mentions(d, sent.First, tok)
	for k := len(ms) - 1; k >= 0; k-- {
		if ok(ms[k]) {
			return ms[k]
		}
	}
	for b, seen := 1, 0; seen < back && s-b >= 0; b++ {
		prev := d.Sentences[s-b]
		if prev.Boiler {
			continue
		}
		seen++
		for _, i := range Mentions(d, prev.First, prev.Last) {
			if ok(i) {
				return i
			}
		}
	}
	return -1
}

// SentenceOfToken returns the sentence index that holds token t, or -1.
func SentenceOfToken(d *marsad.Document, t int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch s := d.Sentences[m]; {
		case t < s.First:
			hi = m
		case t >= s.Last:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// TokenAt returns the index of the first token that ends after code point
// pos, or len(Tokens).
func TokenAt(d *marsad.Document, pos int) int {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Tokens[m].End <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// ContextCountry returns the country (or organisation) prefix of the
// anchored mention of a country, organisation or role nearest to mention i
// in sentence s, or in the sentence before it; "" if none. People are not
// used: a person's country says little about who is around them.
func ContextCountry(d *marsad.Document, s, i int) string {
	at := d.Mentions[i].First
	for back := 0; back <= 1 && s-back >= 0; back++ {
		sent := d.Sentences[s-back]
		best, dist := "", 1<<30
		for _, k := range Mentions(d, sent.First, sent.Last) {
			m := d.Mentions[k]
			if k == i || !marsad.Anchored(m.Code) || m.Kind == marsad.Person || m.Kind == marsad.Place || !countryCode(m.Code) ||
				strings.HasSuffix(m.Code, "MED") {
				continue // a country's own mention; not the agency that reports it
			}
			if dd := abs(m.First - at); dd < dist {
				best, dist = countryOf(m.Code), dd
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// countryCode reports whether a code starts with a country, not an
// international or non-governmental organisation.
func countryCode(code string) bool {
	return !strings.HasPrefix(code, "IGO") && !strings.HasPrefix(code, "NGO") && !strings.HasPrefix(code, "IMG")
}

// countryOf returns the country or organisation part of a code: three
// letters, six for IGO and NGO codes.
func countryOf(code string) string {
	if (strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO")) && len(code) >= 6 {
		return code[:6]
	}
	if len(code) >= 3 {
		return code[:3]
	}
	return code
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// implicitMarkers are the words that, right after a verb, show that its
// subject is implicit and named before: a resumptive pronoun on a
// preposition («تصريحات أطلقها X، حذر فيها», «اتصالا أطلعه خلاله»,
// «تغريدة نشرها ترامب، وصف فيها …»).
var implicitMarkers = map[string]bool{
	"فيه": true, "فيها": true, "فيهما": true, "خلاله": true, "خلالها": true, "عبره": true, "عبرها": true,
}

// ImplicitSubject reports whether the verb at token v has an implicit
// subject, shown by a resumptive pronoun right after it.
func ImplicitSubject(d *marsad.Document, v int) bool {
	return v+1 < len(d.Tokens) && implicitMarkers[d.Tokens[v+1].Norm]
}
