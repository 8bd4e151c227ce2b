package model

import "strings"

// LightStem strips the common proclitics and suffixes of a normalized
// Arabic word for use as a model feature (not for display): و/ف, the
// article with ب/ك/ل, and plural, dual and pronoun endings, keeping at
// least three letters.
func LightStem(w string) string {
	for _, p := range []string{"وال", "فال", "بال", "كال", "لل", "ال", "و", "ف"} {
		if rest, ok := strings.CutPrefix(w, p); ok && runeCount(rest) >= 3 {
			w = rest
			break
		}
	}
	for _, s := range []string{"هما", "ات", "ون", "ين", "ان", "ها", "هم", "يه", "ه", "ي"} {
		if rest, ok := strings.CutSuffix(w, s); ok && runeCount(rest) >= 3 {
			return rest
		}
	}
	return w
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}
