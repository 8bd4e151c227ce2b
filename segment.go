package marsad

import (
	"strings"
	"unicode/utf8"
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
	// Hamza is set when Stem ends in a hamza seated on ي or و before the
	// enclitic (لقائه = لقائ + ه): Key restores the hamza alone (لقاء).
	Hamza bool
	// Lookup caches Key, computed once by arabic.Segment.
	Lookup string
}

// Key returns the form a lexicon entry is indexed under: the stem with the
// article restored when it was split off, so that «للأمم» and «بالأمم»
// both look up «الامم».
func (s Segmentation) Key() string {
	if s.Lookup != "" {
		return s.Lookup
	}
	stem := s.Stem
	if s.Marbuta {
		stem = strings.TrimSuffix(stem, "ت") + "ه"
	}
	if s.Hamza {
		_, size := utf8.DecodeLastRuneInString(stem)
		stem = stem[:len(stem)-size] + "ء"
	}
	if s.Det {
		return "ال" + stem
	}
	return stem
}

// PreLen and SufLen are the lengths of Pre and Suf in code points.
func (s Segmentation) PreLen() int { return utf8.RuneCountInString(s.Pre) }

// SufLen is the length of Suf in code points.
func (s Segmentation) SufLen() int { return utf8.RuneCountInString(s.Suf) }
