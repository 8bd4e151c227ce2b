package lexicon

import (
	"strings"

	"marsad/arabic"
)

// The functions below generate the inflected forms the pattern language of
// data/README.md promises. They take the entry as written (so a final hamza,
// بدأ, is not mistaken for a weak letter, بدا) and return normalized forms;
// clitics are left to arabic.Segment.

const (
	hehN  = "ه" // normalized taa marbuta
	yehN  = "ي"
	alefN = "ا"
	wawN  = "و"
)

// normalizeAll normalizes generated forms and removes duplicates.
func normalizeAll(forms []string) []string {
	for i, f := range forms {
		forms[i] = arabic.NormalizeWord(f)
	}
	return dedupe(forms)
}

// Adjective returns the forms of a nisba adjective or participle given in
// its masculine singular (ايراني, مؤكد): feminine, sound plurals, duals, the
// accusative with alef, each also with the article ال.
func Adjective(surface string) []string {
	base := arabic.NormalizeWord(surface)
	var forms []string
	switch weak := strings.TrimSuffix(base, yehN); {
	case weak != base && runes(weak) >= 2 && !isNisba(base):
		// A defective participle written with its ي (داعي): داع, داعيا, داعون.
		forms = append(forms, weak, weak+"ون", weak+"ين")
	case runes(base) == 3 && !strings.HasSuffix(base, yehN) && !strings.HasSuffix(base, hehN):
		// Written without its ي (داع, ناف, مبد): no sound participle is this
		// short, so the final ي was dropped: داعيا, داعية, داعين, داعون.
		forms = append(forms, base, base+"ون", base+"ين")
		base += yehN
	}
	forms = append(forms, base, base+alefN, base+hehN, base+"ون", base+"ين", base+"ان", base+"ات", base+"تان", base+"تين", base+hehN+alefN)
	return withArticle(dedupe(forms))
}

// AdjectivePhrase inflects a multi-word nisba phrase (كوري جنوبي) in
// agreement: every word takes the same ending (الكورية الجنوبية). Words are
// normalized nisba adjectives; phrases are returned space-joined.
func AdjectivePhrase(words []string) []string {
	if len(words) == 1 {
		return Adjective(words[0])
	}
	var out []string
	for _, suf := range []string{"", alefN, hehN, "ون", "ين", "ان", "ات", "تان", "تين", hehN + alefN} {
		for _, art := range []string{"", "ال"} {
			parts := make([]string, len(words))
			for i, w := range words {
				parts[i] = art + w + suf
			}
			out = append(out, strings.Join(parts, " "))
		}
	}
	return out
}

// isNisba reports whether a word ending in ي is a nisba adjective (ends in
// يّ: the letter before the final ي is a consonant, not part of a defective
// root). Nisba adjectives keep their ي in every form; we recognise the
// common shapes by the letters before the ي.
func isNisba(w string) bool {
	// Defective participles written with their final ي are short (داعي,
	// ساعي, ماضي: four letters with alef second). Everything else ending in
	// ي is treated as nisba (إيراني, أمريكي, روسي).
	r := []rune(w)
	return !(len(r) == 4 && string(r[1]) == alefN)
}

// Noun returns the forms of a noun or verbal noun: the accusative with
// alef, the sound feminine plural (ة replaced), the duals, each also with
// the article.
func Noun(surface string) []string {
	base := arabic.NormalizeWord(surface)
	forms := []string{base}
	if stem, ok := strings.CutSuffix(base, hehN); ok {
		forms = append(forms, stem+"ات", stem+"تان", stem+"تين", stem+"تا", stem+"تي")
	} else {
		forms = append(forms, base+alefN, base+"ات", base+"ان", base+"ين")
	}
	return withArticle(dedupe(forms))
}

// Verb returns the third-person forms of a verb given by its 3rd person
// masculine singular past and present as written (أكد / يؤكد, دعا / يدعو,
// نفى / ينفي, تلقى / يتلقى, بدأ / يبدأ).
func Verb(pastSurface, presentSurface string) []string {
	return normalizeAll(append(pastForms(pastSurface), presentForms(presentSurface)...))
}

// VerbPresent returns only the present (imperfect) forms of Verb.
func VerbPresent(presentSurface string) []string {
	return normalizeAll(presentForms(presentSurface))
}

// VerbFirstPerson returns the first-person plural present forms of a verb
// given by its present as written (يدين → ندين, يطالب → نطالب, يدعو →
// ندعو): the voice of a quotation («ندين هذا الهجوم») and of a delegation's
// statement. Only forms of four letters or more are made: a shorter one is
// too often a noun (ن+صر = نصر, ن+عم = نعم, ن+قل = نقل). The singular
// أ+stem is left out: it is a comparative or a Form IV past too often (أكثر,
// أكرم).
func VerbFirstPerson(presentSurface string) []string {
	present := weakAware(presentSurface)
	s, ok := strings.CutPrefix(present, yehN)
	if !ok || runes(s) < 3 {
		return nil
	}
	return normalizeAll(restoreHamza([]string{"ن" + s}))
}

// pastForms: third person only (he, she, they, the two). First- and
// second-person forms are rare outside quotations and collide with nouns
// (ضم+ن = ضمن "within").
func pastForms(surface string) []string {
	past := weakAware(surface)
	forms := []string{past}
	if stem, weak := cutWeak(past); weak {
		forms = append(forms, stem+"ت", stem+"وا", stem+"تا")
		if strings.HasSuffix(past, yehN) {
			forms = append(forms, past+"ا")
		}
	} else {
		forms = append(forms, past+"ت", past+"وا", past+"ا", past+"تا")
	}
	return restoreHamza(forms)
}

// presentForms: third person with ي and ت (he, she, they). The first-person
// prefixes ا and ن are left out for the same reason (ن+صر = نصر).
func presentForms(surface string) []string {
	present := weakAware(surface)
	s, ok := strings.CutPrefix(present, yehN)
	if !ok || s == "" {
		if present == "" {
			return nil
		}
		return restoreHamza([]string{present})
	}
	var forms []string
	short, weak := cutWeak(s)
	for _, p := range []string{"ي", "ت"} {
		forms = append(forms, p+s)
		if weak && runes(short) >= 2 {
			forms = append(forms, p+short) // jussive: لم يدع
		}
		if weak {
			forms = append(forms, p+short+"ون", p+short+"وا", p+s+"ان", p+s+"ا")
		} else {
			forms = append(forms, p+s+"ون", p+s+"ان", p+s+"وا", p+s+"ا")
		}
	}
	return restoreHamza(forms)
}

func restoreHamza(forms []string) []string {
	for i, f := range forms {
		forms[i] = strings.ReplaceAll(f, hamzaStandIn, "ا")
	}
	return forms
}

// hamzaStandIn replaces a final alef with hamza while forms are generated,
// so that cutWeak does not take it for a weak alef. It is a code point that
// never occurs in Arabic words (U+E000, private use).
const hamzaStandIn = "\uE000"

// weakAware normalizes a verb form, keeping a final hamza on alef (أ) as a
// consonant.
func weakAware(surface string) string {
	if w, ok := strings.CutSuffix(surface, "أ"); ok {
		return arabic.NormalizeWord(w) + hamzaStandIn
	}
	return arabic.NormalizeWord(surface)
}

// cutWeak removes a final weak letter (ا, ي, و) and reports whether there was one.
func cutWeak(w string) (string, bool) {
	for _, s := range []string{alefN, yehN, wawN} {
		if stem, ok := strings.CutSuffix(w, s); ok && runes(stem) >= 2 {
			return stem, true
		}
	}
	return w, false
}

// withArticle adds the ال form of every form. A form that begins with ال
// gets one too: after normalization «ألماني» is «الماني», whose ال is part
// of the word, and «الألمانية» is «ال» + «المانيه» (a doubled article on a
// word that really has one never occurs in text, so it costs nothing).
func withArticle(forms []string) []string {
	out := forms
	for _, f := range forms {
		out = append(out, "ال"+f)
	}
	return out
}

func dedupe(forms []string) []string {
	seen := make(map[string]bool, len(forms))
	out := forms[:0]
	for _, f := range forms {
		if f != "" && !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

func runes(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}
