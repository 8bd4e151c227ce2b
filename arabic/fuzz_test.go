package arabic

import (
	"os"
	"testing"
	"unicode/utf8"
)

// seeds are real sentences and the hard cases the table tests cover.
var seeds = []string{
	"وبحسب بيان صادر عن الكرملين، قدم بوتين لنتنياهو “مقاربات لتعزيز الاستقرار في الشرق الأوسط”، داعيًا إلى “تكثيف الجهود”.",
	"كما جدد الطرفان التزامهما بـ”تنفيذ مشاريع اقتصادية مشتركة”.",
	"قال «إن الحرب لن تنتهي. ثم صمت.\nفقرة “أخرى",
	"(CNN)-- رفضت وزارة الدفاع الأمريكي أو \"البنتاغون\"، ادعاءات بقصف على قاعدة \"T-4\" الجوية",
	"١٢ أيار ٢٠١٨ ٣٫٥٪ \uFEFB \u200F\u202B»«“”„‘’'\"",
	"د. u.s. 1. 2,000 12/5/2018 10:30 بـ48 ..… — ؟؛،",
	"أكد قائد محور صعدة في #الجيش_اليمني، و#السعودية #Yemen a_b _# #_ ب_ _ب",
}

func FuzzTokenize(f *testing.F) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip()
		}
		norm, m := Normalize(text)
		checkNormMap(t, text, norm, m)
		toks := Tokenize(norm)
		checkTokens(t, norm, toks)
		for _, tk := range toks {
			for _, s := range Segment(tk.Text) {
				if s.Pre+s.Stem+s.Suf != tk.Text {
					t.Fatalf("Segment(%q) = %q+%q+%q", tk.Text, s.Pre, s.Stem, s.Suf)
				}
			}
		}
	})
}

func FuzzQuotations(f *testing.F) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip()
		}
		norm, _ := Normalize(text)
		qs := FindQuotations(norm)
		checkQuotations(t, norm, qs)
		toks := Tokenize(norm)
		sents := Sentences(norm, toks, qs)
		prev := 0
		for _, s := range sents {
			if s.First < prev || s.Last <= s.First || s.Last > len(toks) || s.Start != toks[s.First].Start || s.End != toks[s.Last-1].End {
				t.Fatalf("bad sentence %+v after token %d of %d", s, prev, len(toks))
			}
			prev = s.Last
		}
		if len(toks) > 0 && prev != len(toks) {
			t.Fatalf("sentences cover %d of %d tokens", prev, len(toks))
		}
	})
}

// TestFuzzCorpusIsKept makes sure the committed fuzz corpus directories
// exist, so a regression found by fuzzing stays a test.
func TestFuzzCorpusIsKept(t *testing.T) {
	for _, dir := range []string{"testdata/fuzz/FuzzTokenize", "testdata/fuzz/FuzzQuotations"} {
		if _, err := os.Stat(dir); err != nil {
			t.Errorf("fuzz corpus %s: %v", dir, err)
		}
	}
}
