package arabic

import (
	"strings"

	"marsad"
)

// Segmentation is one way of splitting a normalized word into proclitics, a
// stem and an enclitic pronoun. Pre+Stem+Suf is always the word.
type Segmentation struct {
	Pre  string // proclitic letters as written (و, ف, ب, ل, ك, س, لل, وبال …); "" if none
	Stem string // the word without Pre and Suf
	Suf  string // enclitic pronoun (ه, ها, هم, هما, هن, ك, كم, كما, كن, ني, نا, ي); "" if none
	Conj bool   // Pre starts with و or ف
	Prep rune   // ب, ل or ك among the proclitics; 0 if none
	Det  bool   // the article ال is among the proclitics (including لل = ل + ال)
	Fut  bool   // the future marker س is among the proclitics
	// Marbuta is set when Stem ends in ت that was a taa marbuta before the
	// enclitic (حكومته = حكومت + ه): Key restores it as ه.
	Marbuta bool
}

// Key returns the form a lexicon entry is indexed under: the stem with the
// article restored when it was split off, so that «للأمم» and «بالأمم»
// both look up «الامم».
func (s Segmentation) Key() string {
	stem := s.Stem
	if s.Marbuta {
		stem = strings.TrimSuffix(stem, "ت") + "ه"
	}
	if s.Det {
		return "ال" + stem
	}
	return stem
}

// PreLen and SufLen are the lengths of Pre and Suf in code points.
func (s Segmentation) PreLen() int { return runeLen(s.Pre) }

// SufLen is the length of Suf in code points.
func (s Segmentation) SufLen() int { return runeLen(s.Suf) }

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

// SegmentToken segments a token's normalized word; a word that ended in
// taa marbuta in the original text has no enclitic ه.
func SegmentToken(t marsad.Token) []Segmentation {
	return segment(t.Norm, t.Marbuta)
}

func segment(word string, marbuta bool) []Segmentation {
	out := []Segmentation{{Stem: word}}
	if runeLen(word) <= minStem {
		return out
	}
	pres := prefixSplits(word)
	out = append(out, pres...)
	for _, p := range append([]Segmentation{{Stem: word}}, pres...) {
		for _, suf := range enclitics {
			if !strings.HasSuffix(p.Stem, suf) {
				continue
			}
			stem := strings.TrimSuffix(p.Stem, suf)
			if runeLen(stem) < minStem+1 {
				continue
			}
			if suf == "ه" && (marbuta || strings.HasSuffix(stem, "ي")) {
				continue // a taa marbuta (وزارة, مسؤولية), not a pronoun
			}
			q := p
			q.Stem, q.Suf = stem, suf
			out = append(out, q)
			// A stem ending in ت before the pronoun is often a taa marbuta
			// (حكومته = حكومة + ه) whose matching form is ه.
			if strings.HasSuffix(stem, "ت") {
				q.Marbuta = true
				out = append(out, q)
			}
		}
	}
	return out
}

// prefixSplits returns every proclitic split of word allowed by the
// proclitic grammar, shortest proclitic first.
func prefixSplits(word string) []Segmentation {
	var out []Segmentation
	var walk func(rest string, seg Segmentation, stage int)
	// stage 0: conjunction allowed; 1: preposition/future allowed; 2: article allowed; 3: done
	walk = func(rest string, seg Segmentation, stage int) {
		if seg.Pre != "" && runeLen(rest) >= minStem {
			s := seg
			s.Stem = rest
			out = append(out, s)
		}
		if stage <= 0 && (strings.HasPrefix(rest, "و") || strings.HasPrefix(rest, "ف")) {
			s := seg
			s.Pre += rest[:2]
			s.Conj = true
			walk(rest[2:], s, 1)
		}
		if stage <= 1 {
			// ل + ال is written لل; the alef of the article disappears.
			if strings.HasPrefix(rest, "لل") && runeLen(rest) > 2+minStem {
				s := seg
				s.Pre += "لل"
				s.Prep, s.Det = lam, true
				walk(rest[4:], s, 3)
			}
			for _, p := range []rune{beh, lam, kaf} {
				if strings.HasPrefix(rest, string(p)) {
					s := seg
					s.Pre += string(p)
					s.Prep = p
					walk(rest[2:], s, 2)
				}
			}
			if strings.HasPrefix(rest, "س") && runeLen(rest) > 3 {
				if next := []rune(rest)[1]; next == yeh || next == teh || next == noon || next == alef {
					s := seg
					s.Pre += "س"
					s.Fut = true
					walk(rest[2:], s, 3)
				}
			}
		}
		if stage <= 2 && strings.HasPrefix(rest, "ال") && runeLen(rest) > 2+minStem-1 {
			s := seg
			s.Pre += "ال"
			s.Det = true
			walk(rest[4:], s, 3)
		}
	}
	walk(word, Segmentation{}, 0)
	return out
}

func runeLen(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}
