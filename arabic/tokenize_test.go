package arabic

import (
	"strings"
	"testing"

	"marsad"
)

func texts(toks []Tok) string {
	s := make([]string, len(toks))
	for i, t := range toks {
		s[i] = t.Text
	}
	return strings.Join(s, " | ")
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"arabic comma and full stop", "قدم بوتين لنتنياهو مقاربات، داعيا.", "قدم | بوتين | لنتنياهو | مقاربات | ، | داعيا | ."},
		{"guillemets and question mark", "هل قال «نعم»؟", "هل | قال | « | نعم | » | ؟"},
		{"curly quotes after ba", "بـ”تنفيذ مشاريع”", "بـ | ” | تنفيذ | مشاريع | ”"},
		{"hyphenated adjectives split", "الأمريكية-الإسرائيلية", "الأمريكية | - | الإسرائيلية"},
		{"an Arabic hashtag's mark and underscores part words like spaces", "قائد محور صعدة في #الجيش_اليمني، و#السعودية #Yemen a_b", "قائد | محور | صعدة | في | الجيش | اليمني | ، | و | السعودية | # | Yemen | a | _ | b"},
		{"decimal number", "ارتفع 3.5 في المئة", "ارتفع | 3.5 | في | المئة"},
		{"dates and times", "في 12/5/2018 الساعة 10:30", "في | 12/5/2018 | الساعة | 10:30"},
		{"thousands separator", "قتل 2,000 شخص", "قتل | 2,000 | شخص"},
		{"letters glued to digits", "بـ48 ساعة", "بـ | 48 | ساعة"},
		{"latin with hyphen", "قاعدة \"T-4\" الجوية", "قاعدة | \" | T-4 | \" | الجوية"},
		{"latin abbreviation with dots", "قالت u.s. army", "قالت | u.s. | army"},
		{"double dots kept together", "ونتنياهو.. بوتين", "ونتنياهو | .. | بوتين"},
		{"brackets", "(CNN)-- رفضت", "( | CNN | ) | - | - | رفضت"},
		{"arabic semicolon", "قال؛ ثم", "قال | ؛ | ثم"},
		{"em dash", "الأمريكية — ولا سيما", "الأمريكية | — | ولا | سيما"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Tokenize works on normalized text; compare on the original
			// spans so the expectations stay readable.
			norm, m := Normalize(tt.in)
			toks := Tokenize(norm)
			checkTokens(t, norm, toks)
			orig := []rune(tt.in)
			got := make([]string, len(toks))
			for i, tk := range toks {
				end := len(orig)
				if tk.End < len(m)-1 {
					end = int(m[tk.End])
				}
				got[i] = strings.TrimSpace(string(orig[m[tk.Start]:end]))
			}
			if g := strings.Join(got, " | "); g != tt.want {
				t.Errorf("Tokenize(%q) = %s, want %s", tt.in, g, tt.want)
			}
		})
	}
}

func TestTokenKinds(t *testing.T) {
	toks := Tokenize(NormalizeWord("قال «نعم» 3 CNN، ؟ %"))
	want := []marsad.TokenKind{marsad.Word, marsad.QuoteMark, marsad.Word, marsad.QuoteMark, marsad.Number, marsad.Latin, marsad.Punct, marsad.Punct, marsad.Symbol}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens (%s), want %d", len(toks), texts(toks), len(want))
	}
	for i, k := range want {
		if toks[i].Kind != k {
			t.Errorf("token %d %q: kind %v, want %v", i, toks[i].Text, toks[i].Kind, k)
		}
	}
}

// checkTokens checks the tokenizer's invariants: spans inside the text,
// non-empty, increasing, not overlapping, and Text equal to the span.
func checkTokens(t testing.TB, text string, toks []Tok) {
	t.Helper()
	runes := []rune(text)
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(runes) {
			t.Fatalf("token %d %q has span [%d,%d) after %d in a text of %d code points", i, tk.Text, tk.Start, tk.End, prev, len(runes))
		}
		if string(runes[tk.Start:tk.End]) != tk.Text {
			t.Fatalf("token %d: Text %q, span holds %q", i, tk.Text, string(runes[tk.Start:tk.End]))
		}
		prev = tk.End
	}
}
