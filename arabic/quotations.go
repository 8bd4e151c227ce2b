package arabic

import "unicode"

// Quoted is a quotation found in a normalized string, in its code points.
type Quoted struct {
	Start, End      int // the quoted text, without marks
	OpenAt, CloseAt int // positions of the marks; CloseAt = -1 if unbalanced
	Depth           int // nesting depth, 0 outermost
}

// Balanced reports whether the quotation found its closing mark.
func (q Quoted) Balanced() bool { return q.CloseAt >= 0 }

// markFamily groups quotation marks that pair with each other. Arabic text
// mixes conventions: “…”, «…», "…", and also ”…” (the closing mark used to
// open, often after بـ) or »…« (guillemets reversed by right-to-left
// editors), so every mark of a family may open or close and its neighbours
// decide which.
func markFamily(r rune) int {
	switch r {
	case leftDouble, rightDouble, lowDouble:
		return 1
	case leftGuillemet, rightGuillemet:
		return 2
	case '"':
		return 3
	case leftSingle, rightSingle:
		return 4
	case leftSingleAngle, rightSingleAngle:
		return 5
	}
	return 0
}

// preferredOpen reports whether r is, typographically, an opening mark.
func preferredOpen(r rune) bool {
	return r == leftDouble || r == lowDouble || r == leftGuillemet || r == leftSingle || r == leftSingleAngle
}

// maxQuoteLen bounds a quotation, in code points. A pair further apart than
// this is treated as two stray marks: no news quotation is this long, and it
// keeps one stray mark from swallowing the rest of a long paragraph.
const maxQuoteLen = 3000

// FindQuotations returns the quotations of a normalized text, ordered by
// their opening mark. A quotation never crosses a line break. A mark that
// finds no partner is reported as an unbalanced quotation that ends at the
// next mark of another family that closes, at the end of its sentence-final
// punctuation, or at the end of the line, whichever comes first — it never
// runs past its paragraph. Nested quotations («… “…” …») get Depth 1.
func FindQuotations(text string) []Quoted {
	return findQuotations([]rune(text))
}

// findQuotations is FindQuotations on the code points of a text.
func findQuotations(runes []rune) []Quoted {
	var out []Quoted
	type open struct {
		at, fam int
	}
	var stack []open
	flushLine := func(lineEnd int) {
		for len(stack) > 0 {
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			end := unbalancedEnd(runes, o.at+1, lineEnd)
			if end > o.at+1 {
				out = append(out, Quoted{Start: o.at + 1, End: end, OpenAt: o.at, CloseAt: -1, Depth: len(stack)})
			}
		}
	}
	for i, r := range runes {
		if r == '\n' {
			flushLine(i)
			continue
		}
		fam := markFamily(r)
		if fam == 0 {
			continue
		}
		prev, next := rune(' '), rune(' ')
		if i > 0 {
			prev = runes[i-1]
		}
		if i+1 < len(runes) {
			next = runes[i+1]
		}
		canOpen := !unicode.IsSpace(next) && !isClosingPunct(next)
		canClose := !unicode.IsSpace(prev) || isClosingPunct(prev)
		if i == 0 || prev == '\n' {
			canClose = false
		}
		// Find the innermost open mark of the same family.
		k := -1
		for j := len(stack) - 1; j >= 0; j-- {
			if stack[j].fam == fam {
				k = j
				break
			}
		}
		// With a mark of its family open, a mark that touches the text before
		// it closes; otherwise a mark that touches the text after it opens.
		// A typographic opener (“ «) preceded by a space never closes.
		if k < 0 && !canOpen && unicode.IsSpace(next) && openerBefore(runes, i) && letterAfter(runes, i+1) && closerLater(runes, i, fam) {
			// «وزير الإعلام " أن الأردن …"،», «وقال المومني :" إن …".»: a
			// mark set apart by spaces opens when none of its family is
			// open, a clause follows, and a mark of its family later on
			// the line closes against the text.
			canOpen = true
		}
		closeHere := k >= 0 && canClose && !(preferredOpen(r) && unicode.IsSpace(prev))
		if closeHere && i-stack[k].at > maxQuoteLen {
			// Too far apart to be a pair: the old mark was stray.
			stack = append(stack[:k], stack[k+1:]...)
			closeHere = false
		}
		switch {
		case closeHere:
			// Marks opened inside and never closed were stray: drop them.
			o := stack[k]
			stack = stack[:k]
			if i > o.at+1 {
				out = append(out, Quoted{Start: o.at + 1, End: i, OpenAt: o.at, CloseAt: i, Depth: k})
			}
		case canOpen:
			stack = append(stack, open{at: i, fam: fam})
		}
	}
	flushLine(len(runes))
	sortQuoted(out)
	return out
}

// openerBefore reports whether what stands before position i lets a mark
// open there: a space, a colon, or the start of a line.
func openerBefore(runes []rune, i int) bool {
	if i == 0 {
		return true
	}
	p := runes[i-1]
	return unicode.IsSpace(p) || p == ':'
}

// closerLater reports whether a mark of family fam after position i, on the
// same line, touches the text before it (a closing mark).
func closerLater(runes []rune, i, fam int) bool {
	for j := i + 1; j < len(runes) && runes[j] != '\n'; j++ {
		if markFamily(runes[j]) == fam && !unicode.IsSpace(runes[j-1]) {
			return true
		}
	}
	return false
}

// letterAfter reports whether the first non-space code point from position
// from, on the same line, is a letter.
func letterAfter(runes []rune, from int) bool {
	for j := from; j < len(runes) && j < from+3; j++ {
		switch r := runes[j]; {
		case r == '\n':
			return false
		case unicode.IsSpace(r):
			continue
		default:
			return unicode.IsLetter(r)
		}
	}
	return false
}

// unbalancedEnd chooses where a quotation without a closing mark ends: at
// the first sentence-final punctuation followed by a space, or at lineEnd.
func unbalancedEnd(runes []rune, from, lineEnd int) int {
	for j := from; j < lineEnd; j++ {
		switch runes[j] {
		case '.', '!', '?', arabicQuestion:
			if j+1 >= lineEnd || unicode.IsSpace(runes[j+1]) {
				return j
			}
		}
	}
	end := lineEnd
	for end > from && unicode.IsSpace(runes[end-1]) {
		end--
	}
	return end
}

func isClosingPunct(r rune) bool {
	switch r {
	case '.', ',', arabicComma, ';', arabicSemicolon, ':', '!', '?', arabicQuestion, ')', ']', ellipsis:
		return true
	}
	return false
}

// sortQuoted orders quotations by opening position (insertion sort: the
// list is short and nearly sorted).
func sortQuoted(q []Quoted) {
	for i := 1; i < len(q); i++ {
		for j := i; j > 0 && q[j].OpenAt < q[j-1].OpenAt; j-- {
			q[j], q[j-1] = q[j-1], q[j]
		}
	}
}
