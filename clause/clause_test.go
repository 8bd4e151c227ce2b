package clause_test

import (
	"context"
	"testing"
	"time"

	"marsad"
	"marsad/clause"
	"marsad/coder"
	"marsad/lexicon"
)

// read runs the stages before events (tokens, sentences, quotes, actors)
// on text.
func read(tb testing.TB, text string) (*marsad.Document, *lexicon.Lexicon) {
	tb.Helper()
	lex, err := lexicon.Embedded()
	if err != nil {
		tb.Fatal(err)
	}
	p, err := coder.NewReading(lex)
	if err != nil {
		tb.Fatal(err)
	}
	d := marsad.NewDocument("t", text, time.Date(2018, 4, 9, 0, 0, 0, 0, time.UTC))
	if err := p.Process(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
	return d, lex
}

func surface(d *marsad.Document, i int) string {
	if i < 0 {
		return ""
	}
	return d.Surface(d.Mentions[i].Span)
}

func TestAgents(t *testing.T) {
	tests := []struct {
		name, text      string
		first, last     string // FirstAgent and LastAgent of the first sentence
		topicOfSentence int    // sentence whose topic (at its first token) is checked
		topic           string
	}{
		{"an oblique mention is no agent", "دعا الرئيس الروسي إلى الحوار مع إيران. وأضاف أن الحل سياسي.", "الرئيس الروسي", "الرئيس الروسي", 1, "الرئيس الروسي"},
		{"the topic is carried from the sentence before", "التقى الرئيس الروسي نظيره التركي. وأكد أن الحوار ممكن.", "الرئيس الروسي", "نظيره التركي", 1, "الرئيس الروسي"},
		{"a place is no agent", "وقعت انفجارات في دمشق وقال الجيش السوري إنه رد. وأضاف أن الوضع هادئ.", "الجيش السوري", "الجيش السوري", 1, "الجيش السوري"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, _ := read(t, tt.text)
			s := d.Sentences[0]
			if got := surface(d, clause.FirstAgent(d, s.First, s.Last)); got != tt.first {
				t.Errorf("FirstAgent = %q, want %q", got, tt.first)
			}
			if got := surface(d, clause.LastAgent(d, s.First, s.Last)); got != tt.last {
				t.Errorf("LastAgent = %q, want %q", got, tt.last)
			}
			ts := d.Sentences[tt.topicOfSentence]
			if got := surface(d, clause.Topic(d, tt.topicOfSentence, ts.First)); got != tt.topic {
				t.Errorf("Topic = %q, want %q", got, tt.topic)
			}
		})
	}
}

func TestTopicSkipsPageFurniture(t *testing.T) {
	text := "قال الرئيس الأمريكي إن القدس نقطة مهمة.\n\nواشنطن توقف أكثر من نصف تمويلها لوكالة غوث\n\nوقال: \"اعتقد أن القدس كانت نقطة بارزة\"."
	d, _ := read(t, text)
	last := len(d.Sentences) - 1
	if !d.Sentences[1].Boiler {
		t.Fatalf("the related headline is not marked as page furniture")
	}
	if got := surface(d, clause.Topic(d, last, d.Sentences[last].First)); got != "الرئيس الأمريكي" {
		t.Errorf("Topic = %q, want the speaker before the furniture", got)
	}
}

func TestSource(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"وبحسب بيان صادر عن الكرملين، بحث الرئيسان الأزمة.", "بيان صادر عن الكرملين"},
		{"وكشفت صحيفة نيويورك تايمز أن نتنياهو طلب التأجيل.", "صحيفة نيويورك تايمز"},
		{"وقال الرئيس إن الحوار ممكن.", ""},
	}
	for _, tt := range tests {
		d, lex := read(t, tt.text)
		c, ok := clause.Source(d, lex.Reporting, 0)
		if got := map[bool]string{true: c.Text}[ok]; got != tt.want {
			t.Errorf("Source(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestMentionsAndTokens(t *testing.T) {
	d, _ := read(t, "التقى وزير الخارجية الروسي نظيره الإيراني في موسكو.")
	ms := clause.Mentions(d, 0, len(d.Tokens))
	if len(ms) != len(d.Mentions) {
		t.Fatalf("Mentions over the whole text = %d, want %d", len(ms), len(d.Mentions))
	}
	for k := 1; k < len(ms); k++ {
		if d.Mentions[ms[k]].First < d.Mentions[ms[k-1]].First {
			t.Errorf("Mentions out of text order at %d", k)
		}
	}
	for i, tok := range d.Tokens {
		if got := clause.TokenAt(d, tok.Start); got != i {
			t.Errorf("TokenAt(%d) = %d, want %d", tok.Start, got, i)
		}
		if s := clause.SentenceOfToken(d, i); s != 0 {
			t.Errorf("SentenceOfToken(%d) = %d, want 0", i, s)
		}
	}
}
