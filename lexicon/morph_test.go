package lexicon

import (
	"strings"
	"testing"
	"time"

	"marsad"
	"marsad/arabic"
)

func TestInflection(t *testing.T) {
	tests := []struct {
		name   string
		forms  []string
		want   []string // surface forms that must be generated (normalized before comparing)
		absent []string // forms that must not be
	}{
		{"regular verb", Verb("أكد", "يؤكد"), []string{"أكد", "أكدت", "أكدوا", "يؤكد", "تؤكد", "يؤكدون", "يؤكدان"}, []string{"نؤكد", "أكدن"}},
		{"weak verb in alef", Verb("دعا", "يدعو"), []string{"دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "يدع"}, nil},
		{"weak verb in alef maksura", Verb("نفى", "ينفي"), []string{"نفى", "نفت", "نفوا", "ينفي", "ينفون", "ينف"}, nil},
		{"form V weak verb", Verb("تلقى", "يتلقى"), []string{"تلقى", "تلقت", "تلقوا", "يتلقى", "يتلقون"}, nil},
		{"final hamza is not weak", Verb("بدأ", "يبدأ"), []string{"بدأ", "بدأت", "بدأوا", "يبدأ", "يبدأون"}, []string{"بدت"}},
		{"no first person that makes a noun", Verb("أصر", "يصر"), []string{"أصر", "يصر"}, []string{"نصر"}},
		{"first person plural", VerbFirstPerson("يدين"), []string{"ندين"}, []string{"يدين", "أدين"}},
		{"first person of a weak verb", VerbFirstPerson("يدعو"), []string{"ندعو"}, []string{"ندع"}},
		{"first person of a hamzated present", VerbFirstPerson("يؤكد"), []string{"نؤكد"}, nil},
		{"no first person of three letters", VerbFirstPerson("يصر"), nil, []string{"نصر"}},
		{"verbal noun", Noun("اتصال"), []string{"اتصال", "اتصالا", "اتصالات", "الاتصال", "الاتصالات"}, nil},
		{"noun in taa marbuta", Noun("مظاهرة"), []string{"مظاهرة", "مظاهرات", "المظاهرات", "مظاهرتين"}, nil},
		{"participle", Adjective("مؤكد"), []string{"مؤكدا", "مؤكدة", "مؤكدين", "مؤكدون"}, nil},
		{"defective participle without ya", Adjective("داع"), []string{"داعيا", "داعية", "داعين", "داعون", "داع"}, []string{"داعا"}},
		{"defective participle with ya", Adjective("داعي"), []string{"داعيا", "داعين", "داع"}, nil},
		{"nisba adjective", Adjective("إيراني"), []string{"إيرانية", "الإيرانية", "الإيرانيون", "إيرانيين", "الإيرانيتين"}, []string{"إيران"}},
		{"two-word nisba", AdjectivePhrase(Words("كوري جنوبي")), []string{"الكورية الجنوبية", "كوريون جنوبيون"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			have := map[string]bool{}
			for _, f := range tt.forms {
				have[f] = true
			}
			for _, w := range tt.want {
				if !have[arabic.NormalizeWord(w)] {
					t.Errorf("missing %s in %v", w, tt.forms)
				}
			}
			for _, a := range tt.absent {
				if have[arabic.NormalizeWord(a)] {
					t.Errorf("should not generate %s", a)
				}
			}
		})
	}
}

func TestParsePattern(t *testing.T) {
	tests := []struct {
		pattern string
		err     bool
	}{
		{"v:أجرى/يجري n:اتصال هاتفي?", false},
		{"v:فرض/يفرض n:عقوبة|n:عقوبات", false},
		{"v:أطلق/يطلق النار", false},
		{"n:اتصال? v:أجرى/يجري", true}, // optional head
		{"v:أكد", true},  // no present
		{"x:كلمة", true}, // unknown kind
		{"n:", true},
		{"", true},
	}
	for _, tt := range tests {
		_, err := ParsePattern(tt.pattern)
		if (err != nil) != tt.err {
			t.Errorf("ParsePattern(%q) error %v, want error %v", tt.pattern, err, tt.err)
		}
	}
}

func TestWithFirstPerson(t *testing.T) {
	p, err := ParsePattern("v:أدان/يدين|v:أصاب/يصيب")
	if err != nil {
		t.Fatal(err)
	}
	w := &p.Words[0]
	if w.Forms["ندين"] {
		t.Fatal("ParsePattern made a first-person form; only WithFirstPerson should")
	}
	p.WithFirstPerson(func(f string) bool { return f == "نصيب" })
	for _, tt := range []struct {
		form  string
		kind  FormKind
		found bool
	}{
		{"ندين", VerbForm | FirstPersonForm, true},
		{"يدين", VerbForm, true},
		{"نصيب", 0, false}, // skipped: a noun («نصيب»)
	} {
		if w.Forms[tt.form] != tt.found || w.Kind[tt.form] != tt.kind {
			t.Errorf("%s: found %v kind %v, want %v %v", tt.form, w.Forms[tt.form], w.Kind[tt.form], tt.found, tt.kind)
		}
	}
	if !w.Present["ندين"] {
		t.Error("ندين is not marked present tense")
	}
}

func TestAbdVariants(t *testing.T) {
	for _, tt := range []struct {
		name string
		want []string
	}{
		{"عبد الملك الحوثي", []string{"عبد الملك الحوثي", "عبدالملك الحوثي"}},
		{"عبدالله بن زايد", []string{"عبدالله بن زايد", "عبد الله بن زايد"}},
		{"عبد ربه منصور هادي", []string{"عبد ربه منصور هادي"}}, // no article: written apart
		{"فلاديمير بوتين", []string{"فلاديمير بوتين"}},
	} {
		var got []string
		for _, v := range abdVariants(Words(tt.name)) {
			got = append(got, strings.Join(v, " "))
		}
		want := make([]string, len(tt.want))
		for i, w := range tt.want {
			want[i] = strings.Join(Words(w), " ")
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("abdVariants(%s) = %v, want %v", tt.name, got, want)
		}
	}
}

func TestAdjectiveSpecStandsNearItsNoun(t *testing.T) {
	p, err := ParsePattern("n:ضربة|n:ضربات p:عسكري")
	if err != nil {
		t.Fatal(err)
	}
	set := NewPatternSet[string](NewVocab())
	set.Add(&p, "strike")
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"شنت ضربات عسكرية على المواقع", true},
		{"شنت ضربات جوية عسكرية على المواقع", true}, // one other adjective between
		{"الضربات التي نفذتها إسرائيل ليلا على مواقع عسكرية", false},
	} {
		d := marsad.NewDocument("t", tt.text, time.Time{})
		arabic.Analyze(d)
		found := false
		for i := range d.Tokens {
			if len(set.At(d.Tokens, i, len(d.Tokens))) > 0 {
				found = true
			}
		}
		if found != tt.want {
			t.Errorf("%s: matched %v, want %v", tt.text, found, tt.want)
		}
	}
}
