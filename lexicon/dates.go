package lexicon

import (
	"io/fs"
	"strconv"
)

// DateWord is one entry of arabic/dates.tsv.
type DateWord struct {
	Kind  string // month, weekday, relative, week, month-rel, year-rel, sameday, ago, span, spans, count
	Value int
}

// Dates is the compiled date-expression lexicon.
type Dates struct {
	Index   *Index[DateWord]
	Version string
}

var dateKinds = map[string]bool{"month": true, "weekday": true, "relative": true, "week": true, "month-rel": true, "year-rel": true, "sameday": true,
	"ago": true, "span": true, "spans": true, "count": true}

// LoadDates reads arabic/dates.tsv.
func LoadDates(fsys fs.FS, v *Vocab) (*Dates, error) {
	t, err := readTable(fsys, "arabic/dates.tsv", "phrase", "kind", "value")
	if err != nil {
		return nil, err
	}
	d := &Dates{Index: NewIndex[DateWord](v), Version: "dates@" + t.version}
	for _, r := range t.rows {
		w := DateWord{Kind: t.get(r, "kind")}
		if !dateKinds[w.Kind] {
			return nil, t.errorf(r, "bad kind %q", w.Kind)
		}
		if w.Value, err = strconv.Atoi(t.get(r, "value")); err != nil {
			return nil, t.errorf(r, "value: %v", err)
		}
		switch {
		case w.Kind == "month" && (w.Value < 1 || w.Value > 12),
			w.Kind == "weekday" && (w.Value < 0 || w.Value > 6):
			return nil, t.errorf(r, "%s value %d out of range", w.Kind, w.Value)
		}
		d.Index.Add(t.get(r, "phrase"), w)
	}
	return d, nil
}
