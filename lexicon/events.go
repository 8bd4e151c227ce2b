package lexicon

import (
	"io/fs"
	"strings"
)

// EventEntry is one pattern of events/verbs.tsv.
type EventEntry struct {
	ID      string
	CAMEO   string
	Code    *Code    // the codebook entry of CAMEO
	Targets []string // normalized prepositions, "obj", "gen", "act" (the agent of the act named after the trigger); empty for none
	Recv    bool     // the subject receives the act; the source follows من
	Recip   bool     // mutual act
	Passive bool     // the subject undergoes the act
	Say     bool     // a speech act whose complement is reported content
	Weak    bool     // fires only with actors on both sides
	// Fallback marks a plain statement («قال», «أكد»): coded only when its
	// sentence names no other act, whose event then carries the speaker
	// as its attribution instead.
	Fallback bool
	// Verbal marks a verb of force that, aimed at a person rather than a
	// place or a force («هاجم نتنياهو الرئيس التركي»), is a verbal attack:
	// criticize or denounce (111).
	Verbal bool
	// Adverbial marks a verbal noun in the accusative that says why the
	// clause's act was done («احتجاجا على», «تضامنا مع»): that act was
	// done by the clause's subject as this act.
	Adverbial bool
	// Detail marks an act that describes a protest under way (chanting,
	// banners, stones, blocked roads): done by «المتظاهرون», the
	// protesters the report has already introduced, it tells more of that
	// protest rather than reporting another one.
	Detail bool
	// AgentWord marks a noun pattern whose later word names the agent
	// («انسحاب القوات الأمريكية»: the forces withdraw).
	AgentWord bool
	Gloss     string
	Line      int
}

// Events is the compiled event lexicon.
type Events struct {
	Set      *PatternSet[*EventEntry]
	Modality *PatternSet[*ModalityCue]
	// References are the nouns through which a report refers to an act
	// as known background (events/references.tsv): its gloss.
	References *PatternSet[string]
	// Evaluations are the condemning words that make a plain statement
	// criticism (events/evaluations.tsv): their gloss.
	Evaluations *PatternSet[string]
	Instruments map[string]bool // normalized weapon nouns (events/instruments.tsv)
	// Verbs holds the verb forms the patterns generate (v: alternatives),
	// normalized: a word the lexicon knows only as a verb (التقى) is not
	// a definite noun, whatever its first letters.
	Verbs   map[string]bool
	Version string
}

// IsVerb reports whether a normalized word is a verb form of the patterns
// and no noun or participle form of any of them.
func (e *Events) IsVerb(norm string) bool { return e != nil && e.Verbs[norm] }

// ModalityCue is one entry of events/modality.tsv.
type ModalityCue struct {
	Modality string // negated, hypothetical
	Near     bool   // the cue stands right before the trigger (particles)
	After    bool   // the cue is an adjective right after a noun trigger
	// Complement: a noun cue whose act follows it bare, past its
	// genitive («عزم واشنطن فرض عقوبات»), which a governing noun's act
	// otherwise does not («أثارت خطة الحكومة انتقادات»).
	Complement bool
	Gloss      string
}

var eventFlags = map[string]bool{"recv": true, "recip": true, "passive": true, "say": true, "weak": true, "fallback": true, "verbal": true, "adverbial": true, "detail": true, "agentword": true}

// LoadEvents reads events/verbs.tsv, events/modality.tsv and
// events/references.tsv; CAMEO codes are
// checked against the codebook.
//
// Event and modality patterns also match a verb's first-person plural
// (Pattern.WithFirstPerson), but not the words particles class as "noun".
func LoadEvents(fsys fs.FS, cb *Codebook, v *Vocab, pt *Particles) (*Events, error) {
	notVerb := func(f string) bool { return pt != nil && pt.Is(f, "noun") }
	t, err := readTable(fsys, "events/verbs.tsv", "id", "cameo", "pattern", "target", "flags", "gloss")
	if err != nil {
		return nil, err
	}
	ev := &Events{Set: NewPatternSet[*EventEntry](v), Modality: NewPatternSet[*ModalityCue](v), Verbs: map[string]bool{}, Version: "events@" + t.version}
	ids := map[string]bool{}
	for _, r := range t.rows {
		e := &EventEntry{ID: t.get(r, "id"), CAMEO: t.get(r, "cameo"), Gloss: t.get(r, "gloss"), Line: r.line}
		if e.ID == "" || ids[e.ID] {
			return nil, t.errorf(r, "missing or duplicate id %q", e.ID)
		}
		ids[e.ID] = true
		if e.Code = cb.Lookup(e.CAMEO); e.Code == nil {
			return nil, t.errorf(r, "unknown CAMEO code %q", e.CAMEO)
		}
		for _, tg := range strings.Split(t.get(r, "target"), ",") {
			switch tg = strings.TrimSpace(tg); tg {
			case "", "-":
			case "obj", "gen", "act":
				e.Targets = append(e.Targets, tg)
			default:
				w := Words(tg)
				if len(w) != 1 {
					return nil, t.errorf(r, "target %q is not one word", tg)
				}
				e.Targets = append(e.Targets, w[0])
			}
		}
		for _, f := range strings.Split(t.get(r, "flags"), ",") {
			switch f = strings.TrimSpace(f); f {
			case "":
			case "recv":
				e.Recv = true
			case "recip":
				e.Recip = true
			case "passive":
				e.Passive = true
			case "say":
				e.Say = true
			case "weak":
				e.Weak = true
			case "fallback":
				e.Fallback = true
			case "verbal":
				e.Verbal = true
			case "adverbial":
				e.Adverbial = true
			case "detail":
				e.Detail = true
			case "agentword":
				e.AgentWord = true
			default:
				if !eventFlags[f] {
					return nil, t.errorf(r, "unknown flag %q", f)
				}
			}
		}
		p, err := ParsePattern(t.get(r, "pattern"))
		if err != nil {
			return nil, t.errorf(r, "%v", err)
		}
		p.WithFirstPerson(notVerb)
		ev.Set.Add(&p, e)
		for _, w := range p.Words {
			for f, k := range w.Kind {
				switch {
				case k&^FirstPersonForm == VerbForm && strings.Contains(w.Kinds, "v"):
					if _, seen := ev.Verbs[f]; !seen {
						ev.Verbs[f] = true
					}
				case k&(NounForm|ParticipleForm) != 0:
					ev.Verbs[f] = false // a noun somewhere: not only a verb
				}
			}
		}
	}
	m, err := readTable(fsys, "events/modality.tsv", "pattern", "modality", "scope", "gloss")
	if err != nil {
		return nil, err
	}
	for _, r := range m.rows {
		c := &ModalityCue{Modality: m.get(r, "modality"), Gloss: m.get(r, "gloss")}
		if c.Modality != "negated" && c.Modality != "hypothetical" {
			return nil, m.errorf(r, "modality %q: want negated or hypothetical", c.Modality)
		}
		switch m.get(r, "scope") {
		case "near":
			c.Near = true
		case "after":
			c.After = true
		case "complement":
			c.Complement = true
		case "govern":
		default:
			return nil, m.errorf(r, "scope %q: want near, govern, complement or after", m.get(r, "scope"))
		}
		p, err := ParsePattern(m.get(r, "pattern"))
		if err != nil {
			return nil, m.errorf(r, "%v", err)
		}
		p.WithFirstPerson(notVerb)
		ev.Modality.Add(&p, c)
	}
	ev.Version += "+modality@" + m.version
	if ev.References, err = loadGlossed(fsys, "events/references.tsv", v); err != nil {
		return nil, err
	}
	if ev.Evaluations, err = loadGlossed(fsys, "events/evaluations.tsv", v); err != nil {
		return nil, err
	}
	in, err := readTable(fsys, "events/instruments.tsv", "word", "gloss")
	if err != nil {
		return nil, err
	}
	ev.Instruments = map[string]bool{}
	for _, r := range in.rows {
		w := Words(in.get(r, "word"))
		if len(w) == 0 {
			return nil, in.errorf(r, "empty word")
		}
		ev.Instruments[w[0]] = true
	}
	return ev, nil
}

// loadGlossed reads a table of word patterns and their glosses
// (events/references.tsv, events/evaluations.tsv) into a pattern set whose
// values are the glosses.
func loadGlossed(fsys fs.FS, file string, v *Vocab) (*PatternSet[string], error) {
	t, err := readTable(fsys, file, "pattern", "gloss")
	if err != nil {
		return nil, err
	}
	set := NewPatternSet[string](v)
	for _, r := range t.rows {
		p, err := ParsePattern(t.get(r, "pattern"))
		if err != nil {
			return nil, t.errorf(r, "%v", err)
		}
		set.Add(&p, t.get(r, "gloss"))
	}
	return set, nil
}
