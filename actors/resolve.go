package actors

import (
	"strings"
	"unicode/utf8"

	"marsad"
	"marsad/arabic"
	"marsad/lexicon"
)

// resolveAmbiguous decides ambiguous mentions (عمان: Oman or Amman;
// طرابلس: Libya or Lebanon) and weak ones (مالي: Mali or "financial") from
// the document: how often each reading's country is mentioned elsewhere,
// coordination with other country names («السعودية وقطر وعمان ومصر»), and
// the noun before the name («سلطنة عمان», «العاصمة الأردنية عمان»). A
// mention whose best reading does not clearly win stays unresolved with its
// alternatives; a weak name without support is dropped: it was a word.
func (w *work) resolveAmbiguous() {
	support := map[string]int{} // country prefix → mentions that resolve to it unambiguously
	for _, m := range w.mentions {
		if m.Code != "" && !m.weak && m.Kind != marsad.Person {
			support[prefix(m.Code)]++
		}
	}
	keep := w.mentions[:0]
	for i := range w.mentions {
		m := w.mentions[i]
		if m.Kind == marsad.Person || (m.Code != "" && !m.weak) || len(m.alts) == 0 {
			keep = append(keep, m)
			continue
		}
		// Score each country (or organisation) the readings point to; the
		// readings of one country (Amman the capital, Amman the city) do
		// not compete with each other.
		scores := map[string]int{}
		countryCoord := w.coordinatedWithCountry(i)
		cue := w.cueBefore(m.First)
		// A preposition of place settles a weak name of one country
		// («في مالي»), not between two (عمان: Oman, or Amman).
		placed := w.locativeBefore(m.First) && w.oneCountry(m.alts)
		for _, code := range m.alts {
			p := prefix(code)
			score := 2 * support[p]
			reading := w.readingKind(m, code)
			if countryCoord && reading == lexicon.CountryName {
				score += 3
			}
			switch {
			case (cue == "state" || placed) && reading == lexicon.CountryName:
				score += 3
			case cue == "city" && (reading == lexicon.Capital || reading == lexicon.PlaceName):
				score += 3
			}
			scores[p] = max(scores[p], score)
		}
		best, second := "", -1
		for p, sc := range scores {
			if best == "" || sc > scores[best] || sc == scores[best] && p < best {
				if best != "" {
					second = max(second, scores[best])
				}
				best = p
			} else {
				second = max(second, sc)
			}
		}
		clear := scores[best] > 0 && scores[best] > second
		switch {
		case clear:
			var within []string
			for _, code := range m.alts {
				if prefix(code) == best {
					within = append(within, code)
				}
			}
			m.Code = within[0]
			if len(within) > 1 {
				m.Code = w.capitalOrCity(w.candAt[m.First], within)
			}
			m.Rule += " context"
			if len(m.alts) == 1 {
				m.alts = nil
			}
			if m.actor != nil && m.actor.Kind != lexicon.SectorWord {
				m.Name, m.Wikidata = w.nameFor(m, m.Code)
			}
			m.weak = false
			keep = append(keep, m)
		case m.weak && len(scores) == 1:
			// A weak name with nothing to support it is an ordinary word.
		default:
			m.Code = ""
			keep = append(keep, m)
		}
	}
	w.mentions = keep
	w.recover()
}

// domestic are the sectors whose members act in their own country: an
// unnamed official, spokesman, opposition, rebels (who rise against their
// own government) or civilians in a report about one country are that
// country's. Soldiers, militants and spies cross borders and keep an
// unknown country.
var domestic = map[string]bool{
	"GOV": true, "OPP": true, "CVL": true, "COP": true, "JUD": true, "LEG": true, "MED": true, "EDU": true,
	"HLH": true, "LAB": true, "BUS": true, "REL": true, "ELI": true, "PTY": true, "REF": true, "AGR": true, "HRI": true, "REB": true,
}

// located are the sectors of things and people found at a place (schools,
// hospitals, civilians, refugees, farms, businesses): their country is the
// place's, not that of whatever adjective stands nearby.
var located = map[string]bool{"EDU": true, "HLH": true, "CVL": true, "REF": true, "AGR": true, "BUS": true}

// contextCountries gives a role or person whose country the text leaves
// unsaid («المتحدث الرسمي باسم الحكومة، محمد المومني» after «نفى الأردن»)
// the country of the nearest mention of a state, its government or
// institutions in the same sentence, or else the sentence before — for the
// domestic sectors only.
func (w *work) contextCountries() {
	var sentOf []int // the sentence of each mention, found when first needed
	dateline := w.datelineEnd()
	main := w.mainCountry()
	for i := range w.mentions {
		m := &w.mentions[i]
		code := m.Code
		if code == "" && m.Kind == marsad.Role && pronoun(m.seg.Suf) && len(m.alts) == 0 {
			// «سفارة غواتيمالا بحضور رئيسها»: the head of the state the
			// pronoun stands for is its government's.
			code = marsad.UnknownCountry + "GOV"
		}
		// Whose is unsaid: for the domestic sectors the context says; for any
		// sector a possessive pronoun does («قواته»: the forces of the one
		// named before).
		home := domestic[strings.TrimPrefix(code, marsad.UnknownCountry)] || m.actor != nil && m.actor.Home
		if !strings.HasPrefix(code, marsad.UnknownCountry) || !home && !pronoun(m.seg.Suf) {
			continue
		}
		if sentOf == nil {
			sentOf = make([]int, len(w.mentions))
			for k := range w.mentions {
				sentOf[k] = w.d.SentenceAt(w.d.Tokens[w.mentions[k].First].Start)
			}
		}
		s := sentOf[i]
		if k := w.describedBefore(i, sentOf); k >= 0 {
			// «وأكد الوزير …» after «وزير الخارجية التركي»: the official
			// named before, not the nearest country.
			m.Code, m.ref = w.mentions[k].Code, w.mentions[k].id
			m.Rule += " refers back"
			continue
		}
		if pronoun(m.seg.Suf) {
			// «حكومته», «قواته»: the government of the one the pronoun
			// stands for, not of the nearest country named.
			if c := w.referentCountry(i, sentOf); c != "" {
				m.Code = c + code[len(marsad.UnknownCountry):]
				m.Rule += " country of the pronoun's referent"
				continue
			}
		}
		if sector := strings.TrimPrefix(code, marsad.UnknownCountry); main != "" && sector == "REB" {
			// «مسلحو المعارضة» in a report on Syria that names Russia
			// nearby: rebels fight in the country the report is about,
			// not in that of a foreign power named beside them. (An
			// opponent, OPP, keeps the nearest clue: «المعارض البارز
			// للعقيد معمر القذافي» in a report on Britain is Libyan.)
			m.Code = main + sector
			m.Rule += " country the report is about"
			continue
		}
		best, dist := "", 1<<30
		place, placeDist := "", 1<<30 // a place of the sentence, for bodies of home
		for back := 0; back <= 1 && best == ""; back++ {
			for k := range w.mentions {
				n := &w.mentions[k]
				if sentOf[k] != s-back || !marsad.Anchored(n.Code) || n.Kind == marsad.Person || n.Last <= dateline ||
					strings.HasPrefix(n.Code, "IGO") || strings.HasPrefix(n.Code, "NGO") || strings.HasPrefix(n.Code, "IMG") ||
					strings.HasSuffix(n.Code, "MED") && !(back == 0 && w.stateMedium(n)) {
					continue // a medium reports on others; a state's own («التلفزيون الرسمي السوري») on its state
				}
				if n.Kind == marsad.Place && !located[code[len(marsad.UnknownCountry):]] {
					if d := abs(n.First - m.First); back == 0 && d < placeDist {
						place, placeDist = n.Code[:3], d
					}
					continue // a place locates buildings and people, not a government
				}
				if n.Adjective && located[code[len(marsad.UnknownCountry):]] {
					continue // «قصفت الطائرات الروسية مدرسة في إدلب»: the aircraft's country, not the school's
				}
				if d := abs(n.First - m.First); d < dist {
					best, dist = n.Code[:3], d
				}
			}
		}
		if best == "" && main != "" && domestic[strings.TrimPrefix(code, marsad.UnknownCountry)] {
			// «شرطة العاصمة» in a report about Britain whose sentence names
			// no state: the country the report is about.
			best = main
		}
		if best == "" && place != "" && m.actor != nil && m.actor.Home {
			// «يستمر قصف القوات الحكومية للغوطة الشرقية»: government
			// forces fighting where no state is named are the country's
			// whose place is named.
			best = place
		}
		if best != "" {
			m.Code = best + code[len(marsad.UnknownCountry):]
			m.Rule += " country from context"
		}
	}
}

// nationalBranches reads an international non-governmental organisation
// followed by a nationality as that country's branch or society: «الهلال
// الأحمر السوري» is the Syrian Arab Red Crescent (SYRNGO), not the
// international movement; the mention takes the adjective in.
func (w *work) nationalBranches() {
	adjAt := map[int]int{} // first token → a nationality adjective mention
	for i, n := range w.mentions {
		if n.Adjective && n.Kind == marsad.Country && len(n.Code) == 3 {
			adjAt[n.First] = i
		}
	}
	if len(adjAt) == 0 {
		return
	}
	dropped := map[int]bool{}
	for i := range w.mentions {
		m := &w.mentions[i]
		if m.Kind != marsad.Org || !strings.HasPrefix(m.Code, "NGO") {
			continue
		}
		if k, ok := adjAt[m.Last]; ok && !dropped[k] {
			n := w.mentions[k]
			m.Code = n.Code + "NGO"
			m.Last, m.End = n.Last, n.End
			m.Rule += " national branch"
			dropped[k] = true
		}
	}
	if len(dropped) == 0 {
		return
	}
	keep := w.mentions[:0]
	for i, m := range w.mentions {
		if !dropped[i] {
			keep = append(keep, m)
		}
	}
	w.mentions = keep
}

// genitiveRoles gives a role of no stated country that a role of a
// stated one follows as its genitive that one's country or organisation
// («مبعوث الأمين العام للأمم المتحدة», «مستشار الرئيس الأمريكي»): the
// envoy is the Secretary-General's, the adviser the president's.
func (w *work) genitiveRoles() {
	toks := w.d.Tokens
	for i := range w.mentions {
		m := &w.mentions[i]
		if m.Kind != marsad.Role || !strings.HasPrefix(m.Code, marsad.UnknownCountry) || m.seg.Suf != "" {
			continue
		}
		for k := range w.mentions {
			n := w.mentions[k]
			if n.First != m.Last || n.Kind != marsad.Role || !marsad.Anchored(n.Code) || n.seg.Prep != 0 || n.seg.Conj ||
				strings.HasPrefix(toks[m.Last-1].Norm, "ال") {
				continue // «الأمين العام» after «مبعوث»; not after a definite word, which the genitive would follow
			}
			if p := prefix(n.Code); strings.HasPrefix(p, "IGO") || strings.HasPrefix(p, "NGO") {
				m.Code = n.Code
			} else {
				m.Code = p + strings.TrimPrefix(m.Code, marsad.UnknownCountry)
			}
			m.Rule += " of the role it is the genitive's"
			break
		}
	}
}

// mainCountry returns the country a report is about: the one its states,
// capitals, places and officials name at least three times and more often
// than any other; "" if none does.
func (w *work) mainCountry() string {
	count := map[string]int{}
	for _, m := range w.mentions {
		if !marsad.Anchored(m.Code) || m.Kind == marsad.Person || strings.HasPrefix(m.Code, "IGO") || strings.HasPrefix(m.Code, "NGO") || strings.HasPrefix(m.Code, "IMG") {
			continue
		}
		count[m.Code[:3]]++
	}
	best, second := "", 0
	for c, n := range count {
		switch {
		case best == "" || n > count[best] || n == count[best] && c < best:
			if best != "" {
				second = max(second, count[best])
			}
			best = c
		default:
			second = max(second, n)
		}
	}
	if best == "" || count[best] < 3 || count[best] <= second {
		return ""
	}
	return best
}

// stateMedium reports whether mention m is a state's own medium: its words
// say so («التلفزيون الرسمي السوري», «وكالة الأنباء الحكومية»).
func (w *work) stateMedium(m *mention) bool {
	for i := m.First; i < m.Last; i++ {
		switch w.d.Tokens[i].Norm {
		case "الرسمي", "الرسميه", "الحكومي", "الحكوميه":
			return true
		}
	}
	return false
}

// rolesAfterNames gives a person the lexicon does not know the code of the
// role phrase that follows the name, directly or past a comma or a bracket:
// «سيرغي كيزلياك، سفير روسيا», «سارة نقدالله الأمين العام لحزب الأمة».
func (w *work) rolesAfterNames() {
	roleAt := map[int]int{} // first token → index of a role mention with an owner
	for i, m := range w.mentions {
		if m.Kind == marsad.Role && marsad.Anchored(m.Code) {
			roleAt[m.First] = i
		}
	}
	if len(roleAt) == 0 {
		return
	}
	toks := w.d.Tokens
	for i := range w.mentions {
		m := &w.mentions[i]
		if m.Kind != marsad.Person || m.actor != nil || marsad.Anchored(m.Code) {
			continue
		}
		at := m.Last
		if at < len(toks) && (isComma(toks[at]) || toks[at].Norm == "(") {
			at++
		}
		if k, ok := roleAt[at]; ok {
			m.Code = w.mentions[k].Code
			m.Rule += " role after the name"
		}
	}
}

// namesAfterRoles gives a name read after a role (pm.ref, «بحضور رئيسها
// جيمي موراليس») the code the role got from its context, when the name has
// none of its own.
func (w *work) namesAfterRoles() {
	byID := map[int]int{}
	for i, m := range w.mentions {
		byID[m.id] = i
	}
	for i := range w.mentions {
		m := &w.mentions[i]
		if m.Kind != marsad.Person || m.actor != nil || marsad.Anchored(m.Code) || m.ref < 0 {
			continue
		}
		if k, ok := byID[m.ref]; ok && w.mentions[k].Kind == marsad.Role && marsad.Anchored(w.mentions[k].Code) {
			m.Code = w.mentions[k].Code
			m.Rule += " role's context"
		}
	}
	// «واتهم السفير الروسي إلى الاتحاد الأوروبي، فلاديمير شيزوف،
	// بريطانيا»: a name set off by commas right after a role, or after
	// the body a role is posted to, is the role's holder.
	toks := w.d.Tokens
	for i := range w.mentions {
		m := &w.mentions[i]
		if m.Kind != marsad.Person || m.actor != nil || marsad.Anchored(m.Code) || m.First < 2 || !isComma(toks[m.First-1]) {
			continue
		}
		if m.Last < len(toks) && toks[m.Last].Kind == marsad.Word && !w.r.lex.Events.IsVerb(toks[m.Last].Norm) {
			continue // the name must close its apposition: a comma, a verb, the end
		}
		if r := w.roleEndingAt(m.First - 1); r >= 0 {
			m.Code, m.ref = w.mentions[r].Code, w.mentions[r].id
			m.Rule += " in apposition to the role before it"
		}
	}
}

// roleEndingAt returns the role mention, of a country it names itself,
// that ends at token end, directly or through the body it is posted to
// («السفير الروسي إلى الاتحاد الأوروبي», «مندوب الكويت لدى الأمم
// المتحدة»), or -1.
func (w *work) roleEndingAt(end int) int {
	for k := range w.mentions {
		r := w.mentions[k]
		if r.Last != end {
			continue
		}
		if r.Kind == marsad.Role && marsad.Anchored(r.Code) && !strings.Contains(r.Rule, "from context") {
			return k
		}
		if r.Kind != marsad.Org && r.Kind != marsad.Country || r.First < 2 {
			return -1
		}
		prep := r.First - 1
		if n := w.d.Tokens[prep].Norm; n != "الي" && n != "لدي" && n != "في" {
			if r.seg.Prep != 'ل' {
				return -1
			}
			prep = r.First
		}
		for j := range w.mentions {
			if o := w.mentions[j]; o.Last == prep && o.Kind == marsad.Role && marsad.Anchored(o.Code) && !strings.Contains(o.Rule, "from context") {
				return j
			}
		}
		return -1
	}
	return -1
}

// orgsBeforeNames gives a person the lexicon does not know the code of the
// organisation or state a title before the name ends on, with ل: «عضو
// اللجنة التنفيذية لمنظمة التحرير الفلسطينية حنان عشراوي».
func (w *work) orgsBeforeNames() {
	endsAt := map[int]int{}
	for i, m := range w.mentions {
		if (m.Kind == marsad.Org || m.Kind == marsad.Country) && m.seg.Prep == 'ل' && marsad.Anchored(m.Code) {
			endsAt[m.Last] = i
		}
	}
	for i := range w.mentions {
		m := &w.mentions[i]
		if m.Kind != marsad.Person || m.actor != nil || marsad.Anchored(m.Code) {
			continue
		}
		if k, ok := endsAt[m.First]; ok {
			m.Code = w.mentions[k].Code
			m.Rule += " of the organisation before the name"
		}
	}
}

// nationalsBeforeNames gives a person the lexicon does not know the country
// of the nationality adjective right before the name, or before
// «الجنسية» right before it: «شقة اللبناني نادر عصام عساف», «وزوجته
// سورية الجنسية منى حسون».
func (w *work) nationalsBeforeNames() {
	toks := w.d.Tokens
	endsAt := map[int]int{}
	for i, m := range w.mentions {
		if (m.Kind == marsad.Role || m.Kind == marsad.Group) && marsad.Anchored(m.Code) && !strings.Contains(m.Rule, "from context") && m.Last < len(toks) {
			// «مواطنة فرنسية تدعى ميلينا بوغدير»: the person the role
			// names, of its country and sector.
			if ms := w.r.lex.Particles.Titles.At(toks, m.Last); len(ms) > 0 && ms[0].Last < len(toks) &&
				(toks[m.Last].Norm == "يدعي" || toks[m.Last].Norm == "تدعي") {
				endsAt[ms[0].Last] = i
			}
			continue
		}
		if m.Kind != marsad.Country || len(m.Code) != 3 {
			continue
		}
		if m.Adjective {
			endsAt[m.Last] = i
			if m.Last < len(toks) {
				if ms := w.r.lex.Particles.Titles.At(toks, m.Last); len(ms) > 0 {
					endsAt[ms[0].Last] = i // «رجل روسي يدعى نيكولا جلوشكوف»: past a title
				}
			}
		}
		if m.Last < len(toks) && (toks[m.Last].Norm == "الجنسيه" || toks[m.Last].Norm == "الجنسية") {
			endsAt[m.Last+1] = i // «سورية الجنسية»: the country's name may stand for the adjective
		}
	}
	for i := range w.mentions {
		m := &w.mentions[i]
		if m.Kind != marsad.Person || m.actor != nil || marsad.Anchored(m.Code) {
			continue
		}
		if k, ok := endsAt[m.First]; ok {
			if n := w.mentions[k]; n.Kind != marsad.Country {
				m.Code = n.Code
			} else {
				m.Code = n.Code + strings.TrimPrefix(m.Code, marsad.UnknownCountry)
			}
			m.Rule += " of the nationality before the name"
		}
	}
}

// holdersAfterRoles gives a role whose owner the text left to the context
// the code of the known person named after it, past a comma: «وقال وزيرا
// الخارجية والتنمية الدولية، بوريس جونسون، وبيني موردونت» are British,
// whatever country was named last.
func (w *work) holdersAfterRoles() {
	toks := w.d.Tokens
	for i := range w.mentions {
		r := &w.mentions[i]
		if r.Kind != marsad.Role || marsad.Anchored(r.Code) && !strings.Contains(r.Rule, "country from context") {
			continue
		}
		best := -1
		for k := range w.mentions {
			p := &w.mentions[k]
			if p.First >= r.Last && p.First <= r.Last+5 && (best < 0 || p.First < w.mentions[best].First) {
				best = k
			}
		}
		if best < 0 {
			continue
		}
		p := w.mentions[best]
		if p.Kind != marsad.Person || p.actor == nil || !marsad.Anchored(p.Code) || p.First == 0 || !isComma(toks[p.First-1]) {
			continue
		}
		r.Code = p.Code
		r.Rule += " holder named after"
	}
}

// datelinePlaces makes the countries of a dateline places: «دبي، الإمارات
// العربية المتحدة (CNN)--» says where the report was filed, not who acts
// in it.
func (w *work) datelinePlaces() {
	end := w.datelineEnd()
	for i := range w.mentions {
		if m := &w.mentions[i]; m.Last <= end && m.Kind == marsad.Country {
			m.Kind = marsad.Place
			m.Rule += " dateline"
		}
	}
}

// datelineEnd returns the token after a dateline that opens the document
// («أتلانتا، الولايات المتحدة الأمريكية (CNN)--», «لندن ـ «الشرق الأوسط»:»,
// «الرباط - رويترز»), or 0: where the report was filed, which says nothing
// of whose an unnamed official or activist is. A dateline is place names
// (with commas), then an agency in brackets or quotation marks or after the
// dash, ended by a dash or a colon within its first dozen tokens.
func (w *work) datelineEnd() int {
	toks := w.d.Tokens
	place, inside, dashed := false, false, false
	for i := 0; i < len(toks) && i < 14; i++ {
		t := toks[i]
		switch {
		case t.Norm == "(" || t.Kind == marsad.QuoteMark:
			inside = !inside || t.Norm == "("
			continue
		case t.Norm == ")":
			inside = false
			continue
		case isComma(t):
			continue
		case t.Norm == ":" || isDash(t):
			if !place {
				return 0
			}
			dashed = true
			if t.Norm == ":" {
				return i + 1
			}
			continue
		}
		if inside || dashed && i+1 < len(toks) && (toks[i+1].Norm == ":" || isDash(toks[i+1])) {
			continue // the agency
		}
		if dashed {
			if w.agencyAt(i) {
				continue // «الرباط - رويترز»
			}
			return i
		}
		m := w.mentionAt(i)
		if m == nil || (m.Kind != marsad.Place && m.Kind != marsad.Country) {
			return 0
		}
		place = true
	}
	return 0
}

// isDash reports whether t is a dash or a bare tatweel used as one.
func isDash(t marsad.Token) bool {
	return t.Norm == "-" || t.Norm == "--" || t.Norm == "–" || t.Norm == "—" || strings.Trim(t.Norm, "ـ") == "" && t.Kind != marsad.Punct
}

// agencyAt reports whether a news organisation's mention covers token i.
func (w *work) agencyAt(i int) bool {
	m := w.mentionAt(i)
	return m != nil && strings.HasSuffix(m.Code, "MED")
}

// mentionAt returns the mention covering token i, or nil.
func (w *work) mentionAt(i int) *mention {
	for k := range w.mentions {
		if m := &w.mentions[k]; m.First <= i && i < m.Last {
			return m
		}
	}
	return nil
}

// ownCountries makes a mention of «بلاده», «بلادها», «بلدهم» (his, her,
// their country): the country of the one the pronoun stands for, or no
// mention when no one is named before it.
func (w *work) ownCountries() {
	toks := w.d.Tokens
	var sentOf []int
	for i := range toks {
		if toks[i].Kind != marsad.Word || w.covered(i) || !strings.Contains(toks[i].Norm, "بل") {
			continue
		}
		for _, seg := range arabic.SegmentToken(toks[i]) {
			if (seg.Stem != "بلاد" && seg.Stem != "بلد") || seg.Det || !pronoun(seg.Suf) {
				continue
			}
			if sentOf == nil {
				sentOf = make([]int, len(w.mentions))
				for k := range w.mentions {
					sentOf[k] = w.d.SentenceAt(toks[w.mentions[k].First].Start)
				}
			}
			code := w.referentBefore(i, w.d.SentenceAt(toks[i].Start), sentOf)
			if code == "" {
				break
			}
			m := newMention(i, i+1, marsad.Country)
			m.Code = code
			m.Rule = w.rule + " own country of the pronoun's referent"
			full := seg
			full.Suf = "" // the span keeps the pronoun: «بلاده»
			w.addSegmented(m, full)
			sentOf = append(sentOf, w.d.SentenceAt(toks[i].Start))
			break
		}
	}
}

// describedBefore returns the mention that a bare definite title refers to
// («الوزير», «الرئيس», «المتحدث»): the latest official named before it,
// within maxAnaphoraSentences, whose title the bare one abbreviates (وزير
// الخارجية التركي → الوزير); -1 if none.
func (w *work) describedBefore(i int, sentOf []int) int {
	m := w.mentions[i]
	if m.Kind != marsad.Role || m.actor == nil || m.actor.Role != "role" || m.Last-m.First != 1 || !strings.HasPrefix(m.seg.Key(), "ال") {
		return -1
	}
	best := -1
	for k, a := range w.mentions {
		if k == i || a.First >= m.First || a.actor == nil || !marsad.Anchored(a.Code) || sentOf[i]-sentOf[k] > maxAnaphoraSentences {
			continue
		}
		if a.Kind != marsad.Role || !strings.HasPrefix(a.actor.ID, m.actor.ID) {
			continue
		}
		if best < 0 || a.First > w.mentions[best].First {
			best = k
		}
	}
	return best
}

// pronoun reports a third-person possessive suffix.
func pronoun(suf string) bool {
	switch suf {
	case "ه", "ها", "هم", "هما", "هن":
		return true
	}
	return false
}

// referentCountry returns the country of the person, official or body that
// the pronoun on mention i most likely stands for: the nearest one named
// before it in its sentence, or else in the sentence before; "" if none.
func (w *work) referentCountry(i int, sentOf []int) string {
	return w.referentBefore(w.mentions[i].First, sentOf[i], sentOf)
}

// referentBefore returns the country of the nearest person, official or
// body named before token tok in sentence s, or else in the sentence before;
// sentOf gives each mention's sentence.
func (w *work) referentBefore(tok, s int, sentOf []int) string {
	best, bestFirst := "", -1
	for back := 0; back <= 1 && best == ""; back++ {
		for k := range w.mentions {
			n := w.mentions[k]
			if sentOf[k] != s-back || n.First >= tok || !marsad.Anchored(n.Code) || n.Adjective {
				continue
			}
			if n.Kind != marsad.Person && n.Kind != marsad.Role && n.Kind != marsad.Org && n.Kind != marsad.Country {
				continue
			}
			if strings.HasPrefix(n.Code, "IGO") || strings.HasPrefix(n.Code, "NGO") || strings.HasSuffix(n.Code, "MED") {
				continue
			}
			if n.First > bestFirst {
				best, bestFirst = n.Code[:3], n.First
			}
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// readingKind returns the kind of entry behind one of an ambiguous
// mention's codes.
func (w *work) readingKind(m mention, code string) lexicon.EntryKind {
	if ci, ok := w.candAt[m.First]; ok {
		for _, a := range w.cands[ci].aliases {
			for _, c := range w.codeOf(a) {
				if c == code {
					return a.Kind
				}
			}
		}
	}
	return lexicon.SectorWord
}

// nameFor returns the English name and Wikidata id of the entry behind code.
func (w *work) nameFor(m mention, code string) (string, string) {
	if ci, ok := w.candAt[m.First]; ok {
		for _, a := range w.cands[ci].aliases {
			for _, c := range w.codeOf(a) {
				if c == code {
					return a.Actor.Name, a.Actor.Wikidata
				}
			}
		}
	}
	return "", ""
}

// coordinatedWithCountry reports whether mention i is joined by و or a
// comma to a mention of a country name.
func (w *work) coordinatedWithCountry(i int) bool {
	m := w.mentions[i]
	toks := w.d.Tokens
	isCountry := func(n mention) bool {
		return n.Kind == marsad.Country && n.Code != "" && !n.weak && len(prefix(n.Code)) == 3
	}
	for _, n := range w.mentions {
		switch {
		case n.Last == m.First && w.startsWithConj(m.First):
		case n.Last+1 == m.First && isComma(toks[n.Last]):
		case m.Last == n.First && w.startsWithConj(n.First):
		case m.Last+1 == n.First && isComma(toks[m.Last]):
		default:
			continue
		}
		if isCountry(n) {
			return true
		}
	}
	return false
}

// startsWithConj reports whether the token at i carries the conjunction و.
func (w *work) startsWithConj(i int) bool {
	if ci, ok := w.candAt[i]; ok {
		return w.cands[ci].seg.Conj
	}
	return strings.HasPrefix(w.d.Tokens[i].Norm, "و")
}

// cueBefore returns the particle class ("state", "city") of the noun right
// before token i, looking past one adjective («العاصمة الأردنية عمان»).
func (w *work) cueBefore(i int) string {
	p := w.r.lex.Particles
	for back := 1; back <= 2 && i-back >= 0; back++ {
		t := w.d.Tokens[i-back]
		if c := p.Class(t.Norm); c == "state" || c == "city" {
			return c
		}
		for _, s := range arabic.SegmentToken(t)[1:] {
			if c := p.Class(s.Stem); s.Suf == "" && (c == "state" || c == "city") {
				return c
			}
		}
	}
	return ""
}

// oneCountry reports whether codes all belong to one country.
func (w *work) oneCountry(codes []string) bool {
	for _, c := range codes {
		if prefix(c) != prefix(codes[0]) {
			return false
		}
	}
	return true
}

// locativeBefore reports whether token i follows a word that places
// something in a country: a preposition of place or a point of the compass
// («في مالي», «شمال مالي»), after which a weak country name («مالي»,
// also "financial") is the country.
func (w *work) locativeBefore(i int) bool {
	if i == 0 {
		return false
	}
	switch w.d.Tokens[i-1].Norm {
	case "في", "الي", "من", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي":
		return true
	}
	return false
}

// corefer resolves short forms of names: a lexicon surname marked `~`
// (الأسد) counts only after the person's full name or right after a title
// or role; a surname alone after a full name the lexicon does not know
// («دميتري بيسكوف» … «بيسكوف») repeats it.
func (w *work) corefer() {
	full := map[*lexicon.Actor]int{}        // person → id of its first multi-word mention
	fullCode := map[*lexicon.Actor]string{} // and that mention's code (w.mentions is rewritten below)
	for _, m := range w.mentions {
		if m.Kind == marsad.Person && m.actor != nil && m.Last-m.First > 1 {
			if _, ok := full[m.actor]; !ok {
				full[m.actor], fullCode[m.actor] = m.id, m.Code
			}
		}
	}
	keep := w.mentions[:0]
	for _, m := range w.mentions {
		if m.Kind == marsad.Person && m.weak && len(m.people) > 0 {
			for _, p := range m.people {
				if id, ok := full[p]; ok {
					m.actor, m.ref, m.weak = p, id, false
					m.Code, m.alts = fullCode[p], nil
					m.Name, m.Wikidata = p.Name, p.Wikidata
					m.Rule += " after full name"
					break
				}
			}
			if m.weak {
				continue // «صالح» alone: no way to tell which Saleh, if any
			}
		}
		if m.Kind == marsad.Person && m.weak && m.actor != nil {
			if id, ok := full[m.actor]; ok {
				// The surname repeats the full name and takes its code:
				// «مندوب سوريا لدى الأمم المتحدة بشار الجعفري» … «الجعفري».
				m.ref, m.weak = id, false
				m.Code, m.alts = fullCode[m.actor], nil
				m.Rule += " after full name"
			} else if w.titledAt(m.First, m.Code) {
				m.weak = false
				m.Rule += " after title"
			} else if id := w.officeBefore(m); id >= 0 {
				m.ref, m.weak = id, false
				m.Rule += " after the office named before"
			} else {
				continue // «الأسد» alone is not yet Bashar al-Assad
			}
		}
		keep = append(keep, m)
	}
	w.mentions = keep
	w.recover()
	w.headAnaphora()
	w.definiteDescriptions()
	// Surnames of people found without the lexicon.
	type fullName struct {
		id   int
		code string
		alts []string
		at   int
	}
	surnames := map[string]fullName{}
	for _, m := range w.mentions {
		if m.Kind == marsad.Person && m.actor == nil && m.Last-m.First > 1 {
			last := w.d.Tokens[m.Last-1].Norm
			if _, ok := surnames[last]; !ok && !nameConnectors[last] {
				surnames[last] = fullName{id: m.id, code: m.Code, alts: m.alts, at: m.Last}
			}
			// «تشوي سون هوي» … «وردت تشوي»: a name of three words or more
			// that opens with no given name is East Asian, its family name
			// first.
			if first := w.d.Tokens[m.First].Norm; m.Last-m.First >= 3 && !w.r.lex.Names.IsGiven(first) &&
				!nameConnectors[first] && w.eastAsian(m.First, m.Last) {
				if _, ok := surnames[first]; !ok {
					surnames[first] = fullName{id: m.id, code: m.Code, alts: m.alts, at: m.Last}
				}
			}
		}
	}
	if len(surnames) == 0 {
		return
	}
	// A stem is part of its word: a word that holds no surname needs no
	// look at its segmentations.
	names := make([]string, 0, len(surnames))
	for name := range surnames {
		names = append(names, name)
	}
	for i := range w.d.Tokens {
		t := &w.d.Tokens[i]
		if t.Kind != marsad.Word || w.covered(i) || !containsAny(t.Norm, names) {
			continue
		}
		for _, s := range arabic.SegmentToken(*t) {
			f, ok := surnames[s.Stem]
			if !ok || s.Det || s.Fut || i < f.at {
				continue
			}
			m := newMention(i, i+1, marsad.Person)
			m.Code, m.alts, m.ref = f.code, f.alts, f.id
			m.Rule = w.rule + " surname"
			w.addSegmented(m, s)
			break
		}
	}
}

// eastAsian reports whether the name in tokens [first, last) has the shape
// of a Chinese or Korean name in Arabic: short syllables, the first (the
// family name) of two to four letters, none over six, none with the
// article («شي جين بينغ», «تشوي سون هوي», «لي كه تشيانغ»; not «يوليا
// سكريبال»).
func (w *work) eastAsian(first, last int) bool {
	for i := first; i < last; i++ {
		n := w.d.Tokens[i].Norm
		l := utf8.RuneCountInString(n)
		if l > 6 || i == first && (l < 2 || l > 4) || strings.HasPrefix(n, "ال") {
			return false
		}
	}
	return true
}

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// maxAnaphoraSentences is how far back a definite description looks for
// what it refers to.
const maxAnaphoraSentences = 3

// definiteDescriptions resolves a bare definite body noun («الصحيفة»,
// «الوكالة») to the nearest earlier mention with the same sector
// («صحيفة نيويورك تايمز» … «كما أشارت الصحيفة»).
func (w *work) definiteDescriptions() {
	for i := range w.mentions {
		m := &w.mentions[i]
		if marsad.Anchored(m.Code) || m.Kind != marsad.Role || m.actor == nil || m.actor.Sector == "" || m.actor.Role != "body" ||
			m.Last-m.First != 1 || !strings.HasPrefix(m.seg.Key(), "ال") {
			continue
		}
		sent := w.d.SentenceAt(w.d.Tokens[m.First].Start)
		best := -1
		for j, a := range w.mentions {
			if a.First >= m.First || !marsad.Anchored(a.Code) || len(a.Code) < 6 || a.Code[3:6] != m.actor.Sector {
				continue
			}
			if sent-w.d.SentenceAt(w.d.Tokens[a.First].Start) > maxAnaphoraSentences {
				continue
			}
			if best < 0 || a.First > w.mentions[best].First {
				best = j
			}
		}
		if best >= 0 {
			m.Code, m.ref = w.mentions[best].Code, w.mentions[best].id
			m.Rule += " refers back"
		}
	}
}

// headAnaphora resolves a bare definite noun to the nearest earlier body
// whose name it heads («لجنة الاستخبارات في مجلس النواب» … «كذلك فإن
// اللجنة رفضت»; «وزارة الخارجية الفلبينية» … «وذكرت الوزارة»), within
// maxAnaphoraSentences: a mention the lexicon read by sector alone takes
// that body's code, and a word the lexicon does not know becomes a mention
// of it. A definite adjective after the noun names another body
// («اللجنة الأولمبية») and stops it.
func (w *work) headAnaphora() {
	toks := w.d.Tokens
	heads := map[string][]int{} // head word → mentions it heads, in order
	for i, m := range w.mentions {
		if stem, def := headOf(m.seg); (m.Kind == marsad.Role || m.Kind == marsad.Org) && marsad.Anchored(m.Code) && m.Last-m.First > 1 && !def {
			heads[stem] = append(heads[stem], i)
		}
	}
	if len(heads) == 0 {
		return
	}
	antecedent := func(stem string, at int) int {
		best := -1
		s := w.d.SentenceAt(toks[at].Start)
		for _, k := range heads[stem] {
			a := w.mentions[k]
			if a.First >= at || s-w.d.SentenceAt(toks[a.First].Start) > maxAnaphoraSentences {
				continue
			}
			if best < 0 || a.First > w.mentions[best].First {
				best = k
			}
		}
		return best
	}
	anotherBody := func(i int) bool {
		return i+1 < len(toks) && toks[i+1].Kind == marsad.Word && strings.HasPrefix(toks[i+1].Norm, "ال")
	}
	// Mentions read by sector alone.
	for i := range w.mentions {
		m := &w.mentions[i]
		stem, def := headOf(m.seg)
		if m.Kind != marsad.Role || m.Last-m.First != 1 || !def || m.seg.Suf != "" || anotherBody(m.First) ||
			marsad.Anchored(m.Code) && !strings.Contains(m.Rule, "country from context") {
			continue
		}
		if k := antecedent(stem, m.First); k >= 0 {
			m.Code, m.ref = w.mentions[k].Code, w.mentions[k].id
			m.Rule += " refers back to the body it heads"
		}
	}
	// Roles of a body named by its bare head («المتحدثة باسم الوزارة»
	// after «وزارة الخارجية البريطانية»): the body's country, not the
	// nearest country named.
	for i := range w.mentions {
		m := &w.mentions[i]
		if m.Kind != marsad.Role || m.Last-m.First < 2 || !strings.Contains(m.Rule, "country from context") ||
			anotherBody(m.Last-1) || len(m.Code) < 3 {
			continue
		}
		for _, seg := range arabic.SegmentToken(toks[m.Last-1]) {
			stem, def := headOf(seg)
			if !def || seg.Suf != "" || len(heads[stem]) == 0 {
				continue
			}
			if k := antecedent(stem, m.Last-1); k >= 0 {
				m.Code = w.mentions[k].Code[:3] + m.Code[3:]
				m.Rule = strings.Replace(m.Rule, " country from context", " country of the body it names", 1)
			}
			break
		}
	}
	// Words the lexicon does not know.
	for i := range toks {
		if toks[i].Kind != marsad.Word || w.covered(i) || anotherBody(i) {
			continue
		}
		for _, seg := range arabic.SegmentToken(toks[i]) {
			stem, def := headOf(seg)
			if !def || seg.Suf != "" || seg.Fut || len(heads[stem]) == 0 {
				continue
			}
			if k := antecedent(stem, i); k >= 0 {
				a := w.mentions[k]
				m := newMention(i, i+1, a.Kind)
				m.Code, m.Name, m.ref = a.Code, a.Name, a.id
				m.Rule = w.rule + " refers back to the body it heads"
				w.addSegmented(m, seg)
			}
			break
		}
	}
}

// headOf returns a word's stem without the article, and whether it had
// one (the segmenter splits it off, or a lexicon form keeps it).
func headOf(seg arabic.Segmentation) (string, bool) {
	if seg.Det {
		return seg.Stem, true
	}
	if rest, ok := strings.CutPrefix(seg.Stem, "ال"); ok && utf8.RuneCountInString(rest) >= 3 {
		return rest, true
	}
	return seg.Stem, false
}

// titledAt reports whether a title or a role mention ends right before
// token i («الرئيس الأسد», «الرئيس السوري بشار الأسد»).
func (w *work) titledAt(i int, code string) bool {
	for _, m := range w.mentions {
		if m.Last == i && (m.Kind == marsad.Role) {
			// «الأمين العام بان», «الرئيس الأسد»; not «وذكر الناشط السوري
			// بأن»: the role must fit the person.
			return fits(m.Code, code)
		}
	}
	toks := w.d.Tokens
	for back := 1; back <= 2 && i-back >= 0; back++ {
		if ms := w.r.lex.Particles.Titles.At(toks, i-back); len(ms) > 0 && ms[0].Last == i {
			return true
		}
	}
	return false
}

// setPrepositions records the preposition governing each mention: a
// proclitic (ب, ل, ك) on its first word or a preposition word before it.
func (w *work) setPrepositions() {
	toks := w.d.Tokens
	for i := range w.mentions {
		m := &w.mentions[i]
		if seg := m.seg; seg.Prep != 0 {
			m.Prep = string(seg.Prep)
			continue
		}
		if m.First > 0 {
			if prev := toks[m.First-1].Norm; w.r.lex.Particles.Is(prev, "prep") {
				m.Prep = prev
			}
		}
	}
}

// prefix returns the country or organisation part of a code: its first
// three letters, or for IGO and NGO codes the first six.
func prefix(code string) string {
	if len(code) >= 6 && (strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO")) {
		return code[:6]
	}
	if len(code) >= 3 {
		return code[:3]
	}
	return code
}

// recover rebuilds the token cover after mentions were dropped.
func (w *work) recover() {
	clear(w.cover)
	for _, m := range w.mentions {
		for i := m.First; i < m.Last && i < len(w.cover); i++ {
			w.cover[i] = true
		}
	}
}

// officeBefore returns the role mention before person mention m that names
// the office the person held that day («الرئيس الإيراني … روحاني»): a role
// whose code is the person's, of the same kind of office. -1 if none.
func (w *work) officeBefore(m mention) int {
	if m.Code == "" || !marsad.Anchored(m.Code) {
		return -1
	}
	term, former, future := m.actor.TermAt(w.day)
	if former || future || term.Role == "" {
		return -1
	}
	for _, r := range w.mentions {
		if r.First >= m.First || r.Kind != marsad.Role || r.Code != m.Code || r.actor == nil {
			continue
		}
		if sameOffice(r.actor.Office, term.Role) {
			return r.id
		}
	}
	return -1
}

// sameOffice reports whether a role noun's office names a person's term:
// the same office, or the two heads of state and government, which the
// press calls «الرئيس» both (Iran's president heads its government).
func sameOffice(noun, term string) bool {
	leader := func(o string) bool { return o == "head_of_state" || o == "head_of_government" }
	return noun != "" && (noun == term || leader(noun) && leader(term))
}

// fits reports whether a role's code can describe a person of code person:
// the same country or organisation where the role names one, the same
// sector where both name one (---GOV fits SYRGOV; SYRCVL does not fit
// IGOUNO).
func fits(role, person string) bool {
	if role == "" || person == "" {
		return true
	}
	rc, pc := prefix(role), prefix(person)
	if marsad.Anchored(role) && rc != pc {
		return false
	}
	rs, ps := strings.TrimPrefix(role, rc), strings.TrimPrefix(person, pc)
	if len(rs) >= 3 && len(ps) >= 3 && !strings.HasPrefix(pc, "IGO") && !strings.HasPrefix(pc, "NGO") {
		return rs[:3] == ps[:3]
	}
	return true
}
