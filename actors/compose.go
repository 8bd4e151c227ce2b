package actors

import (
	"slices"
	"strings"
	"unicode/utf8"

	"marsad"
	"marsad/arabic"
	"marsad/lexicon"
)

// compose turns candidates into mentions: role nouns with their owners and
// the person named after them, people, and plain names.
func (w *work) compose() {
	for ci := range w.cands {
		c := &w.cands[ci]
		if c.used {
			continue
		}
		switch {
		case c.has(lexicon.SectorWord) && c.firstOf(lexicon.SectorWord).Actor.Role == "none":
			c.used = true // «النظام الدستوري»: no actor
		case c.has(lexicon.SectorWord):
			w.role(ci)
		case c.has(lexicon.PersonName):
			w.person(ci, nil)
		default:
			w.plain(ci)
		}
	}
	w.unknownPersons()
}

// only returns the candidate's aliases of kind k.
func (c *cand) only(kinds ...lexicon.EntryKind) []lexicon.Alias {
	var out []lexicon.Alias
	for _, a := range c.aliases {
		for _, k := range kinds {
			if a.Kind == k {
				out = append(out, a)
			}
		}
	}
	return out
}

// has reports whether one of the candidate's entries is of one of kinds.
func (c *cand) has(kinds ...lexicon.EntryKind) bool {
	return slices.ContainsFunc(c.aliases, func(a lexicon.Alias) bool { return slices.Contains(kinds, a.Kind) })
}

// firstOf returns the first entry of c of kind k; c must have one.
func (c *cand) firstOf(k lexicon.EntryKind) lexicon.Alias {
	return c.aliases[slices.IndexFunc(c.aliases, func(a lexicon.Alias) bool { return a.Kind == k })]
}

// candStarting returns the unused candidate that starts at token i, or nil.
func (w *work) candStarting(i int) (*cand, int) {
	ci, ok := w.candAt[i]
	if !ok || w.cands[ci].used {
		return nil, -1
	}
	return &w.cands[ci], ci
}

// newMention returns a mention over tokens [first, last).
func newMention(first, last int, kind marsad.MentionKind) mention {
	return mention{Mention: marsad.Mention{First: first, Last: last, Kind: kind}, ref: -1}
}

// codeOf returns the code a name alias stands for as an actor: a capital is
// its country's government, a person the office they held that day.
func (w *work) codeOf(a lexicon.Alias) []string {
	switch a.Kind {
	case lexicon.Capital:
		return []string{a.Actor.Codes[0] + "GOV"}
	case lexicon.PersonName:
		t, former, future := a.Actor.TermAt(w.day)
		switch {
		case former:
			return []string{t.Code[:3] + "ELI"}
		case future:
			return []string{t.Code[:3]}
		}
		return []string{t.Code}
	}
	return a.Actor.Codes
}

func mentionKind(k lexicon.EntryKind, a *lexicon.Actor) marsad.MentionKind {
	switch k {
	case lexicon.CountryName, lexicon.CountryAdj, lexicon.Capital:
		return marsad.Country
	case lexicon.PersonName:
		return marsad.Person
	case lexicon.OrgName, lexicon.OrgAdj:
		return marsad.Org
	case lexicon.PlaceName:
		if a.Role == "metonym" {
			return marsad.Org
		}
		return marsad.Place
	}
	return marsad.Role
}

// plain makes a mention of a country, place or organisation name.
func (w *work) plain(ci int) int {
	c := &w.cands[ci]
	c.used = true
	m := newMention(c.first, c.last, mentionKind(c.aliases[0].Kind, c.aliases[0].Actor))
	var codes []string
	for _, a := range c.aliases {
		for _, code := range w.codeOf(a) {
			codes = appendNew(codes, code)
		}
		m.weak = m.weak || a.Weak
	}
	m.actor = c.aliases[0].Actor
	m.Adjective = c.aliases[0].Kind == lexicon.CountryAdj || c.aliases[0].Kind == lexicon.OrgAdj
	if len(codes) > 1 && samePrefix(codes) {
		// A capital that is also listed as a city: the government when it
		// acts, the country when it is where something happens.
		codes = []string{w.capitalOrCity(ci, codes)}
	}
	if len(codes) == 1 && !m.weak {
		m.Code = codes[0]
		m.Name, m.Wikidata = m.actor.Name, m.actor.Wikidata
	} else {
		m.alts = codes
	}
	m.Rule = w.rule + " " + c.aliases[0].Kind.String()
	return w.add(m)
}

// samePrefix reports whether every code names the same country.
func samePrefix(codes []string) bool {
	for _, c := range codes[1:] {
		if prefix(c) != prefix(codes[0]) {
			return false
		}
	}
	return true
}

// capitalOrCity chooses between the readings of a capital: after في or ب
// («في موسكو», «بمدينة حمص») it is a place, coded by its country; otherwise
// a metonym for the government.
func (w *work) capitalOrCity(ci int, codes []string) string {
	c := &w.cands[ci]
	located := c.seg.Prep == 'ب' || w.cueBefore(c.first) == "city"
	before := c.first - 1
	for before >= 0 && w.d.Tokens[before].Kind == marsad.Symbol {
		before-- // «في #باريس»: a hashtag mark
	}
	if before >= 0 {
		located = located || w.d.Tokens[before].Norm == "في"
	}
	best := codes[0]
	for _, code := range codes {
		if located == (len(code) == 3) && (len(code) == 3 || strings.HasSuffix(code, "GOV")) {
			return code
		}
		if len(code) < len(best) {
			best = code
		}
	}
	return best
}

// person makes a mention of a named person; role is the mention of the
// role phrase the name stands in apposition to, if any.
func (w *work) person(ci int, role *mention) int {
	c := &w.cands[ci]
	c.used = true
	people := c.only(lexicon.PersonName)
	if w.longerName(c, people) || w.othersGivenName(c, people) {
		// «عبد الله أوجلان» is not King Abdullah, «وائل عباس» not
		// Mahmoud Abbas: a short form with another name word after it, or
		// a given name none of its people bears before it, names someone
		// else; it is left to the unknown-name finder.
		delete(w.candAt, c.first)
		return -1
	}
	if role != nil {
		// «الزعيم الكوري الشمالي كيم»: of the Kims, those the role fits.
		var fit []lexicon.Alias
		for _, a := range people {
			if !a.Tilde || fits(role.Code, w.codeOf(a)[0]) {
				fit = append(fit, a)
			}
		}
		people = fit
	}
	m := newMention(c.first, c.last, marsad.Person)
	m.Rule = w.rule + " person"
	// Among several people with this name, those in office that day first.
	var inOffice []lexicon.Alias
	for _, a := range people {
		if _, former, future := a.Actor.TermAt(w.day); !former && !future {
			inOffice = append(inOffice, a)
		}
	}
	pick := people
	if len(inOffice) > 0 {
		pick = inOffice
	}
	if len(pick) == 1 {
		a := pick[0]
		m.actor = a.Actor
		m.Name, m.Wikidata = a.Actor.Name, a.Actor.Wikidata
		m.Code = w.codeOf(a)[0]
		if _, former, future := a.Actor.TermAt(w.day); (former || future) && role != nil && role.Code != "" {
			m.Code = role.Code // the title the report gives outranks a stale lexicon term
		}
		if a.Tilde && role == nil && !marsad.Anchored(roleCode(role)) {
			m.weak = true // resolved by corefer only after the full name or a title
		}
	} else {
		for _, a := range pick {
			m.alts = appendNew(m.alts, w.codeOf(a)[0])
		}
		if role != nil && role.Code != "" {
			m.Code = role.Code
		}
	}
	if role != nil {
		m.ref = role.id
		m.Rule += " after role"
	}
	if len(pick) > 1 && role == nil {
		// «صالح», «كيم»: several people of that name; one of them may be
		// named in full elsewhere in the report (corefer decides).
		m.weak = true
		for _, a := range pick {
			m.people = append(m.people, a.Actor)
		}
	}
	return w.add(m)
}

// longerName reports whether the name candidate c, all of whose readings
// are short forms marked ~, is followed by a word that continues a person's
// name (a known name word that starts no lexicon entry): «عبد الله أوجلان».
func (w *work) longerName(c *cand, people []lexicon.Alias) bool {
	if len(people) == 0 || c.last >= len(w.d.Tokens) {
		return false
	}
	for _, a := range people {
		if !a.Tilde {
			return false
		}
	}
	next := w.d.Tokens[c.last]
	if next.Kind != marsad.Word {
		return false
	}
	if _, ok := w.candAt[c.last]; ok {
		return false
	}
	n := next.Norm
	if w.r.lex.Particles.Class(n) != "" || w.r.lex.Names.Stopwords[n] {
		return false
	}
	if strings.HasPrefix(n, "ال") {
		// A family name with the article closes the name before a
		// comma or a full stop: «العميد عبيد الأثلة،» is not Atef Ebeid.
		closing := c.last+1 == len(w.d.Tokens) || w.d.Tokens[c.last+1].Kind == marsad.Punct
		// A nisba no lexicon reads as a nationality is a family name
		// too («السفير منصور العتيبي،» is not Riyad Mansour); a
		// participle is not («المكلف»).
		stem := strings.TrimPrefix(n, "ال")
		participle := strings.HasPrefix(stem, "م") && utf8.RuneCountInString(stem) >= 4
		return closing && !participle && !w.r.lex.Events.IsVerb(n)
	}
	// A known name word, or a word none of the lexicons knows (a foreign
	// surname: أوجلان) and no verb.
	_, eventWord := w.r.lex.Events.Verbs[n]
	return w.r.lex.Names.IsNameToken(n) || utf8.RuneCountInString(n) >= 4 && !eventWord && !w.r.lex.Reporting.IsWord(n)
}

// othersGivenName reports whether the name candidate c, all of whose
// readings are short forms (~), follows a given name that none of its
// people bears: «الصحافي وائل عباس» is not Mahmoud Abbas.
func (w *work) othersGivenName(c *cand, people []lexicon.Alias) bool {
	if len(people) == 0 || c.first == 0 {
		return false
	}
	for _, a := range people {
		if !a.Tilde {
			return false
		}
	}
	prev := &w.d.Tokens[c.first-1]
	if prev.Kind != marsad.Word || w.covered(c.first-1) {
		return false
	}
	if _, ok := w.candAt[c.first-1]; ok {
		return false
	}
	seg, ok := w.r.lex.Names.GivenSeg(prev)
	if !ok || w.r.lex.Reporting.IsNoun(seg.Stem) {
		return false // «بيان كوربن» is Corbyn's statement
	}
	for _, a := range people {
		if a.Actor.NameWords[seg.Stem] {
			return false // «أبو مازن عباس», a given name of his own
		}
	}
	return true
}

// fitsRole reports whether a name candidate after a role can be the role's
// holder: a full name always, a short form marked ~ only when one of its
// people fits the role («الأمين العام بان»; «وذكر الناشط السوري بأن» is no
// Ban Ki-moon).
func (w *work) fitsRole(c *cand, role string) bool {
	word := w.d.Tokens[c.first].Norm
	short := c.last-c.first == 1
	if short && w.r.lex.Names.Stopwords[word] {
		return false // «حتى» is no Hitti
	}
	for _, a := range c.only(lexicon.PersonName) {
		if !a.Tilde || fits(role, w.codeOf(a)[0]) {
			return true
		}
	}
	// None of the lexicon's people fits, but a name people bear is still a
	// person: «الزعيم الكوري الشمالي كيم» when only South Korean Kims are
	// listed (person then takes the role's code).
	return short && w.r.lex.Names.Attested(word)
}

func roleCode(role *mention) string {
	if role == nil {
		return ""
	}
	return role.Code
}

// owner is the country or organisation a role noun belongs to.
type owner struct {
	codes       []string // candidate codes (one unless ambiguous)
	first, last int      // its tokens
	coord       bool     // a further owner joined by و (الجانبين الروسي والإيراني)
}

// role makes the mention of a role, body or group noun with its owners,
// and of the person named after it.
func (w *work) role(ci int) {
	c := &w.cands[ci]
	c.used = true
	sector := c.firstOf(lexicon.SectorWord).Actor
	if w.adjectival(ci) {
		return // «الاحتجاجات الداخلية», «جهودها الدبلوماسية»: an adjective, not a role
	}
	owners, end := w.ownersAfter(ci, 0)
	m := newMention(c.first, end, marsad.Role)
	if sector.Role == "group" {
		m.Kind = marsad.Group
	}
	m.actor = sector
	m.Rule = w.rule + " role " + sector.ID
	if len(owners) > 0 {
		m.Last = max(end, owners[0].last)
		codes := compose(owners[0].codes, sector.Sector)
		if len(codes) == 1 {
			m.Code = codes[0]
		} else {
			m.alts = codes
		}
	}
	if m.Code == "" && len(m.alts) == 0 && sector.Sector != "" {
		// Whose is not said («الحكومة», «المتظاهرون»): the sector alone.
		m.Code = marsad.UnknownCountry + sector.Sector
	}
	id := w.add(m)
	roleMention := w.mentions[id] // a copy: w.add may move the slice
	for _, o := range owners[min(1, len(owners)):] {
		cm := newMention(o.first, o.last, m.Kind)
		cm.actor = sector
		cm.Rule = m.Rule + " coordinated"
		if codes := compose(o.codes, sector.Sector); len(codes) == 1 {
			cm.Code = codes[0]
		} else {
			cm.alts = codes
		}
		w.add(cm)
	}
	// A person named in apposition: «الرئيس الإيراني مسعود بزشكيان»,
	// «مندوب روسيا الدائم لدى الأمم المتحدة، فاسيلي نيبينزيا».
	at := w.appositionStart(m.Last)
	if pc, pci := w.candStarting(at); pc != nil && pc.has(lexicon.PersonName) && pc.seg.Pre == "" && w.fitsRole(pc, roleMention.Code) {
		if pid := w.person(pci, &roleMention); pid >= 0 {
			if !marsad.Anchored(w.mentions[id].Code) && marsad.Anchored(w.mentions[pid].Code) {
				// «الرئيس فلاديمير بوتين»: the title takes its holder's code.
				w.mentions[id].Code = w.mentions[pid].Code
				w.mentions[id].Rule += " holder"
			}
			return
		}
		// «نائب وزير الخارجية الإيراني عباس عرقجي»: a short form that
		// begins someone else's name; that name is read below.
	}
	appositive := at > 0 && at < len(w.d.Tokens) && isComma(w.d.Tokens[at-1])
	if first, last := w.nameRunAfterRole(at, appositive); last > first {
		pm := newMention(first, last, marsad.Person)
		pm.Code = m.Code
		pm.alts = m.alts
		pm.ref = id
		pm.Rule = w.rule + " name after role"
		w.add(pm)
	}
}

// adjectival reports whether the one-word sector noun at candidate ci
// stands where an adjective stands: definite, right after a definite noun or
// a noun with a possessive pronoun («الاحتجاجات الداخلية», «جهودها
// الدبلوماسية»). Such a word describes the noun before it.
func (w *work) adjectival(ci int) bool {
	c := &w.cands[ci]
	toks := w.d.Tokens
	if c.last-c.first != 1 || c.first == 0 || !strings.HasPrefix(c.seg.Key(), "ال") || c.seg.Pre != "" && c.seg.Pre != "ال" {
		return false
	}
	prev := toks[c.first-1]
	if prev.Norm == "غير" || prev.Norm == "وغير" {
		return true // «غير المسؤول»: irresponsible
	}
	if !adjectiveShaped(strings.TrimPrefix(c.seg.Key(), "ال")) {
		return false // «ويطالب حزب العمال الحكومة»: a noun after a name is its object, not its adjective
	}
	if prev.Kind != marsad.Word || w.r.lex.Particles.Class(prev.Norm) != "" || w.r.lex.Names.Stopwords[prev.Norm] || w.r.lex.Events.IsVerb(prev.Norm) {
		return false // «التقى الرئيس الروسي»: after a verb, a subject
	}
	if _, ok := w.candAt[c.first-1]; ok {
		return false // «الرئيس» after a name is not an adjective
	}
	// After a definite word, or after a word with a pronoun when it agrees
	// as a feminine nisba («جهودها الدبلوماسية»; but «ذكره الجيش» is a verb
	// and its subject).
	nisbaFem := strings.HasSuffix(c.seg.Key(), "يه")
	for _, s := range arabic.SegmentToken(prev) {
		if s.Det || (s.Suf != "" && s.Suf != "نا" && nisbaFem) {
			return true
		}
	}
	return false
}

// adjectiveShaped reports whether a word has the shape of an adjective: a
// nisba (داخلي, الدبلوماسية) or a participle in م (المعارضة, مسلحون).
func adjectiveShaped(w string) bool {
	for _, s := range []string{"ي", "يه", "يون", "يين", "يات", "يان"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return strings.HasPrefix(w, "م") && len([]rune(w)) >= 4
}

// appositionStart returns where a name in apposition to a role phrase
// ending at token at may start: after definite adjectives («الدائم»), a
// «لدى X» or «في X» phrase, and a comma.
func (w *work) appositionStart(at int) int {
	toks := w.d.Tokens
	if at+1 < len(toks) && toks[at].Norm == "باسم" && strings.HasPrefix(toks[at+1].Norm, "ال") {
		// «المتحدث باسم التحالف …»: whose spokesman, when no actor says it.
		at += 2
	}
	for skip := 0; skip < maxFillers+1 && at < len(toks) && (w.isFiller(toks[at]) || w.isLilFiller(toks[at])); skip++ {
		if ms := w.r.lex.Particles.Titles.At(toks, at); len(ms) > 0 {
			break // a title opens the name: «المتحدث باسم التحالف العقيد الركن طيار تركي المالكي»
		}
		at++
	}
	if at < len(toks) {
		if ms := w.r.lex.Particles.Titles.At(toks, at); len(ms) > 0 {
			at = ms[0].Last
		}
	}
	if at+1 < len(toks) && (toks[at].Norm == "لدي" || toks[at].Norm == "في") {
		if ci, ok := w.candAt[at+1]; ok && w.cands[ci].has(lexicon.OrgName, lexicon.CountryName) {
			at = w.cands[ci].last
		}
	}
	if at < len(toks) && isComma(toks[at]) {
		at++
	}
	return at
}

// compose builds actor codes from an owner's codes and a role's sector: a
// country takes the sector (IRN + GOV); an owner that already has a sector
// or is an organisation keeps its code (RUSGOV, IGOUNO).
func compose(owners []string, sector string) []string {
	var out []string
	for _, o := range owners {
		if len(o) == 3 && !strings.HasPrefix(o, "IGO") && !strings.HasPrefix(o, "NGO") && !strings.HasPrefix(o, "IMG") && o != marsad.UnknownCountry {
			out = appendNew(out, o+sector)
		} else {
			out = appendNew(out, o)
		}
	}
	return out
}

// maxFillers is how many definite words may stand between a role noun and
// its adjective («قوات الدفاع الإسرائيلية», «مندوب روسيا الدائم»).
const maxFillers = 2

// ownersAfter finds what the role noun at candidate ci belongs to, and
// returns the owners and the token where the role phrase ends.
// leadVerbs are the forms of «قاد» (to lead) with the pronoun of what is led
// («التحالف الذي تقوده السعودية»), normalized.
var leadVerbs = map[string]bool{"تقوده": true, "يقوده": true, "تقودها": true, "يقودها": true, "قادته": true, "قادها": true, "قاده": true}

// ledBy reads who leads a body named at pos, past its definite adjectives:
// «التحالف العسكري بقيادة السعودية», «التحالف الذي تقوده السعودية». The
// leader owns it.
func (w *work) ledBy(pos int) (owner, int, bool) {
	toks := w.d.Tokens
	for skip := 0; skip <= maxFillers && pos < len(toks); skip++ {
		n := toks[pos].Norm
		at := -1
		switch {
		case n == "بقياده":
			at = pos + 1
		case (n == "الذي" || n == "التي") && pos+1 < len(toks) && leadVerbs[toks[pos+1].Norm]:
			at = pos + 2
		}
		if at >= 0 {
			if oc, oci := w.candStarting(at); oc != nil && oc.seg.Pre == "" && oc.has(lexicon.CountryName, lexicon.Capital, lexicon.OrgName) {
				return w.nameOwner(oci), w.cands[oci].last, true
			}
			return owner{}, 0, false
		}
		if n == "في" && pos+1 < len(toks) {
			// «التحالف العسكري في اليمن بقيادة السعودية»: where it acts.
			if ci, ok := w.candAt[pos+1]; ok && w.cands[ci].has(lexicon.CountryName, lexicon.PlaceName, lexicon.Capital) {
				pos = w.cands[ci].last
				continue
			}
		}
		if !w.isFiller(toks[pos]) {
			break
		}
		pos++
	}
	return owner{}, 0, false
}

func (w *work) ownersAfter(ci, depth int) ([]owner, int) {
	c := &w.cands[ci]
	sector := c.firstOf(lexicon.SectorWord).Actor
	toks := w.d.Tokens
	pos := c.last
	if pos >= len(toks) || depth > 2 {
		return nil, pos
	}
	// An adjective, after at most maxFillers definite words.
	for skip := 0; skip <= maxFillers && pos+skip < len(toks); skip++ {
		if oc, oci := w.candStarting(pos + skip); oc != nil {
			if adj := oc.only(lexicon.CountryAdj, lexicon.OrgAdj); len(adj) > 0 && !oc.seg.Conj && oc.seg.Prep == 0 && !w.unsupportedWeak(adj) {
				return w.adjectiveOwners(oci), w.cands[oci].last
			}
			break
		}
		if !w.isFiller(toks[pos+skip]) {
			break
		}
	}
	if o, end, ok := w.ledBy(pos); ok {
		return []owner{o}, end
	}
	oc, oci := w.candStarting(pos)
	// «المتحدث الرسمي باسم …»: باسم and في may follow definite adjectives.
	tok := toks[pos]
	for skip := 0; skip < maxFillers && oc == nil && pos+1 < len(toks) && w.isFiller(tok); skip++ {
		if n := toks[pos+1].Norm; n == "باسم" || n == "في" {
			pos++
			tok = toks[pos]
			break
		}
		if !w.isFiller(toks[pos+1]) {
			break
		}
		pos++
		tok = toks[pos]
	}
	if oc == nil && tok.Kind == marsad.QuoteMark && pos+1 < len(toks) {
		// A quoted name: «صحيفة “نيويورك تايمز”».
		if qc, qci := w.candStarting(pos + 1); qc != nil && qc.seg.Pre == "" && qc.has(lexicon.OrgName) {
			end := qc.last
			if end < len(toks) && toks[end].Kind == marsad.QuoteMark {
				end++
			}
			return []owner{w.nameOwner(qci)}, end
		}
	}
	switch {
	case oc != nil && oc.seg.Pre == "" && oc.has(lexicon.CountryName, lexicon.Capital, lexicon.OrgName, lexicon.PlaceName) &&
		!(pos == c.last && sector.Role == "group" && strings.HasPrefix(toks[c.last-1].Norm, "ال")):
		// A genitive: «مندوب روسيا», «وزير خارجية إيران», «مبعوث الأمم المتحدة».
		// Not after a group whose last word has the article: «وقصفت
		// فصائل المعارضة الغوطة الشرقية» — the place is the object.
		return []owner{w.nameOwner(oci)}, w.cands[oci].last
	case oc != nil && oc.seg.Prep == 'ل' && !oc.seg.Conj && sector.Role != "group" &&
		oc.has(lexicon.CountryName, lexicon.OrgName):
		// «الأمين العام للأمم المتحدة».
		return []owner{w.nameOwner(oci)}, w.cands[oci].last
	case w.r.lex.Particles.Is(tok.Norm, "prep") && (tok.Norm == "باسم" || (tok.Norm == "في" && sector.Role == "role" && (sector.Sector == "" || sector.Sector == "GOV"))):
		// «المتحدث باسم الكرملين», «مصدر في الإدارة الأمريكية».
		nc, nci := w.candStarting(pos + 1)
		if nc == nil || nc.seg.Pre != "" && nc.seg.Pre != "ال" {
			break
		}
		if nc.has(lexicon.SectorWord) {
			inner, end := w.ownersAfter(nci, depth+1)
			nc.used = true
			innerSector := nc.firstOf(lexicon.SectorWord).Actor.Sector
			if len(inner) == 0 {
				// «المتحدث باسم الحكومة»: whose government, context says.
				if innerSector == "" {
					break
				}
				return []owner{{codes: []string{marsad.UnknownCountry + innerSector}, first: nc.first, last: nc.last}}, nc.last
			}
			return []owner{{codes: compose(inner[0].codes, innerSector), first: nc.first, last: end}}, end
		}
		if tok.Norm == "في" && !nc.has(lexicon.OrgName) {
			break // «مسؤول في سوريا» is where, not whose
		}
		if nc.has(lexicon.CountryName, lexicon.Capital, lexicon.OrgName, lexicon.PlaceName, lexicon.PersonName) {
			return []owner{w.nameOwner(nci)}, w.cands[nci].last
		}
	case sector.Role == "role" && sector.Sector == "":
		// «مديرة قسم الشرق الأوسط في هيومن رايتس ووتش»: a title whose
		// department the lexicon does not know, in an organisation.
		if o, end, ok := w.departmentOf(pos); ok {
			return []owner{o}, end
		}
	case sector.Role == "group":
		// «ستة عناصر على الأقل من حركة المقاومة الإسلامية»: members of an
		// organisation.
		at := pos
		if at+1 < len(toks) && toks[at].Norm == "علي" && toks[at+1].Norm == "الاقل" {
			at += 2
		}
		if at+1 >= len(toks) || toks[at].Norm != "من" {
			break
		}
		if nc, nci := w.candStarting(at + 1); nc != nil && (nc.seg.Pre == "" || nc.seg.Pre == "ال") && nc.has(lexicon.OrgName) {
			return []owner{w.nameOwner(nci)}, w.cands[nci].last
		}
	}
	return nil, pos
}

// maxDepartmentWords bounds the words of a department's name between a
// title and «في» and its organisation.
const maxDepartmentWords = 4

// departmentOf reads, from token pos, a department's name of words no
// lexicon knows and then «في» and an organisation: the organisation owns
// the title before («مديرة قسم الشرق الأوسط في هيومن رايتس ووتش»).
func (w *work) departmentOf(pos int) (owner, int, bool) {
	toks := w.d.Tokens
	for k := 0; k <= maxDepartmentWords && pos+k+1 < len(toks); k++ {
		t := toks[pos+k]
		if t.Kind != marsad.Word {
			return owner{}, pos, false
		}
		if t.Norm == "في" {
			if k == 0 {
				return owner{}, pos, false
			}
			nc, nci := w.candStarting(pos + k + 1)
			if nc == nil || nc.seg.Pre != "" && nc.seg.Pre != "ال" || !nc.has(lexicon.OrgName) {
				return owner{}, pos, false
			}
			return w.nameOwner(nci), nc.last, true
		}
		if _, ok := w.candAt[pos+k]; ok || w.r.lex.Events.IsVerb(t.Norm) || w.r.lex.Particles.Class(t.Norm) != "" {
			return owner{}, pos, false
		}
	}
	return owner{}, pos, false
}

// unsupportedWeak reports whether all of as are weak forms («المالية»:
// Malian, or financial) of countries the document names nowhere in a form
// of their own or after a preposition of place («في مالي»): «رئيس
// المالية في الحزب» is the party's treasurer, not a Malian.
func (w *work) unsupportedWeak(as []lexicon.Alias) bool {
	for _, a := range as {
		if !a.Weak {
			return false
		}
		for k := range w.cands {
			c := &w.cands[k]
			for _, b := range c.aliases {
				if b.Actor == a.Actor && (!b.Weak || b.Kind == lexicon.CountryName && w.locativeBefore(c.first)) {
					return false
				}
			}
		}
	}
	return true
}

// adjectiveOwners reads an adjective and the adjectives coordinated with it
// by و («الروسي والإيراني»).
func (w *work) adjectiveOwners(ci int) []owner {
	var out []owner
	for {
		c := &w.cands[ci]
		c.used = true
		o := owner{first: c.first, last: c.last, coord: len(out) > 0}
		for _, a := range c.only(lexicon.CountryAdj, lexicon.OrgAdj) {
			o.codes = appendNew(o.codes, a.Actor.Codes...)
		}
		out = append(out, o)
		next, nci := w.candStarting(c.last)
		if next == nil || !next.seg.Conj || next.seg.Prep != 0 || !next.has(lexicon.CountryAdj, lexicon.OrgAdj) {
			return out
		}
		ci = nci
	}
}

// nameOwner reads a name used as owner.
func (w *work) nameOwner(ci int) owner {
	c := &w.cands[ci]
	c.used = true
	o := owner{first: c.first, last: c.last}
	for _, a := range c.aliases {
		if a.Kind == lexicon.SectorWord {
			continue
		}
		// A capital as owner names the country («سفير واشنطن»).
		codes := a.Actor.Codes
		if a.Kind == lexicon.PersonName {
			codes = w.codeOf(a)
		}
		o.codes = appendNew(o.codes, codes...)
	}
	return o
}

// isFiller reports whether a token may stand between a role noun and its
// adjective: a definite word that is neither a particle nor a stopword.
func (w *work) isFiller(t marsad.Token) bool {
	if t.Kind != marsad.Word || !strings.HasPrefix(t.Norm, "ال") {
		return false
	}
	return w.r.lex.Particles.Class(t.Norm) == "" && !w.r.lex.Names.Stopwords[t.Norm]
}

// isLilFiller reports a definite word with the preposition ل that
// qualifies a role («للشؤون السياسية»).
func (w *work) isLilFiller(t marsad.Token) bool {
	return t.Kind == marsad.Word && strings.HasPrefix(t.Norm, "لل") && len([]rune(t.Norm)) > 4
}

func isComma(t marsad.Token) bool { return t.Norm == "،" || t.Norm == "," }

func appendNew(list []string, items ...string) []string {
	for _, it := range items {
		found := false
		for _, x := range list {
			if x == it {
				found = true
				break
			}
		}
		if !found {
			list = append(list, it)
		}
	}
	return list
}
