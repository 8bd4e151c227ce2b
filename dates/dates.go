// Package dates finds date expressions in Arabic sentences and resolves them
// against a publication date: أمس, أول أمس, اليوم, غدا, weekday names,
// الأسبوع الماضي, "اليوم نفسه", and explicit dates in both month-name
// systems (9 نيسان/أبريل 2018, 12 أيار/مايو) or in digits (12/5/2018),
// Arabic-Indic digits included (normalization made them ASCII).
package dates

import (
	"strconv"
	"strings"
	"time"

	"marsad"
	"marsad/lexicon"
)

// Kind says how an expression fixes its day.
type Kind uint8

// Expression kinds.
const (
	Relative Kind = iota // days from the publication date (أمس)
	Weekday              // a weekday name, resolved to the nearest such day
	Absolute             // a calendar date
	SameDay              // "the same day": the date of the event before
	Year                 // a year alone (عام 2013, في 2013), or a month and year (أبريل 2014): dates a past act to its first day
)

// Expr is a date expression found in a token range.
type Expr struct {
	First, Last int // tokens [First, Last)
	Kind        Kind
	Days        int // Relative: offset in days
	Weekday     time.Weekday
	Year        int // Absolute: 0 if the text gives none
	Years       int // Year: years from the publication year (العام الماضي: -1); 0 if the text names the year
	Month       time.Month
	Day         int
	Text        string // the tokens' normalized text, for provenance
}

// Find returns the date expressions in tokens [first, last), in order.
func Find(toks []marsad.Token, first, last int, lex *lexicon.Dates) []Expr {
	var out []Expr
	for i := first; i < last; i++ {
		if e, ok := absoluteAt(toks, i, last, lex); ok {
			out = append(out, e)
			i = e.Last - 1
			continue
		}
		if e, ok := monthAloneAt(toks, i, last, lex); ok {
			out = append(out, e)
			i = e.Last - 1
			continue
		}
		if e, ok := monthYearAt(toks, i, last, lex); ok {
			out = append(out, e)
			i = e.Last - 1
			continue
		}
		if e, ok := yearAt(toks, i, last); ok {
			out = append(out, e)
			i = e.Last - 1
			continue
		}
		ms := lex.Index.At(toks, i)
		if len(ms) == 0 {
			continue
		}
		m := ms[0]
		if m.Val.Kind == "ago" {
			if e, ok := agoAt(toks, i, m.Last, last, m.Val.Value, lex); ok {
				out = append(out, e)
				i = e.Last - 1
			}
			continue
		}
		if m.Last > last || m.Seg.Suf != "" || m.Seg.Fut {
			continue
		}
		w := m.Val
		e := Expr{First: i, Last: m.Last, Text: text(toks, i, m.Last)}
		switch w.Kind {
		case "relative":
			e.Kind, e.Days = Relative, w.Value
		case "week":
			e.Kind, e.Days = Relative, 7*w.Value
		case "month-rel":
			e.Kind, e.Days = Relative, 30*w.Value
		case "year-rel":
			e.Kind, e.Years = Year, w.Value
		case "sameday":
			e.Kind = SameDay
		case "weekday":
			if !weekdayContext(toks, i) {
				continue
			}
			e.Kind, e.Weekday = Weekday, time.Weekday(w.Value)
		default:
			continue // a month name without a day is not a day; a length of time alone is none
		}
		out = append(out, e)
		i = m.Last - 1
	}
	return out
}

// maxAgoDays bounds how far back «قبل …» counts: a year (months count as 30
// days; the date of «قبل ستة أشهر» is approximate, as the text is).
const maxAgoDays = 366

// agoAt reads a time counted from the publication date at token i, whose
// word (dir -1: «قبل») ends at token j:
// «قبل يومين», «قبل أسبوع», «قبل ثلاثة أيام», «قبل 10 أيام». Not «قبل
// يومين من الانتخابات» (two days before another event), and not a length
// beyond maxAgoDays.
func agoAt(toks []marsad.Token, i, j, last, dir int, lex *lexicon.Dates) (Expr, bool) {
	kindAt := func(j int) (lexicon.DateWord, int, bool) {
		if j >= last {
			return lexicon.DateWord{}, 0, false
		}
		ms := lex.Index.At(toks, j)
		if len(ms) == 0 || ms[0].Last > last || ms[0].Seg.Suf != "" || ms[0].Seg.Fut {
			return lexicon.DateWord{}, 0, false
		}
		return ms[0].Val, ms[0].Last, true
	}
	count := 1
	if j < last && toks[j].Kind == marsad.Number {
		n, err := strconv.Atoi(toks[j].Norm)
		if err != nil {
			return Expr{}, false
		}
		count, j = n, j+1
	} else if c, next, ok := kindAt(j); ok && c.Kind == "count" {
		count, j = c.Value, next
	}
	u, end, ok := kindAt(j)
	switch {
	case !ok:
		return Expr{}, false
	case u.Kind == "span" && count == 1, u.Kind == "spans" && count > 1:
	default:
		return Expr{}, false
	}
	if end < len(toks) && toks[end].Norm == "من" {
		return Expr{}, false
	}
	days := count * u.Value
	if days > maxAgoDays {
		return Expr{}, false
	}
	return Expr{First: i, Last: end, Kind: Relative, Days: dir * days, Text: text(toks, i, end)}, true
}

// weekdayContext reports whether the weekday name at i is a day: «الاثنين»
// is also "the two" («بين الاثنين»), «الأحد» also "anyone".
func weekdayContext(toks []marsad.Token, i int) bool {
	if i == 0 {
		return true
	}
	switch toks[i-1].Norm {
	case "بين", "كلا", "من", "احد", "هذين":
		return false
	}
	return true
}

// absoluteAt reads a calendar date at token i: DAY MONTH[/MONTH] [YEAR]
// or D/M/YYYY.
func absoluteAt(toks []marsad.Token, i, last int, lex *lexicon.Dates) (Expr, bool) {
	t := toks[i]
	if t.Kind != marsad.Number {
		return Expr{}, false
	}
	if parts := strings.Split(t.Norm, "/"); len(parts) == 3 {
		d, err1 := strconv.Atoi(parts[0])
		m, err2 := strconv.Atoi(parts[1])
		y, err3 := strconv.Atoi(parts[2])
		if err1 == nil && err2 == nil && err3 == nil && valid(y, m, d) && y > 1900 {
			return Expr{First: i, Last: i + 1, Kind: Absolute, Year: y, Month: time.Month(m), Day: d, Text: t.Norm}, true
		}
		return Expr{}, false
	}
	day, err := strconv.Atoi(t.Norm)
	if err != nil || day < 1 || day > 31 || i+1 >= last {
		return Expr{}, false
	}
	j := i + 1
	// «9 و 30 نيسان»: the first day of a list takes the month that follows.
	if j+1 < last && toks[j].Norm == "و" && toks[j+1].Kind == marsad.Number {
		j += 2
	}
	if j >= last {
		return Expr{}, false
	}
	month, j, ok := monthAt(toks, j, last, lex)
	if !ok {
		return Expr{}, false
	}
	e := Expr{First: i, Kind: Absolute, Month: month, Day: day}
	if j < last && toks[j].Kind == marsad.Number {
		if y, err := strconv.Atoi(toks[j].Norm); err == nil && y > 1900 && y < 2200 {
			e.Year = y
			j++
		}
	}
	e.Last = j
	e.Text = text(toks, i, j)
	if !valid(max(e.Year, 2000), int(e.Month), e.Day) {
		return Expr{}, false
	}
	return e, true
}

// monthYearAt reads a month and a year with no day at token i: «أبريل
// 2014», «نيسان/أبريل 2018»: a Year expression with its month.
func monthYearAt(toks []marsad.Token, i, last int, lex *lexicon.Dates) (Expr, bool) {
	if n := toks[i].Norm; (n == "في" || n == "وفي" || n == "ففي") && i+1 < last {
		i++ // «في نيسان/ أبريل من عام 2005»
	}
	month, j, ok := monthAt(toks, i, last, lex)
	if !ok {
		return Expr{}, false
	}
	y, end, ok := yearAfterMonth(toks, j, last)
	if !ok {
		return Expr{}, false
	}
	return Expr{First: i, Last: end, Kind: Year, Year: y, Month: month, Text: text(toks, i, end)}, true
}

// yearAfterMonth reads the year after a month name at token j: «2014»,
// «عام 2005», «من عام 2005», «من العام 2005».
func yearAfterMonth(toks []marsad.Token, j, last int) (int, int, bool) {
	if j < last && toks[j].Norm == "من" {
		j++
	}
	if j < last && (toks[j].Norm == "عام" || toks[j].Norm == "العام") {
		j++
	}
	if j >= last || toks[j].Kind != marsad.Number || len(toks[j].Norm) != 4 {
		return 0, j, false
	}
	y, err := strconv.Atoi(toks[j].Norm)
	if err != nil || y < 1900 || y > 2100 {
		return 0, j, false
	}
	return y, j + 1, true
}

// monthAloneAt reads «في تشرين الأول/أكتوبر»: a month after في with neither
// a day nor a year — the nearest such month before the publication date
// (after it, for an act to come).
func monthAloneAt(toks []marsad.Token, i, last int, lex *lexicon.Dates) (Expr, bool) {
	if n := toks[i].Norm; n != "في" && n != "وفي" && n != "ففي" || i+1 >= last {
		return Expr{}, false // «في أكتوبر», «وفي أكتوبر/ تشرين الأول»
	}
	month, j, ok := monthAt(toks, i+1, last, lex)
	if _, _, year := yearAfterMonth(toks, j, last); !ok || year {
		return Expr{}, false // a year follows: monthYearAt's
	}
	return Expr{First: i, Last: j, Kind: Year, Month: month, Text: text(toks, i, j)}, true
}

// monthAt reads a month name at token i, with its name in the other system
// after a slash («نيسان/أبريل»), and returns the month and the token after.
func monthAt(toks []marsad.Token, i, last int, lex *lexicon.Dates) (time.Month, int, bool) {
	if i >= last {
		return 0, i, false
	}
	ms := lex.Index.At(toks, i)
	if len(ms) == 0 || ms[0].Val.Kind != "month" || ms[0].Last > last {
		return 0, i, false
	}
	j := ms[0].Last
	if j+1 < last && toks[j].Norm == "/" {
		if ms2 := lex.Index.At(toks, j+1); len(ms2) > 0 && ms2[0].Val.Kind == "month" {
			j = ms2[0].Last
		}
	}
	return time.Month(ms[0].Val.Value), j, true
}

// yearWords introduce a year written alone: «عام 2013», «في 2013».
var yearWords = map[string]bool{"عام": true, "العام": true, "عامي": true, "سنه": true, "السنه": true, "في": true, "وفي": true}

// yearAt reads a year introduced by a year word at token i.
func yearAt(toks []marsad.Token, i, last int) (Expr, bool) {
	if !yearWords[toks[i].Norm] || i+1 >= last {
		return Expr{}, false
	}
	t := toks[i+1]
	if t.Kind != marsad.Number || len(t.Norm) != 4 {
		return Expr{}, false
	}
	y, err := strconv.Atoi(t.Norm)
	if err != nil || y < 1900 || y > 2100 {
		return Expr{}, false
	}
	return Expr{First: i, Last: i + 2, Kind: Year, Year: y, Text: text(toks, i, i+2)}, true
}

func valid(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func text(toks []marsad.Token, first, last int) string {
	parts := make([]string, 0, last-first)
	for _, t := range toks[first:last] {
		parts = append(parts, t.Norm)
	}
	return strings.Join(parts, " ")
}

// Resolve returns the day an expression names. published is the
// publication day (UTC); future says whether the act it dates lies ahead
// (a planned or announced act), which decides the direction of a weekday;
// previous is the date of the event before, for "the same day". ok is false
// when the day cannot be known (no publication date, or "the same day" with
// nothing before).
func (e Expr) Resolve(published time.Time, future bool, previous time.Time) (time.Time, bool) {
	switch e.Kind {
	case SameDay:
		return previous, !previous.IsZero()
	case Year:
		// A past year (or month) dates an act to its first day (the day
		// is unknown); the current one or a later one says nothing the
		// publication date does not.
		month := e.Month
		if e.Years != 0 {
			// «العام الماضي»: the year before publication, from its first
			// day; «العام المقبل» says nothing a future act's date can use.
			if published.IsZero() || e.Years > 0 {
				return time.Time{}, false
			}
			return time.Date(published.Year()+e.Years, time.January, 1, 0, 0, 0, 0, time.UTC), true
		}
		if e.Year == 0 {
			// A month alone: the nearest one before (or, to come, after)
			// the publication date; its own month says nothing more.
			if published.IsZero() || month == published.Month() {
				return time.Time{}, false
			}
			y := published.Year()
			if !future && month > published.Month() {
				y--
			} else if future && month < published.Month() {
				y++
			}
			return time.Date(y, month, 1, 0, 0, 0, 0, time.UTC), true
		}
		if month == 0 {
			month = time.January
			if !published.IsZero() && e.Year >= published.Year() {
				return time.Time{}, false
			}
		} else if !published.IsZero() && e.Year*12+int(month) >= published.Year()*12+int(published.Month()) {
			return time.Time{}, false
		}
		return time.Date(e.Year, month, 1, 0, 0, 0, 0, time.UTC), true
	case Absolute:
		y := e.Year
		if y == 0 {
			if published.IsZero() {
				return time.Time{}, false
			}
			y = published.Year()
			day := time.Date(y, e.Month, e.Day, 0, 0, 0, 0, time.UTC)
			// Without a year, a date far ahead of the publication date of a
			// past act is last year's («28 كانون الأول» in a January report).
			if !future && day.Sub(published) > 60*24*time.Hour {
				y--
			} else if future && published.Sub(day) > 60*24*time.Hour {
				y++
			}
		}
		return time.Date(y, e.Month, e.Day, 0, 0, 0, 0, time.UTC), true
	}
	if published.IsZero() {
		return time.Time{}, false
	}
	switch e.Kind {
	case Relative:
		return published.AddDate(0, 0, e.Days), true
	case Weekday:
		diff := int(e.Weekday) - int(published.Weekday())
		if future {
			if diff < 0 {
				diff += 7 // the publication's own weekday is today: «ستعقد اجتماعا الأربعاء» on a Wednesday
			}
		} else if diff > 0 {
			diff -= 7
		}
		return published.AddDate(0, 0, diff), true
	}
	return time.Time{}, false
}
