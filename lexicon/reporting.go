package lexicon

import "io/fs"

// Report is one entry of quotes/reporting.tsv.
type Report struct {
	ID    string
	Kind  string // verb, participle, noun, source
	Gloss string
}

// Reporting is the compiled reporting-language lexicon.
type Reporting struct {
	Set     *PatternSet[*Report]
	Version string
}

var reportKinds = map[string]bool{"verb": true, "participle": true, "noun": true, "source": true}

// LoadReporting reads quotes/reporting.tsv.
func LoadReporting(fsys fs.FS, v *Vocab) (*Reporting, error) {
	t, err := readTable(fsys, "quotes/reporting.tsv", "id", "pattern", "kind", "gloss")
	if err != nil {
		return nil, err
	}
	rep := &Reporting{Set: NewPatternSet[*Report](v), Version: "reporting@" + t.version}
	ids := map[string]bool{}
	for _, r := range t.rows {
		e := &Report{ID: t.get(r, "id"), Kind: t.get(r, "kind"), Gloss: t.get(r, "gloss")}
		if e.ID == "" || ids[e.ID] {
			return nil, t.errorf(r, "missing or duplicate id %q", e.ID)
		}
		ids[e.ID] = true
		if !reportKinds[e.Kind] {
			return nil, t.errorf(r, "bad kind %q (want verb, participle, noun or source)", e.Kind)
		}
		p, err := ParsePattern(t.get(r, "pattern"))
		if err != nil {
			return nil, t.errorf(r, "%v", err)
		}
		rep.Set.Add(&p, e)
	}
	return rep, nil
}
