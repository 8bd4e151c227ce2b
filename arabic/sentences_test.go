package arabic

import (
	"strings"
	"testing"
)

// sentencesOf returns the sentences of text as strings of the normalized
// text.
func sentencesOf(text string) []string {
	norm, _ := Normalize(text)
	toks := Tokenize(norm)
	quotes := FindQuotations(norm)
	runes := []rune(norm)
	var out []string
	for _, s := range Sentences(norm, toks, quotes) {
		out = append(out, string(runes[s.Start:s.End]))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // normalized
	}{
		{"two sentences", "قال الرئيس إن الوضع خطير. ودعا إلى الحوار.",
			[]string{"قال الرئيس ان الوضع خطير.", "ودعا الي الحوار."}},
		{"headline without stop", "بوتين يسعى لإزالة التوتر\n\nكثفت روسيا جهودها.",
			[]string{"بوتين يسعي لازاله التوتر", "كثفت روسيا جهودها."}},
		{"decimal number", "ارتفع المؤشر 3.5 نقطة اليوم. وهبط أمس.",
			[]string{"ارتفع المؤشر 3.5 نقطه اليوم.", "وهبط امس."}},
		{"abbreviation with single letter", "وقال د. محمد البرادعي إن الوكالة مستعدة.",
			[]string{"وقال د. محمد البرادعي ان الوكاله مستعده."}},
		{"quotation spanning two sentences", "وقال: «لن نتراجع. سنواصل الضغط». ثم غادر.",
			[]string{"وقال: «لن نتراجع. سنواصل الضغط».", "ثم غادر."}},
		{"stop inside quotation before the closing mark", "قائلا: \"قوات الدفاع ترفض التعليق حاليا.\" وانتهى اللقاء.",
			[]string{"قائلا: \"قوات الدفاع ترفض التعليق حاليا.\"", "وانتهى اللقاء."}},
		{"question mark", "هل ستتدخل واشنطن؟ لا أحد يعلم.",
			[]string{"هل ستتدخل واشنطن؟", "لا احد يعلم."}},
		{"double dots are a dash", "بين بزشكيان ونتنياهو.. بوتين يسعى لإزالة التوتر",
			[]string{"بين بزشكيان ونتنياهو.. بوتين يسعي لازاله التوتر"}},
		{"unbalanced quotation does not hold the split", "قال «إن الحرب لن تنتهي. ثم صمت.",
			[]string{"قال «ان الحرب لن تنتهي.", "ثم صمت."}},
		{"list number at line start", "1. وقف إطلاق النار\n2. تبادل الأسرى",
			[]string{"1. وقف اطلاق النار", "2. تبادل الاسري"}},
		{"latin abbreviation", "قالت u.s. army إنها ستنسحب.", []string{"قالت u.s. army انها ستنسحب."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentencesOf(tt.in)
			want := make([]string, len(tt.want))
			for i, w := range tt.want {
				want[i] = NormalizeWord(w)
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("Sentences(%q) =\n%s\nwant\n%s", tt.in, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

func TestFindQuotations(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // quoted texts, normalized; "!" prefix: unbalanced
	}{
		{"curly pair", "داعيا إلى “تكثيف الجهود الدبلوماسية”.", []string{"تكثيف الجهود الدبلوماسيه"}},
		{"guillemets", "وقال «لن نتراجع» ثم غادر", []string{"لن نتراجع"}},
		{"ascii pair", `وصفه بـ "الحيوان" وأنه "سيدفع ثمناً باهظاً"`, []string{"الحيوان", "سيدفع ثمنا باهظا"}},
		{"closing mark used to open after ba", "التزامهما بـ”تنفيذ مشاريع اقتصادية”.", []string{"تنفيذ مشاريع اقتصاديه"}},
		{"reversed guillemets", "وقال »لن نتراجع« ثم غادر", []string{"لن نتراجع"}},
		{"nested", "وقال «إن ما يسمى “الحاجز الناري” وهم»", []string{"ان ما يسمي “الحاجز الناري” وهم", "الحاجز الناري"}},
		{"comma before the closing mark", `وقوع "شهداء وجرحى،" لكنها`, []string{"شهداء وجرحي،"}},
		{"unbalanced ends at its sentence", "قال «لن نتراجع. ثم صمت طويلا.", []string{"!لن نتراجع"}},
		{"unbalanced never crosses a line", "قال “لن نتراجع\nفقرة أخرى “فيها اقتباس”", []string{"!لن نتراجع", "فيها اقتباس"}},
		{"stray closing mark", "انتهى» الاجتماع", nil},
		{"marks between spaces are ignored", "قال \" نعم \" ثم", nil},
		{"a spaced mark opens when a closer touches the text later", "وأكد الوزير \" أن الأردن ثابت على موقفه\"، منوها", []string{" أن الأردن ثابت على موقفه"}},
		{"a mark after a colon and a space", "وقال المومني :\" إن هذه الأخبار كاذبة\".", []string{" إن هذه الأخبار كاذبة"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			norm, _ := Normalize(tt.in)
			runes := []rune(norm)
			qs := FindQuotations(norm)
			var got []string
			for _, q := range qs {
				s := string(runes[q.Start:q.End])
				if !q.Balanced() {
					s = "!" + s
				}
				got = append(got, s)
			}
			var want []string
			for _, w := range tt.want {
				want = append(want, NormalizeWord(w))
			}
			if strings.Join(got, " | ") != strings.Join(want, " | ") {
				t.Errorf("FindQuotations(%q) = %q, want %q", tt.in, got, want)
			}
			checkQuotations(t, norm, qs)
		})
	}
}

// checkQuotations checks the quotation finder's invariants: spans inside
// the text, ordered by opening mark, no line break inside.
func checkQuotations(t testing.TB, text string, qs []Quoted) {
	t.Helper()
	runes := []rune(text)
	prev := -1
	for _, q := range qs {
		if q.OpenAt < prev || q.Start != q.OpenAt+1 || q.End < q.Start || q.End > len(runes) {
			t.Fatalf("quotation %+v out of order or outside a text of %d code points", q, len(runes))
		}
		if q.Balanced() && (q.CloseAt != q.End || q.CloseAt >= len(runes)) {
			t.Fatalf("quotation %+v: closing mark not at its end", q)
		}
		if strings.ContainsRune(string(runes[q.Start:q.End]), '\n') {
			t.Fatalf("quotation %+v crosses a line break", q)
		}
		prev = q.OpenAt
	}
}
