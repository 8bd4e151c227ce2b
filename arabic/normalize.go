// Package arabic analyses Arabic text for matching: normalization with an
// offset map back to the original, tokenization, clitic segmentation,
// sentence splitting and quotation spans. Its functions are pure: no I/O, no
// global state beyond constant tables.
//
// Every function that returns positions returns code-point offsets into the
// string it was given; the Analyzer stage maps them back to Document.Text.
package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the matching form of text and, for every code point of
// that form, the offset of the code point of text it came from; the map has
// one extra final entry, the number of code points in text.
//
// The steps, applied code point by code point, are (each is a named function
// below, tested on its own):
//   - presentation forms (U+FB50–FDFF, U+FE70–FEFF) and fullwidth forms are
//     replaced by their compatibility decomposition (ﻻ → لا);
//   - diacritics, Quranic marks, tatweel and zero-width and bidi control
//     characters are dropped; a combining hamza joins the letter before it
//     (و + ٔ → ؤ) and combining madda or hamza on alef are dropped with it;
//   - alef with hamza or madda, and wasla, become bare alef; taa marbuta
//     becomes heh; alef maksura becomes yeh; Persian kaf, yeh and heh forms
//     become their Arabic letters;
//   - Arabic-Indic and Persian digits become ASCII digits, and the Arabic
//     decimal and thousands separators and percent sign become . , %;
//   - no-break and other spaces become a space, carriage returns a line feed
//     (or disappear before one);
//   - letters outside the Arabic script are lower-cased.
//
// Hamza on waw and yeh (ؤ ئ) and bare hamza (ء) are kept: folding them would
// merge different words. Normalize is idempotent.
func Normalize(text string) (string, []int32) {
	var b strings.Builder
	b.Grow(len(text))
	// Code points are encoded into a buffer on the stack and written to b
	// a chunk at a time: a method call per code point costs more.
	var chunk [512]byte
	c := chunk[:0]
	put := func(r rune) {
		if r < utf8.RuneSelf {
			c = append(c, byte(r))
		} else {
			c = utf8.AppendRune(c, r)
		}
		if len(c) > len(chunk)-utf8.UTFMax {
			b.Write(c)
			c = c[:0]
		}
	}
	m := make([]int32, 0, utf8.RuneCountInString(text)+1)
	var i int32 // code-point index in text
	for pos := 0; pos < len(text); {
		r, size := utf8.DecodeRuneInString(text[pos:])
		pos += size
		if r == '\r' {
			if pos < len(text) && text[pos] == '\n' {
				i++
				continue
			}
			r = '\n'
		}
		if isPresentationForm(r) {
			for _, d := range norm.NFKC.String(string(r)) {
				if out, ok := foldRune(d); ok {
					put(out)
					m = append(m, i)
				}
			}
			i++
			continue
		}
		if r == hamzaAboveMark && len(m) > 0 {
			// A decomposed hamza joins the letter before it.
			b.Write(c)
			c = c[:0]
			if last, n := lastRune(b.String()); last == waw || last == yeh {
				s := b.String()[:b.Len()-n]
				b.Reset()
				b.WriteString(s)
				if last == waw {
					b.WriteRune(wawHamza)
				} else {
					b.WriteRune(yehHamza)
				}
			}
			i++
			continue
		}
		if out, ok := foldRune(r); ok {
			put(out)
			m = append(m, i)
		}
		i++
	}
	b.Write(c)
	return b.String(), append(m, i)
}

// NormalizeWord returns the matching form of s, without an offset map. It is
// what lexicon loaders use for their entries.
func NormalizeWord(s string) string {
	n, _ := Normalize(s)
	return n
}

// foldRune maps one code point to its matching form; ok is false when the
// code point is dropped.
func foldRune(r rune) (rune, bool) {
	// Fast path: the plain Arabic letters that need no folding.
	if r >= hamza && r <= yeh && r != tatweel {
		switch r {
		case alefHamzaAbove, alefHamzaBelow, alefMadda, tehMarbuta, alefMaksura:
		default:
			return r, true
		}
	}
	switch {
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A'), true
		}
		return r, true
	case isDroppedMark(r), isInvisible(r):
		return 0, false
	}
	if out, ok := foldLetter(r); ok {
		return out, true
	}
	if out, ok := foldDigit(r); ok {
		return out, true
	}
	if isSpace(r) {
		return ' ', true
	}
	if r >= 0xFF01 && r <= 0xFF5E { // fullwidth ASCII
		return foldRune(r - 0xFF01 + '!')
	}
	if unicode.IsUpper(r) && !isArabicScript(r) {
		return unicode.ToLower(r), true
	}
	return r, true
}

// isDroppedMark reports diacritics (harakat, shadda, sukun, combining
// madda/hamza), the dagger alef, Quranic annotation marks and tatweel.
func isDroppedMark(r rune) bool {
	return r == tatweel || (r >= fathatan && r <= lastHaraka) || r == superscriptAlef ||
		(r >= quranicFirst && r <= quranicLast && r != '\u06E5' && r != '\u06E6')
}

// isInvisible reports zero-width characters, bidi controls, the byte order
// mark and the soft hyphen.
func isInvisible(r rune) bool {
	switch {
	case r >= 0x200B && r <= 0x200F, // ZWSP, ZWNJ, ZWJ, LRM, RLM
		r >= 0x202A && r <= 0x202E, // LRE … RLO
		r >= 0x2060 && r <= 0x2064, // word joiner, invisible operators
		r >= 0x2066 && r <= 0x2069, // isolates
		r == byteOrderMark, r == arabicLetterMark, r == softHyphen:
		return true
	}
	return false
}

// foldLetter unifies letter variants that Arabic spelling uses
// interchangeably.
func foldLetter(r rune) (rune, bool) {
	switch r {
	case alefHamzaAbove, alefHamzaBelow, alefMadda, alefWasla, alefWavyAbove, alefWavyBelow, highHamzaAlef:
		return alef, true
	case tehMarbuta, hehYehAbove, aeArabic, hehGoal, hehDoachashmee:
		return heh, true
	case alefMaksura, farsiYeh, yehBarree:
		return yeh, true
	case kehehPersian:
		return kaf, true
	case '\u06E5': // small waw
		return waw, true
	case '\u06E6': // small yeh
		return yeh, true
	}
	return 0, false
}

// foldDigit maps Arabic-Indic and Persian digits and Arabic number
// punctuation to ASCII.
func foldDigit(r rune) (rune, bool) {
	switch {
	case r >= arabicZero && r <= arabicNine:
		return '0' + (r - arabicZero), true
	case r >= persianZero && r <= persianNine:
		return '0' + (r - persianZero), true
	case r == arabicDecimal:
		return '.', true
	case r == arabicThousands:
		return ',', true
	case r == arabicPercent:
		return '%', true
	}
	return 0, false
}

// isSpace reports horizontal spaces other than the ASCII ones.
func isSpace(r rune) bool {
	return r == noBreakSpace || (r >= 0x2000 && r <= 0x200A) || r == 0x202F || r == 0x205F || r == 0x3000 || r == '\u1680'
}

func isPresentationForm(r rune) bool {
	return (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFE)
}

func isArabicScript(r rune) bool {
	return (r >= 0x0600 && r <= 0x06FF) || (r >= 0x0750 && r <= 0x077F) || (r >= 0x08A0 && r <= 0x08FF) ||
		(r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF)
}

// IsArabicLetter reports whether r is a letter of the Arabic script after
// normalization.
func IsArabicLetter(r rune) bool {
	if r >= hamza && r <= yeh {
		return r != tatweel
	}
	return isArabicScript(r) && unicode.IsLetter(r)
}

func lastRune(s string) (rune, int) {
	return utf8.DecodeLastRuneInString(s)
}
