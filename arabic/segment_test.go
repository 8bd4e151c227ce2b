package arabic

import (
	"strings"
	"testing"
)

func TestSegment(t *testing.T) {
	tests := []struct {
		name, word string
		want       []string // "pre+stem+suf" readings that must be among the segmentations (normalized)
		key        string   // a Key() that must be offered
	}{
		{"waw conjunction", "وروسيا", []string{"و+روسيا+"}, "روسيا"},
		{"lam before name", "لنتنياهو", []string{"ل+نتنياهو+"}, "نتنياهو"},
		{"lam+article written lil", "للأمم", []string{"لل+امم+"}, "الامم"},
		{"waw+ba+article", "وبالاتفاق", []string{"وبال+اتفاق+"}, "الاتفاق"},
		{"fa+ba", "فبحسب", []string{"فب+حسب+"}, "حسب"},
		{"future sin", "سيلتقي", []string{"س+يلتقي+"}, "يلتقي"},
		{"waw+future sin", "وسيناقش", []string{"وس+يناقش+"}, "يناقش"},
		{"object pronoun", "أطلعه", []string{"+اطلع+ه"}, "اطلع"},
		{"taa marbuta before pronoun", "حكومته", []string{"+حكومت+ه"}, "حكومه"},
		{"article only", "الإيرانية", []string{"ال+ايرانيه+"}, "الايرانيه"},
		{"ka preposition", "كرئيس", []string{"ك+رئيس+"}, "رئيس"},
		{"hamza seated before a pronoun", "لقائه", []string{"+لقائ+ه"}, "لقاء"},
		{"hamza on waw before a pronoun", "حلفاؤه", []string{"+حلفاؤ+ه"}, "حلفاء"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := NormalizeWord(tt.word)
			segs := Segment(w)
			if segs[0].Stem != w || segs[0].Pre != "" || segs[0].Suf != "" {
				t.Errorf("Segment(%q)[0] = %+v, want the whole word first", w, segs[0])
			}
			have := map[string]bool{}
			keys := map[string]bool{}
			for _, s := range segs {
				if s.Pre+s.Stem+s.Suf != w {
					t.Errorf("Segment(%q): %q+%q+%q does not join back", w, s.Pre, s.Stem, s.Suf)
				}
				have[s.Pre+"+"+s.Stem+"+"+s.Suf] = true
				keys[s.Key()] = true
			}
			for _, r := range tt.want {
				if !have[NormalizeWord(r)] {
					t.Errorf("Segment(%q) lacks %s; has %v", w, r, have)
				}
			}
			if !keys[NormalizeWord(tt.key)] {
				t.Errorf("Segment(%q) offers no key %q", w, tt.key)
			}
		})
	}
}

func TestSegmentRejects(t *testing.T) {
	tests := []struct{ name, word, bad string }{
		{"no future sin before a non-imperfect", "سلام", "س+لام+"},
		{"one-letter stems are not split", "وقد", "وق+د+"},
		{"two-letter words are not split", "لم", "ل+م+"},
		{"nisba with taa marbuta is not a pronoun", "مسؤولية", "+مسؤولي+ه"},
		{"nisba adjective keeps its yeh", "إعلامي", "+اعلام+ي"},
		{"article needs a stem", "الى", "ال+ي+"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, s := range Segment(NormalizeWord(tt.word)) {
				if got := s.Pre + "+" + s.Stem + "+" + s.Suf; got == NormalizeWord(tt.bad) {
					t.Errorf("Segment(%q) offers %s", tt.word, strings.ReplaceAll(got, "+", " + "))
				}
			}
		})
	}
}
