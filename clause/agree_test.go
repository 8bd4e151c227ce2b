package clause

import (
	"testing"
	"time"

	"marsad"
	"marsad/arabic"
)

func TestVerbAgreement(t *testing.T) {
	for _, tt := range []struct {
		word string
		want Agreement
	}{
		{"وأشار", MascSg},
		{"وأشارت", FemSg | ThingPlural},
		{"وأشاروا", Plural},
		{"يقول", MascSg},
		{"تقول", 0}, // or a past of form V: the token alone does not tell
		{"يقولون", Plural},
		{"وأضافت", FemSg | ThingPlural},
		{"يقولون", Plural},
	} {
		d := marsad.NewDocument("t", tt.word, time.Time{})
		arabic.Analyze(d)
		if got := VerbAgreement(d, 0); got != tt.want {
			t.Errorf("VerbAgreement(%s) = %b, want %b", tt.word, got, tt.want)
		}
	}
}

func TestTopicAgreeing(t *testing.T) {
	// «وأشارت» refers back past the detainees (a plural of people, named
	// first) to the organisation (either gender): agreement decides where
	// Topic would take the first agent.
	text := "وقال محتجزين إن المنظمة زارتهم. وأشارت إلى ارتفاع عدد الحالات."
	d := marsad.NewDocument("t", text, time.Time{})
	arabic.Analyze(d)
	find := func(word string) int {
		for i, tok := range d.Tokens {
			if d.Surface(tok.Span) == word {
				return i
			}
		}
		t.Fatalf("no token %s", word)
		return -1
	}
	for _, m := range []struct {
		word string
		kind marsad.MentionKind
	}{{"محتجزين", marsad.Group}, {"المنظمة", marsad.Org}} {
		i := find(m.word)
		d.Mentions = append(d.Mentions, marsad.Mention{Span: d.Tokens[i].Span, First: i, Last: i + 1, Kind: m.kind, Code: "X", Ref: -1})
	}
	verb := find("وأشارت")
	s := SentenceOfToken(d, verb)
	if got := Topic(d, s, verb); got != 0 {
		t.Fatalf("Topic = %d, want 0 (the first agent): the test no longer tests agreement", got)
	}
	if got := TopicAgreeing(d, s, verb, VerbAgreement(d, verb)); got != 1 {
		t.Errorf("TopicAgreeing = %d, want 1 (the organisation, not the detainees)", got)
	}
	if got := TopicAgreeing(d, s, verb, MascSg); got != 0 {
		t.Errorf("TopicAgreeing(MascSg) = %d, want the Topic fallback 0", got)
	}
}

func TestFormAgreement(t *testing.T) {
	for _, tt := range []struct {
		word  string
		tense Tense
		want  Agreement
	}{
		{"ردت", UnknownTense, FemSg | ThingPlural},
		{"ونفته", UnknownTense, FemSg | ThingPlural},
		{"وصفت", UnknownTense, FemSg | ThingPlural},
		{"ووصفت", UnknownTense, FemSg | ThingPlural},
		{"مات", UnknownTense, MascSg},
		{"وقال", UnknownTense, MascSg},
		{"وقالوا", UnknownTense, Plural},
		{"قالوها", UnknownTense, Plural},
		{"واستهدف", UnknownTense, MascSg},
		{"واستهدفت", UnknownTense, FemSg | ThingPlural},
		{"وتقول", Present, FemSg | ThingPlural},
		{"وتقول", UnknownTense, 0},
		{"تظاهر", Past, MascSg},
		{"تلقى", UnknownTense, 0},
	} {
		if got := FormAgreement(arabic.NormalizeWord(tt.word), tt.tense); got != tt.want {
			t.Errorf("FormAgreement(%s) = %b, want %b", tt.word, got, tt.want)
		}
	}
}
