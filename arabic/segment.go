package arabic

import (
	"strings"
	"unicode/utf8"

	"marsad"
)

// Segmentation is marsad.Segmentation: the analysis is defined here, the
// type lives with Token so a token can carry its segmentations.
type Segmentation = marsad.Segmentation

func runeLen(s string) int { return utf8.RuneCountInString(s) }

// enclitics are the attached pronouns of third person and "we/our", longest
// first. News prose outside quotations has no use for first- and
// second-person singular pronouns, and splitting them (ي, ك) breaks nisba
// adjectives (إعلامي is not إعلام + ي) and words ending in ك (بنك).
var enclitics = []string{"هما", "ها", "هم", "هن", "نا", "ه"}

// minStem is the shortest stem a split may leave, in code points: shorter
// stems are mostly accidents (و+لد from «ولد»).
const minStem = 2

// Segment returns the plausible segmentations of a normalized Arabic word,
// the unsegmented word first, then splits with proclitics only, then splits
// with an enclitic too. Proclitic sequences follow Arabic morphology:
// a conjunction (و ف), then a preposition (ب ل ك) or the future marker (س,
// only before an imperfect prefix ي ت ن ا), then the article (ال); ل + ال is
// written لل. Callers try each segmentation against their lexicon and keep
// the first that matches, so a lexicon word that merely starts like a
// clitic («والي», «بلد») is found whole before any split is tried.
func Segment(word string) []Segmentation {
	return segment(word, false)
}

// SegmentToken returns a token's segmentations: those the Analyzer stored
// on it, or computes them. A word that ended in taa marbuta in the original
// text has no enclitic ه.
func SegmentToken(t marsad.Token) []Segmentation {
	if t.Segs != nil {
		return t.Segs
	}
	return segment(t.Norm, t.Marbuta)
}

func segment(word string, marbuta bool) []Segmentation {
	var buf [16]Segmentation
	out := buf[:1]
	out[0] = Segmentation{Stem: word, Lookup: word}
	n := utf8.RuneCountInString(word)
	if n <= minStem {
		return append([]Segmentation(nil), out...)
	}
	if first, _ := utf8.DecodeRuneInString(word); first == waw || first == feh || first == beh || first == lam || first == kaf || first == seen || first == alef {
		out = prefixSplits(word, out)
	}
	last, _ := utf8.DecodeLastRuneInString(word)
	if last != heh && last != alef && last != meem && last != noon {
		return append([]Segmentation(nil), out...) // no enclitic ends this word
	}
	pres := len(out)
	for k := 0; k < pres; k++ {
		p := out[k]
		for _, suf := range enclitics {
			if !strings.HasSuffix(p.Stem, suf) {
				continue
			}
			stem := p.Stem[:len(p.Stem)-len(suf)]
			if utf8.RuneCountInString(stem) < minStem+1 {
				continue
			}
			if suf == "ه" && (marbuta || strings.HasSuffix(stem, "ي")) {
				continue // a taa marbuta (وزارة, مسؤولية), not a pronoun
			}
			q := p
			q.Stem, q.Suf, q.Marbuta, q.Lookup = stem, suf, false, ""
			q.Lookup = q.Key()
			out = append(out, q)
			// A final hamza takes a seat before the pronoun (لقاء → لقائه,
			// حلفاء → حلفاؤه): the stem's own form has it alone.
			if r, _ := utf8.DecodeLastRuneInString(stem); r == 'ئ' || r == 'ؤ' {
				q.Hamza, q.Lookup = true, ""
				q.Lookup = q.Key()
				out = append(out, q)
			}
			// A stem ending in ت before the pronoun is often a taa marbuta
			// (حكومته = حكومة + ه) whose matching form is ه.
			if strings.HasSuffix(stem, "ت") {
				q.Marbuta, q.Lookup = true, ""
				q.Lookup = q.Key()
				out = append(out, q)
			}
		}
	}
	return append([]Segmentation(nil), out...)
}

// prefixSplits appends to out every proclitic split of word allowed by the
// proclitic grammar: an optional conjunction, then an optional preposition
// (or the future marker before an imperfect), then an optional article.
func prefixSplits(word string, out []Segmentation) []Segmentation {
	for _, conj := range [...]string{"", "و", "ف"} {
		if !strings.HasPrefix(word, conj) {
			continue
		}
		rest1 := word[len(conj):]
		for _, prep := range [...]string{"", "ب", "ل", "ك", "س", "لل"} {
			if !strings.HasPrefix(rest1, prep) {
				continue
			}
			rest2 := rest1[len(prep):]
			if prep == "س" {
				// The future marker only before an imperfect prefix.
				if r, _ := utf8.DecodeRuneInString(rest2); !(r == yeh || r == teh || r == noon || r == alef) || utf8.RuneCountInString(rest2) < 3 {
					continue
				}
			}
			for _, det := range [...]string{"", "ال"} {
				if prep == "لل" && det != "" || (prep == "س" && det != "") {
					continue // لل already holds the article; no article after س
				}
				if !strings.HasPrefix(rest2, det) {
					continue
				}
				stem := rest2[len(det):]
				pre := word[:len(word)-len(stem)]
				shortest := minStem
				if prep == "لل" {
					shortest = minStem + 1
				}
				if pre == "" || utf8.RuneCountInString(stem) < shortest {
					continue
				}
				s := Segmentation{Pre: pre, Stem: stem, Conj: conj != "", Det: det != "" || prep == "لل", Fut: prep == "س"}
				switch prep {
				case "ب":
					s.Prep = beh
				case "ل", "لل":
					s.Prep = lam
				case "ك":
					s.Prep = kaf
				}
				switch {
				case det != "":
					s.Lookup = word[len(conj)+len(prep):] // the article as written: «بالأمم» → «الأمم»
				case prep == "لل":
					s.Lookup = "ال" + stem
				default:
					s.Lookup = stem
				}
				out = append(out, s)
			}
		}
	}
	return out
}
