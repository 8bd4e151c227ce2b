package arabic

import "marsad"

// Sent is a sentence of a normalized text: its code-point range, its token
// range [First, Last) and its paragraph (line) number.
type Sent struct {
	Start, End  int
	First, Last int
	Paragraph   int
}

// maxUnsplitQuote is the longest quotation, in code points, inside which no
// sentence break is made: a quoted statement of a few sentences stays in the
// sentence of its speaker; a longer one is split like running text.
const maxUnsplitQuote = 600

// Sentences splits a tokenized normalized text into sentences. A line break
// always ends a sentence (headlines and captions have no final stop). Inside
// a line, a sentence ends after . ! ? ؟ (with any closing quotation marks and
// brackets that follow), except
//   - after a single letter (د. , م. , u.s.): an abbreviation or initial;
//   - after a list number at the start of a line ("1. ");
//   - inside a quotation of at most maxUnsplitQuote code points, so that a
//     quoted statement stays with the clause that introduces it;
//   - ".." and "…", which Arabic news uses as a dash ("بين بزشكيان ونتنياهو.. بوتين يسعى").
//
// text must be the string toks and quotes were computed on.
func Sentences(text string, toks []Tok, quotes []Quoted) []Sent {
	return sentences([]rune(text), toks, quotes)
}

// sentences is Sentences on the code points of the text.
func sentences(rs []rune, toks []Tok, quotes []Quoted) []Sent {
	var out []Sent
	inQuote := quoteMask(len(rs), quotes)
	para := 0
	first := 0 // first token of the current sentence
	lineStart := true
	flush := func(last int) {
		if last > first {
			out = append(out, Sent{Start: toks[first].Start, End: toks[last-1].End, First: first, Last: last, Paragraph: para})
		}
		first = last
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		// A line break between this token and the previous one ends the
		// sentence and the paragraph.
		if i > 0 && hasNewline(rs, toks[i-1].End, t.Start, inQuote) {
			flush(i)
			para++
			lineStart = true
		}
		if t.Kind == marsad.Punct && IsTerminal(t.Text) {
			if t.Text == "." && i > first && isAbbreviation(toks, i, first, lineStart) {
				continue
			}
			if t.Text == "." && i+1 < len(toks) && toks[i+1].Start == t.End && (toks[i+1].Kind == marsad.Word || toks[i+1].Kind == marsad.Latin) {
				continue // «بي.إف.إم», a domain name: a stop followed by a letter ends nothing
			}
			// Inside a quotation no sentence ends, except at a stop that
			// the closing mark follows directly: «… حاليا.» ends there.
			if inQuote != nil && inQuote[t.Start] &&
				!(i+1 < len(toks) && toks[i+1].Kind == marsad.QuoteMark && toks[i+1].Start == t.End && !inQuote[toks[i+1].Start]) {
				continue
			}
			// Keep closing marks with the sentence they close.
			j := i + 1
			for j < len(toks) && (toks[j].Kind == marsad.QuoteMark || toks[j].Text == ")" || toks[j].Text == "]") &&
				!hasNewline(rs, toks[j-1].End, toks[j].Start, nil) && isCloser(toks, j) {
				j++
			}
			flush(j)
			i = j - 1
			lineStart = false
			continue
		}
		if t.Kind != marsad.Punct {
			lineStart = lineStart && i == first
		}
	}
	flush(len(toks))
	return out
}

// isAbbreviation reports whether the full stop at toks[i] follows a single
// letter or a list number at the start of a line.
func isAbbreviation(toks []Tok, i, first int, lineStart bool) bool {
	prev := toks[i-1]
	if prev.End != toks[i].Start {
		return false
	}
	if (prev.Kind == marsad.Word || prev.Kind == marsad.Latin) && prev.End-prev.Start == 1 {
		return i+1 < len(toks) // a letter at the very end of the text is the end
	}
	return prev.Kind == marsad.Number && i-1 == first && lineStart
}

// isCloser reports whether the quotation mark or bracket at toks[j] closes
// something (touches the text before it) rather than opening the next sentence.
func isCloser(toks []Tok, j int) bool {
	if toks[j].Kind != marsad.QuoteMark {
		return true
	}
	return toks[j].Start == toks[j-1].End
}

// hasNewline reports whether rs has a line break in [from, to) that is not
// inside a quotation.
func hasNewline(rs []rune, from, to int, inQuote []bool) bool {
	for i := from; i < to && i < len(rs); i++ {
		if rs[i] == '\n' && (inQuote == nil || !inQuote[i]) {
			return true
		}
	}
	return false
}

// quoteMask marks the code points inside short balanced quotations.
func quoteMask(n int, quotes []Quoted) []bool {
	if len(quotes) == 0 {
		return nil
	}
	mask := make([]bool, n+1)
	for _, q := range quotes {
		if !q.Balanced() || q.End-q.Start > maxUnsplitQuote {
			continue
		}
		for k := q.Start; k < q.End; k++ {
			mask[k] = true
		}
	}
	return mask
}
