package arabic

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"marsad"
)

// Tok is a token of a normalized string: a half-open code-point range of it,
// its text and its kind.
type Tok struct {
	Start, End int
	Text       string
	Kind       marsad.TokenKind
}

// Tokenize splits normalized text (the output of Normalize) into words,
// numbers, punctuation marks and quotation marks. It separates punctuation
// attached to words (Arabic comma, semicolon and question mark, quotation
// marks, brackets), splits Arabic words from digits and from hyphens
// ("الأمريكية-الإسرائيلية" gives three tokens), and keeps numbers with inner
// separators (3.5, 2,000, 12/5/2018, 10:30) and Latin words with inner
// hyphens or apostrophes (T-4, o'clock) whole. The mark of an Arabic
// hashtag and the underscores joining its words are dropped like spaces
// («#الجيش_اليمني» gives two words). Clitics are not split here:
// see Segment.
//
// Offsets are code points of text, increasing, non-overlapping, non-empty.
func Tokenize(text string) []Tok {
	return tokenize(nil, text, []rune(text))
}

// tokenize is Tokenize given the code points of text, which callers that
// also need them convert once; it appends the tokens to dst[:0].
func tokenize(dst []Tok, text string, runes []rune) []Tok {
	toks := slices.Grow(dst[:0], len(text)/6)
	// Tokens are emitted in text order, so the byte offset of a token's
	// start and end is found by walking on from the previous token's end:
	// Text slices the original string rather than allocate.
	at, atByte := 0, 0 // a code-point offset and its byte offset
	byteAt := func(i int) int {
		for ; at < i; at++ {
			atByte += utf8.RuneLen(runes[at])
		}
		return atByte
	}
	emit := func(s, e int, k marsad.TokenKind) {
		b := byteAt(s)
		toks = append(toks, Tok{Start: s, End: e, Text: text[b:byteAt(e)], Kind: k})
	}
	n := len(runes)
	for i := 0; i < n; {
		r := runes[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case (r == '#' || r == '_' && i > 0 && IsArabicLetter(runes[i-1])) && i+1 < n && IsArabicLetter(runes[i+1]):
			// A hashtag's mark and the underscores between its words
			// («#الجيش_اليمني») separate words like a space: the words
			// are the army of Yemen, whatever the typography.
			i++
		case IsArabicLetter(r):
			j := i + 1
			for j < n && IsArabicLetter(runes[j]) {
				j++
			}
			emit(i, j, marsad.Word)
			i = j
		case isDigit(r):
			j := i + 1
			for j < n {
				if isDigit(runes[j]) {
					j++
				} else if j+1 < n && isNumberSep(runes[j]) && isDigit(runes[j+1]) {
					j += 2
				} else {
					break
				}
			}
			// A Latin letter run glued to digits (4g, 3d) stays one token.
			if j < n && isLatinLetter(runes[j]) {
				for j < n && (isLatinLetter(runes[j]) || isDigit(runes[j])) {
					j++
				}
				emit(i, j, marsad.Latin)
			} else {
				emit(i, j, marsad.Number)
			}
			i = j
		case unicode.IsLetter(r) || unicode.IsMark(r):
			j := i + 1
			for j < n {
				c := runes[j]
				if (unicode.IsLetter(c) && !IsArabicLetter(c)) || unicode.IsMark(c) || isDigit(c) {
					j++
				} else if j+1 < n && (c == '-' || c == '\'' || c == rightSingle || c == '.' && j+2 < n && runes[j+2] == '.') &&
					(isLatinLetter(runes[j+1]) || isDigit(runes[j+1])) {
					// inner hyphen or apostrophe, or a dotted abbreviation (u.s.)
					j += 2
				} else {
					break
				}
			}
			// The final stop of a dotted abbreviation (u.s.) belongs to it.
			if j < n && runes[j] == '.' && j-i >= 3 && runes[j-2] == '.' {
				j++
			}
			emit(i, j, marsad.Latin)
			i = j
		case isQuoteMark(r):
			emit(i, i+1, marsad.QuoteMark)
			i++
		case r == '.':
			j := i + 1
			for j < n && runes[j] == '.' {
				j++
			}
			emit(i, j, marsad.Punct)
			i = j
		case isPunct(r):
			emit(i, i+1, marsad.Punct)
			i++
		default:
			emit(i, i+1, marsad.Symbol)
			i++
		}
	}
	return toks
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isLatinLetter(r rune) bool { return unicode.IsLetter(r) && !IsArabicLetter(r) }

func isNumberSep(r rune) bool { return r == '.' || r == ',' || r == '/' || r == ':' || r == '-' }

// isQuoteMark reports quotation marks. The ASCII apostrophe and the right
// single quotation mark are quote marks only when they are not inside a word
// (Tokenize keeps them inside Latin words).
func isQuoteMark(r rune) bool {
	switch r {
	case '"', leftDouble, rightDouble, lowDouble, leftGuillemet, rightGuillemet,
		leftSingle, rightSingle, '\'', leftSingleAngle, rightSingleAngle:
		return true
	}
	return false
}

// isPunct reports sentence and clause punctuation.
func isPunct(r rune) bool {
	switch r {
	case ',', arabicComma, ';', arabicSemicolon, ':', '!', '?', arabicQuestion, ellipsis,
		arabicFullStop, '-', enDash, emDash, '\u2012', '\u2015':
		return true
	}
	return false
}

// IsTerminal reports whether a punctuation token can end a sentence: a
// single full stop, ! ? ؟ or the Urdu-style full stop. Runs of dots and the
// ellipsis are not: Arabic news uses them as dashes.
func IsTerminal(tok string) bool {
	switch tok {
	case ".", "!", "?", string(arabicQuestion), string(arabicFullStop):
		return true
	}
	return false
}
