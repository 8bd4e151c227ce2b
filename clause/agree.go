package clause

import (
	"strings"

	"marsad"
	"marsad/arabic"
)

// Number and gender, as far as agreement between a verb with an implicit
// subject and the mention it refers back to needs them.
type Agreement uint8

// Agreement classes. A mention may allow several (a person's name, whose
// gender the text does not mark, is masculine or feminine singular).
const (
	MascSg Agreement = 1 << iota
	FemSg
	Plural      // people: «قالوا», «المسؤولون»
	ThingPlural // a plural of things or bodies, which takes a feminine singular verb: «الحكومات أعلنت»
)

// VerbAgreement reads what subject the verb at token v agrees with when the
// subject is not written after it: «أشار» masculine singular, «أشارت» and
// «تقول» feminine singular (or a plural of things), «أشاروا» and «يقولون»
// plural (of people). 0 when the form does not tell (a participle, a noun).
func VerbAgreement(d *marsad.Document, v int) Agreement {
	t := d.Tokens[v]
	if t.Kind != marsad.Word {
		return 0
	}
	w := t.Norm
	for _, s := range arabic.SegmentToken(t) {
		if s.Conj {
			w = s.Stem
			break
		}
	}
	r := []rune(w)
	switch {
	case len(r) < 3:
		return 0
	case strings.HasSuffix(w, "وا") || strings.HasSuffix(w, "ون") && (r[0] == 'ي' || r[0] == 'ت'):
		return Plural
	case r[0] == 'ت' && len(r) >= 4 && !strings.HasSuffix(w, "ت"):
		return FemSg | ThingPlural // تقول: she says, or they (things) say
	case r[0] == 'ي' && len(r) >= 4:
		return MascSg
	case strings.HasSuffix(w, "ت") && len(r) >= 4:
		return FemSg | ThingPlural // أشارت, أضافت
	}
	return MascSg
}

// MentionAgreement reads the agreement classes of mention i: a plural of
// people (مسؤولون, المحتجزين) is plural; a noun or role in ة (وزيرة,
// المنظمة, الحكومة) feminine or a plural of things (الحكومات); a country named without the article feminine
// (روسيا, مصر), one with it by its ending (السعودية feminine, العراق
// masculine); a person's name and an organisation's may be either
// singular; another singular noun masculine (الوزير, الجيش).
func MentionAgreement(d *marsad.Document, i int) Agreement {
	m := d.Mentions[i]
	head := d.Tokens[m.First].Norm
	for _, s := range arabic.SegmentToken(d.Tokens[m.First]) {
		if s.Conj || s.Prep != 0 {
			head = s.Stem
			if s.Det {
				head = "ال" + s.Stem
			}
			break
		}
	}
	last := d.Tokens[m.Last-1].Norm
	if m.Adjective {
		// «233 سعوديا», «السلطات السعودية»: a nisba adjective agrees
		// with the noun it stands for.
		head = last
	}
	switch {
	case m.Kind == marsad.Person:
		return MascSg | FemSg
	case strings.HasSuffix(head, "ون") || strings.HasSuffix(head, "ين") && len([]rune(head)) > 4:
		return Plural
	case strings.HasSuffix(head, "ه") || strings.HasSuffix(head, "ات"):
		return FemSg | ThingPlural
	case m.Adjective:
		return MascSg
	case m.Kind == marsad.Country && !strings.HasPrefix(head, "ال"):
		return FemSg
	case m.Kind == marsad.Country:
		if strings.HasSuffix(last, "ه") || strings.HasSuffix(last, "ات") {
			return FemSg
		}
		return MascSg
	case m.Kind == marsad.Org:
		return MascSg | FemSg
	}
	return MascSg
}

// TopicAgreeing is Topic restricted to mentions that agree with agr (0:
// any): the last agreeing agent before tok in sentence s, else the first
// agreeing agent of the sentence before (page furniture skipped). Where
// none agrees, it is Topic.
func TopicAgreeing(d *marsad.Document, s, tok int, agr Agreement) int {
	if agr == 0 {
		return Topic(d, s, tok)
	}
	agrees := func(i int) bool { return IsAgent(d, i) && MentionAgreement(d, i)&agr != 0 }
	sent := d.Sentences[s]
	ms := Mentions(d, sent.First, tok)
	for k := len(ms) - 1; k >= 0; k-- {
		if agrees(ms[k]) {
			return ms[k]
		}
	}
	// Only the sentence before: further back, a mention that agrees is
	// more often someone else than the one an unnamed source stands for
	// («ونقلت الوكالة عن مصدر في الخارجية قوله …. وأضاف»).
	for back, seen := 1, 0; seen < 1 && s-back >= 0; back++ {
		prev := d.Sentences[s-back]
		if prev.Boiler {
			continue
		}
		seen++
		for _, i := range Mentions(d, prev.First, prev.Last) {
			if agrees(i) {
				return i
			}
		}
	}
	return Topic(d, s, tok)
}
