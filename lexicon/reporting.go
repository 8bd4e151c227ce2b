package lexicon

import (
	"io/fs"

	"marsad"
	"marsad/arabic"
)

// Report is one entry of quotes/reporting.tsv.
type Report struct {
	ID    string
	Kind  string // verb, participle, noun, source
	Gloss string
}

// Reporting is the compiled reporting-language lexicon.
type Reporting struct {
	Set   *PatternSet[*Report]
	Words map[string]bool // the forms of every reporting verb, participle and noun
	Nouns map[string]bool // the forms of the reporting nouns (بيان, تصريح): never a person's given name
	Verbs map[string]bool // the forms of the reporting verbs (قال, أضافت): their subject is the speaker
	// vocab numbers the verb forms and verbIDs has bit id set for each:
	// VerbAt reads a token's cached lookup.
	vocab   *Vocab
	verbIDs []uint64
	Version string
}

// IsNoun reports whether the normalized word w is a form of a reporting
// noun (بيان, تصريح).
func (r *Reporting) IsNoun(w string) bool { return r != nil && r.Nouns[w] }

// IsVerb reports whether the normalized word w is a form of a reporting
// verb (قال, تقول).
func (r *Reporting) IsVerb(w string) bool { return r != nil && r.Verbs[w] }

// VerbAt reports whether word token t is a form of a reporting verb, a
// conjunction attached or not (قال, وأضافت, فيقول), with no enclitic, article
// or preposition. With a vocabulary it reads the token's cached lookup.
func (r *Reporting) VerbAt(t *marsad.Token) bool {
	if r == nil || t.Kind != marsad.Word {
		return false
	}
	if r.vocab == nil {
		for _, s := range arabic.SegmentToken(*t) {
			if s.Suf == "" && !s.Det && !s.Fut && s.Prep == 0 && r.Verbs[s.Stem] {
				return true
			}
		}
		return false
	}
	for _, ref := range r.vocab.refs(t) {
		if int(ref.ID>>6) >= len(r.verbIDs) || r.verbIDs[ref.ID>>6]&(1<<(ref.ID&63)) == 0 {
			continue
		}
		if s := arabic.SegmentToken(*t)[ref.Seg]; s.Suf == "" && !s.Det && !s.Fut && s.Prep == 0 {
			return true
		}
	}
	return false
}

// IsWord reports whether the normalized word w is a form of a reporting
// verb, participle or noun (قال, مؤكدا, بيان).
func (r *Reporting) IsWord(w string) bool { return r != nil && r.Words[w] }

var reportKinds = map[string]bool{"verb": true, "participle": true, "noun": true, "source": true}

// LoadReporting reads quotes/reporting.tsv.
func LoadReporting(fsys fs.FS, v *Vocab) (*Reporting, error) {
	t, err := readTable(fsys, "quotes/reporting.tsv", "id", "pattern", "kind", "gloss")
	if err != nil {
		return nil, err
	}
	rep := &Reporting{Set: NewPatternSet[*Report](v), Nouns: map[string]bool{}, Verbs: map[string]bool{}, Words: map[string]bool{}, Version: "reporting@" + t.version, vocab: v}
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
		for f := range p.Words[0].Forms {
			rep.Words[f] = true
			if e.Kind == "verb" {
				rep.Verbs[f] = true
				if v != nil {
					id := v.intern(f)
					for int(id>>6) >= len(rep.verbIDs) {
						rep.verbIDs = append(rep.verbIDs, 0)
					}
					rep.verbIDs[id>>6] |= 1 << (id & 63)
				}
			}
		}
		if e.Kind == "noun" {
			for f, k := range p.Words[0].Kind {
				if k&NounForm != 0 {
					rep.Nouns[f] = true
				}
			}
		}
	}
	return rep, nil
}
