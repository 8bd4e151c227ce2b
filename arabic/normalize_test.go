package arabic

import (
	"fmt"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"alef hamza above", "أكد", "اكد"},
		{"alef hamza below", "إيران", "ايران"},
		{"alef madda", "آية الله", "ايه الله"},
		{"alef wasla", "ٱلله", "الله"},
		{"taa marbuta", "الحكومة الإيرانية", "الحكومه الايرانيه"},
		{"alef maksura", "على مستوى", "علي مستوي"},
		{"tatweel", "بـ”الخطاب", "ب”الخطاب"},
		{"diacritics", "داعيًا مؤكّدًا", "داعيا مؤكدا"},
		{"shadda and sukun", "شدّد", "شدد"},
		{"hamza on waw and yeh kept", "رئيس مسؤول", "رئيس مسؤول"},
		{"decomposed hamza joins waw", "مسو\u0654ول", "مسؤول"},
		{"arabic-indic digits", "١٢ أيار ٢٠١٨", "12 ايار 2018"},
		{"persian digits", "۱۴۰۲", "1402"},
		{"arabic decimal separator", "٣٫٥٪", "3.5%"},
		{"persian yeh and keheh", "پزشکیان", "پزشكيان"},
		{"lam-alef ligature", "\uFEFBمركزية", "لامركزيه"},
		{"presentation forms", "\uFE8D\uFEDF\uFEE0\uFEEA", "الله"},
		{"zero width and bidi controls", "روسيا\u200F \u200Bو\u202Bإيران\u202C", "روسيا وايران"},
		{"no-break space", "وتحاول\u00a0الدبلوماسية", "وتحاول الدبلوماسيه"},
		{"latin lower-cased", "CNN T-4", "cnn t-4"},
		{"carriage returns", "سطر\r\nسطر\rسطر", "سطر\nسطر\nسطر"},
		{"byte order mark", "\uFEFFنص", "نص"},
		{"fullwidth latin", "ＲＴ", "rt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, m := Normalize(tt.in)
			if got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			checkNormMap(t, tt.in, got, m)
			if again, _ := Normalize(got); again != got {
				t.Errorf("Normalize is not idempotent on %q: %q then %q", tt.in, got, again)
			}
		})
	}
}

// checkNormMap checks the offset map's invariants: one entry per code
// point of norm plus a final one, non-decreasing, inside the original.
func checkNormMap(t testing.TB, in, norm string, m []int32) {
	t.Helper()
	n := int32(utf8.RuneCountInString(in))
	if len(m) != utf8.RuneCountInString(norm)+1 {
		t.Fatalf("Normalize(%q): map has %d entries for %d code points", in, len(m), utf8.RuneCountInString(norm))
	}
	if m[len(m)-1] != n {
		t.Fatalf("Normalize(%q): final map entry %d, want %d", in, m[len(m)-1], n)
	}
	for i := 1; i < len(m); i++ {
		if m[i] < m[i-1] {
			t.Fatalf("Normalize(%q): map decreases at %d: %v", in, i, m)
		}
		if m[i-1] >= n {
			t.Fatalf("Normalize(%q): map entry %d = %d outside the text", in, i-1, m[i-1])
		}
	}
}

func TestNormalizeMapsBack(t *testing.T) {
	in := "وشدّدت روسيا على موقفها"
	norm, m := Normalize(in)
	runes := []rune(in)
	// Every normalized letter maps to the original letter it came from.
	for i, r := range []rune(norm) {
		orig := runes[m[i]]
		if got, _ := Normalize(string(orig)); got != string(r) {
			t.Errorf("norm[%d] = %q maps to %q", i, r, orig)
		}
	}
}

func ExampleNormalize() {
	norm, offsets := Normalize("أكّد الرئيسُ")
	fmt.Println(norm)
	fmt.Println(offsets)
	// Output:
	// اكد الرئيس
	// [0 1 3 4 5 6 7 8 9 10 12]
}
