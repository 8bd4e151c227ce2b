package lexicon

import (
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"time"
)

// EntryKind says what an actor lexicon entry is.
type EntryKind uint8

// Entry kinds.
const (
	CountryName EntryKind = iota // a state's name (إيران)
	CountryAdj                   // a state's nisba adjective (إيراني, الإيرانية)
	Capital                      // a capital used as metonym for the government (طهران)
	PlaceName                    // a city or region (حمص) or a seat of government (الكرملين)
	PersonName                   // a named office holder
	OrgName                      // an organisation (الأمم المتحدة)
	OrgAdj                       // an adjective of an organisation (أممي)
	SectorWord                   // a role, body or group noun (الرئيس, الجيش, المتظاهرون)
)

var entryKindNames = [...]string{"country", "country-adj", "capital", "place", "person", "org", "org-adj", "sector"}

func (k EntryKind) String() string { return entryKindNames[k] }

// Term is one office a person held: the code they are coded with between
// Start and End (End zero: still in office).
type Term struct {
	Code       string
	Role       string
	Start, End time.Time
	Line       string // file:line of the record, for provenance
}

// Covers reports whether the term includes day t.
func (t Term) Covers(day time.Time) bool {
	return !day.Before(t.Start) && (t.End.IsZero() || !day.After(t.End))
}

// Actor is one lexicon entity: a country, place, person, organisation or
// sector noun.
type Actor struct {
	ID       string // stable: "IRN", "person:Vladimir Putin", "org:IGOUNO:United Nations", "sector:الرئيس"
	Kind     EntryKind
	Codes    []string // candidate codes; several for a genuinely ambiguous place
	Name     string   // English name
	Wikidata string
	Terms    []Term // people only, sorted by Start
	Sector   string // sector entries: agent code (GOV, MIL…); "" = takes the sector of what it is attached to
	Role     string // sector entries: role, body or group; people: role of the latest term
	Office   string // sector entries: the office of people's terms the noun names (الرئيس: head_of_state), if any
	// Home marks sector entries that act in their own country whatever
	// their sector (القوات الحكومية): the context gives their country.
	Home bool
	// NameWords holds the normalized words of a person's names (محمود،
	// عباس، أبو، مازن): a given name outside them before the surname
	// names someone else («وائل عباس»).
	NameWords map[string]bool
	Source    string // file:line
}

// TermAt returns the term of a person that covers day: the covering term
// with the latest start; if none covers it, the nearest term before it (the
// person has left office) with former=true, or the first term (the person
// is not yet in office) with future=true. With a zero day the latest term is
// returned.
func (a *Actor) TermAt(day time.Time) (t Term, former, future bool) {
	if len(a.Terms) == 0 {
		return Term{}, false, false
	}
	if day.IsZero() {
		return a.Terms[len(a.Terms)-1], false, false
	}
	found := -1
	for i, term := range a.Terms {
		if term.Covers(day) {
			found = i
		}
	}
	if found >= 0 {
		return a.Terms[found], false, false
	}
	for i := len(a.Terms) - 1; i >= 0; i-- {
		if a.Terms[i].Start.Before(day) {
			return a.Terms[i], true, false
		}
	}
	return a.Terms[0], false, true
}

// Alias is one written form of an actor.
type Alias struct {
	Actor *Actor
	Kind  EntryKind // the kind of this form: a country's adjective is CountryAdj
	Weak  bool      // the form is also a common word or another place: needs context
	Tilde bool      // a short form shared by many: only after the full name or a title
	Short bool      // a short form (a surname alone)
}

// Actors is the compiled actor lexicon.
type Actors struct {
	Index    *Index[Alias]
	Version  string
	Entities []*Actor
	byCode   map[string]*Actor // country code → country entry
}

// Country returns the country entry for a 3-letter code.
func (a *Actors) Country(code string) *Actor { return a.byCode[code] }

var (
	codeRe   = regexp.MustCompile(`^[A-Z]{3}([A-Z]{3})*$`)
	sectorRe = regexp.MustCompile(`^[A-Z]{3}$`)
	qidRe    = regexp.MustCompile(`^Q[0-9]+$`)
)

// LoadActors reads actors/countries.tsv, actors/places.tsv,
// actors/people*.tsv, actors/orgs.tsv and actors/sectors.tsv from fsys.
func LoadActors(fsys fs.FS, v *Vocab) (*Actors, error) {
	a := &Actors{Index: NewIndex[Alias](v), byCode: map[string]*Actor{}}
	var versions []string
	add := func(file string, load func(*table) error, required ...string) error {
		t, err := readTable(fsys, file, required...)
		if err != nil {
			return err
		}
		versions = append(versions, t.version)
		return load(t)
	}
	if err := add("actors/countries.tsv", a.loadCountries, "code", "en", "wikidata", "names", "adjectives", "capitals", "weak"); err != nil {
		return nil, err
	}
	if err := add("actors/places.tsv", a.loadPlaces, "names", "code", "kind", "en", "wikidata"); err != nil {
		return nil, err
	}
	people, err := fs.Glob(fsys, "actors/people*.tsv")
	if err != nil {
		return nil, err
	}
	sort.Strings(people)
	persons := map[string]*Actor{}
	for _, f := range people {
		if err := add(f, func(t *table) error { return a.loadPeople(t, persons) }, "names", "en", "wikidata", "code", "role", "start", "end"); err != nil {
			return nil, err
		}
	}
	for _, p := range persons {
		sort.Slice(p.Terms, func(i, j int) bool { return p.Terms[i].Start.Before(p.Terms[j].Start) })
		p.Role = p.Terms[len(p.Terms)-1].Role
	}
	if err := add("actors/orgs.tsv", a.loadOrgs, "names", "code", "en", "wikidata", "adjectives"); err != nil {
		return nil, err
	}
	if err := add("actors/sectors.tsv", a.loadSectors, "names", "sector", "kind", "en", "office", "home"); err != nil {
		return nil, err
	}
	sort.Strings(versions)
	a.Version = "actors@" + versions[len(versions)-1]
	return a, nil
}

func (a *Actors) loadCountries(t *table) error {
	for _, r := range t.rows {
		code := t.get(r, "code")
		if !codeRe.MatchString(code) || len(code) != 3 {
			return t.errorf(r, "bad country code %q", code)
		}
		if a.byCode[code] != nil {
			return t.errorf(r, "duplicate country %s", code)
		}
		qid := t.get(r, "wikidata")
		if qid != "" && !qidRe.MatchString(qid) {
			return t.errorf(r, "bad wikidata id %q", qid)
		}
		c := &Actor{ID: code, Kind: CountryName, Codes: []string{code}, Name: t.get(r, "en"), Wikidata: qid, Source: fmt.Sprintf("%s:%d", t.file, r.line)}
		a.byCode[code] = c
		a.Entities = append(a.Entities, c)
		weak := map[string]bool{}
		for _, w := range alternatives(t.get(r, "weak")) {
			weak[strings.Join(Words(w), " ")] = true
		}
		isWeak := func(s string) bool { return weak[strings.Join(Words(s), " ")] }
		names := alternatives(t.get(r, "names"))
		if len(names) == 0 {
			return t.errorf(r, "country %s has no Arabic name", code)
		}
		for _, n := range names {
			a.Index.Add(n, Alias{Actor: c, Kind: CountryName, Weak: isWeak(n)})
		}
		for _, adj := range alternatives(t.get(r, "adjectives")) {
			// A nisba (ends in ي) is inflected; an irregular plural written
			// out (روس, أتراك) is taken as is, with its article form.
			forms := withArticle([]string{arabicNorm(adj)})
			if w := Words(adj); allNisba(w) {
				forms = AdjectivePhrase(w)
			}
			for _, f := range forms {
				a.Index.Add(f, Alias{Actor: c, Kind: CountryAdj, Weak: isWeak(adj)})
			}
		}
		for _, capName := range alternatives(t.get(r, "capitals")) {
			a.Index.Add(capName, Alias{Actor: c, Kind: Capital, Weak: isWeak(capName)})
		}
	}
	return nil
}

// rowCodes returns the actor codes in the "code" column of row r: at least
// one, each well formed.
func rowCodes(t *table, r row) ([]string, error) {
	codes := alternatives(t.get(r, "code"))
	if len(codes) == 0 {
		return nil, t.errorf(r, "no code")
	}
	for _, c := range codes {
		if !codeRe.MatchString(c) {
			return nil, t.errorf(r, "bad code %q", c)
		}
	}
	return codes, nil
}

func (a *Actors) loadPlaces(t *table) error {
	for _, r := range t.rows {
		codes, err := rowCodes(t, r)
		if err != nil {
			return err
		}
		kind := t.get(r, "kind")
		if kind != "city" && kind != "region" && kind != "metonym" {
			return t.errorf(r, "bad kind %q (want city, region or metonym)", kind)
		}
		p := &Actor{ID: "place:" + t.get(r, "en"), Kind: PlaceName, Codes: codes, Name: t.get(r, "en"), Wikidata: t.get(r, "wikidata"), Role: kind, Source: fmt.Sprintf("%s:%d", t.file, r.line)}
		a.Entities = append(a.Entities, p)
		for _, n := range alternatives(t.get(r, "names")) {
			a.Index.Add(n, Alias{Actor: p, Kind: PlaceName})
		}
	}
	return nil
}

var roles = map[string]bool{
	"head_of_state": true, "head_of_government": true, "foreign_minister": true, "defense_minister": true,
	"spokesperson": true, "un_ambassador": true, "igo_head": true, "leader": true, "other": true,
}

func (a *Actors) loadPeople(t *table, persons map[string]*Actor) error {
	for _, r := range t.rows {
		en := t.get(r, "en")
		code := t.get(r, "code")
		if !codeRe.MatchString(code) {
			return t.errorf(r, "bad code %q", code)
		}
		role := t.get(r, "role")
		if !roles[role] {
			return t.errorf(r, "unknown role %q", role)
		}
		start, err := parseDate(t.get(r, "start"), false)
		if err != nil {
			return t.errorf(r, "start: %v", err)
		}
		var end time.Time
		if e := t.get(r, "end"); e != "" {
			if end, err = parseDate(e, true); err != nil {
				return t.errorf(r, "end: %v", err)
			}
			if end.Before(start) {
				return t.errorf(r, "end %s before start %s", e, t.get(r, "start"))
			}
		}
		names := alternatives(t.get(r, "names"))
		if len(names) == 0 {
			return t.errorf(r, "no Arabic name")
		}
		p := persons[en]
		if p == nil {
			p = &Actor{ID: "person:" + en, Kind: PersonName, Name: en, Source: fmt.Sprintf("%s:%d", t.file, r.line)}
			persons[en] = p
			a.Entities = append(a.Entities, p)
		}
		if qid := t.get(r, "wikidata"); qid != "" {
			if !qidRe.MatchString(qid) {
				return t.errorf(r, "bad wikidata id %q", qid)
			}
			p.Wikidata = qid
		}
		p.Terms = append(p.Terms, Term{Code: code, Role: role, Start: start, End: end, Line: fmt.Sprintf("%s:%d", t.file, r.line)})
		if !containsCode(p.Codes, code) {
			p.Codes = append(p.Codes, code)
		}
		for _, n := range names {
			tilde := strings.HasPrefix(n, "~")
			n = strings.TrimPrefix(n, "~")
			words := Words(n)
			if len(words) == 0 {
				continue
			}
			if p.NameWords == nil {
				p.NameWords = map[string]bool{}
			}
			for _, w := range words {
				p.NameWords[w] = true
			}
			for _, v := range abdVariants(words) {
				if a.hasAlias(v, p) {
					continue // a later term of the same person repeats the names
				}
				a.Index.AddWords(v, Alias{Actor: p, Kind: PersonName, Tilde: tilde, Short: len(v) == 1})
			}
		}
	}
	return nil
}

// abdVariants returns a person's name as written and with its compounds of
// عبد written the other way: «عبد الملك الحوثي» and «عبدالملك الحوثي»,
// «عبدالله» and «عبد الله», as the press writes them both. (Words are
// normalized.)
func abdVariants(words []string) [][]string {
	out := [][]string{words}
	var other []string
	changed := false
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case w == "عبد" && i+1 < len(words) && strings.HasPrefix(words[i+1], "ال"):
			other = append(other, w+words[i+1])
			i++
			changed = true
		case strings.HasPrefix(w, "عبدال") && len([]rune(w)) > 6:
			other = append(other, "عبد", strings.TrimPrefix(w, "عبد"))
			changed = true
		default:
			other = append(other, w)
		}
	}
	if changed {
		out = append(out, other)
	}
	return out
}

// hasAlias reports whether words are already indexed for actor p.
func (a *Actors) hasAlias(words []string, p *Actor) bool {
	for _, ph := range a.Index.byFirst[words[0]] {
		if ph.val.Actor == p && strings.Join(ph.rest, " ") == strings.Join(words[1:], " ") {
			return true
		}
	}
	return false
}

func (a *Actors) loadOrgs(t *table) error {
	for _, r := range t.rows {
		codes, err := rowCodes(t, r)
		if err != nil {
			return err
		}
		o := &Actor{ID: "org:" + t.get(r, "en"), Kind: OrgName, Codes: codes, Name: t.get(r, "en"), Wikidata: t.get(r, "wikidata"), Source: fmt.Sprintf("%s:%d", t.file, r.line)}
		a.Entities = append(a.Entities, o)
		names := alternatives(t.get(r, "names"))
		if len(names) == 0 {
			return t.errorf(r, "organisation %q has no Arabic name", o.Name)
		}
		for _, n := range names {
			a.Index.Add(n, Alias{Actor: o, Kind: OrgName})
		}
		for _, adj := range alternatives(t.get(r, "adjectives")) {
			for _, f := range Adjective(adj) {
				a.Index.Add(f, Alias{Actor: o, Kind: OrgAdj})
			}
		}
	}
	return nil
}

// sectorKinds are the kinds of sectors.tsv rows; "none" names a phrase that
// looks like an actor's and is not one («النظام الدستوري» is a constitution,
// not a regime): as the longest match it keeps a shorter entry from firing.
var sectorKinds = map[string]bool{"role": true, "body": true, "group": true, "none": true}

func (a *Actors) loadSectors(t *table) error {
	feminine := roleFeminines(t)
	for _, r := range t.rows {
		sector := t.get(r, "sector")
		if sector != "" && !sectorRe.MatchString(sector) {
			return t.errorf(r, "bad sector %q", sector)
		}
		kind := t.get(r, "kind")
		if !sectorKinds[kind] {
			return t.errorf(r, "bad kind %q (want role, body, group or none)", kind)
		}
		names := alternatives(t.get(r, "names"))
		if len(names) == 0 {
			return t.errorf(r, "no names")
		}
		office := t.get(r, "office")
		if office != "" && !roles[office] {
			return t.errorf(r, "bad office %q", office)
		}
		home := t.get(r, "home")
		if home != "" && home != "yes" {
			return t.errorf(r, "bad home %q (want yes or nothing)", home)
		}
		s := &Actor{ID: "sector:" + names[0], Kind: SectorWord, Sector: sector, Role: kind, Office: office, Home: home == "yes", Name: t.get(r, "en"), Source: fmt.Sprintf("%s:%d", t.file, r.line)}
		a.Entities = append(a.Entities, s)
		for _, n := range names {
			variants := sectorVariants(Words(n))
			if kind == "role" {
				variants = append(variants, feminineVariants(variants, feminine)...)
			}
			for _, words := range variants {
				if !a.hasAlias(words, s) {
					a.Index.AddWords(words, Alias{Actor: s, Kind: SectorWord})
				}
			}
		}
	}
	return nil
}

// roleFeminines returns the head nouns of role phrases that the table also
// gives in the feminine (عضو → عضوة, مساعد → مساعدة): the feminine of a
// masculine head is known to be used as a title when the file writes it
// somewhere.
func roleFeminines(t *table) map[string]string {
	heads := map[string]bool{}
	for _, r := range t.rows {
		if t.get(r, "kind") != "role" {
			continue
		}
		for _, n := range alternatives(t.get(r, "names")) {
			if w := Words(n); len(w) > 0 {
				heads[w[0]] = true
			}
		}
	}
	out := map[string]string{}
	for h := range heads {
		if !strings.HasSuffix(h, hehN) && heads[h+hehN] {
			out[h] = h + hehN
		}
	}
	return out
}

// feminineVariants returns, for each multi-word role phrase whose head has
// a feminine in feminine, the phrase headed by the feminine (عضو البرلمان →
// عضوة البرلمان): the files list the feminine of some phrases and not of
// others, and a woman holds every office.
func feminineVariants(phrases [][]string, feminine map[string]string) [][]string {
	var out [][]string
	for _, words := range phrases {
		if f, ok := feminine[words[0]]; ok && len(words) > 1 {
			out = append(out, append([]string{f}, words[1:]...))
		}
	}
	return out
}

// sectorVariants returns a sector phrase and, for a phrase whose last word
// has the article, its construct form without it (وزير الخارجية → وزير
// خارجية إيران). The first word is taken as written: dropping or adding its
// article would turn nouns into verbs or prepositions (الطالب → طالب
// "demanded", الإمام → امام "in front of").
func sectorVariants(words []string) [][]string {
	if len(words) == 0 {
		return nil
	}
	out := [][]string{words}
	if n := len(words); n > 1 {
		if w, ok := strings.CutPrefix(words[n-1], "ال"); ok && runes(w) >= 2 {
			out = append(out, append(append([]string(nil), words[:n-1]...), w))
		}
	}
	return out
}

// allNisba reports whether every word ends in ي.
func allNisba(words []string) bool {
	for _, w := range words {
		if !strings.HasSuffix(w, yehN) {
			return false
		}
	}
	return len(words) > 0
}

func containsCode(codes []string, c string) bool {
	for _, x := range codes {
		if x == c {
			return true
		}
	}
	return false
}

// parseDate reads YYYY-MM-DD, YYYY-MM or YYYY; with end set, a partial date
// means the last day of its month or year.
func parseDate(s string, end bool) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if end {
			switch layout {
			case "2006-01":
				t = t.AddDate(0, 1, -1)
			case "2006":
				t = t.AddDate(1, 0, -1)
			}
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("bad date %q (want YYYY-MM-DD, YYYY-MM or YYYY)", s)
}

func arabicNorm(s string) string { return strings.Join(Words(s), " ") }
