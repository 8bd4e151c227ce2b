package events

import (
	"slices"
	"strings"
	"unicode/utf8"

	"marsad"
	"marsad/arabic"
	"marsad/clause"
	"marsad/lexicon"
)

// frame is who does the act of a trigger to whom.
type frame struct {
	sources, targets []int // mention indexes
	rule             string
	// instrument is set when the act's subject is a weapon («الصواريخ التي
	// ضربت مواقع»): a use of force with no named source.
	instrument bool
	// relAgent is set when the agent of a verbal noun is the subject of a
	// relative clause on it («الضربات التي وجهتها القوات الجوية»).
	relAgent bool
}

// ruleRelativeAgent names the agent a relative clause on a verbal noun gives.
const ruleRelativeAgent = "subject of the relative clause on the noun"

// ruleActSubject is the frame rule of a threat whose subject is an act.
const ruleActSubject = "the subject is an act, not an actor"

// maxVSOGap is how many tokens may stand between a verb and its subject
// («أجرى أمس الرئيس …»).
const maxVSOGap = 3

// maxObjectGap is how many tokens (adverbs, adjectives of the subject:
// «مسؤول أممي بارز إسرائيل») may stand before a direct object.
const maxObjectGap = 2

// maxTargetDistance bounds how far after the trigger a target is looked for.
const maxTargetDistance = 14

// headKind returns what the trigger's head token matched as.
func (tr trigger) headKind(d *marsad.Document) lexicon.FormKind {
	return tr.m.Pattern.Words[0].KindOf(d.Tokens[tr.head].Norm, tr.m.Seg)
}

// isParticiple reports whether the trigger's head matched a participle
// form (داعيًا, محذرة): a circumstantial clause of the sentence's subject.
func (tr trigger) isParticiple(d *marsad.Document) bool {
	return tr.headKind(d) == lexicon.ParticipleForm
}

// agreement reads what subject the trigger's verb agrees with, knowing from
// the lexicon whether the form matched is past or present.
func (w *work) agreement(tr trigger) clause.Agreement {
	spec := tr.m.Pattern.Words[0]
	tense := clause.Past
	if spec.Present[tr.m.Seg.Key()] || spec.Present[w.d.Tokens[tr.head].Norm] {
		tense = clause.Present
	}
	return clause.FormAgreement(w.d.Tokens[tr.head].Norm, tense)
}

// firstPerson reports whether the head matched a first-person plural verb
// (ندين, نطالب): the act is the speaker's.
func (tr trigger) firstPerson(d *marsad.Document) bool {
	return tr.headKind(d)&lexicon.FirstPersonForm != 0
}

// isNoun reports whether the head matched a noun (a verbal noun). A form
// that is both a verb and a noun (قصف) is a noun when it carries the
// article or a preposition.
func (tr trigger) isNoun(d *marsad.Document) bool {
	k := tr.headKind(d)
	if k&lexicon.NounForm == 0 {
		return false
	}
	return k&lexicon.VerbForm == 0 || tr.m.Seg.Det || tr.m.Seg.Prep != 0 || tr.afterPrep || tr.objectSlot
}

// supportBefore reports whether a phrase of backing («بدعم من», «بمساندة»,
// «بغطاء», «بمشاركة») stands in the four tokens before token i («بدعم من
// قوة جوية روسية»).
func (w *work) supportBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		switch w.d.Tokens[j].Norm {
		case "بدعم", "بمساعده", "بمسانده", "بغطاء", "بمشاركه", "بالتعاون":
			return true
		}
	}
	return false
}

// genitiveOfTopic reports whether mention m is the genitive of a noun that
// a preposition governs («قلقها من قرار واشنطن», «بشأن سياسة إيران»,
// «ندد بتصريحات نتنياهو»): the owner of what the act is about.
func (w *work) genitiveOfTopic(m marsad.Mention) bool {
	d := w.d
	if m.Prep != "" || m.First < 2 {
		return false
	}
	// One noun, or two in a genitive chain («بقرار انسحاب ترامب»), after
	// a topic preposition or carrying ب or ل («ندد بتصريحات نتنياهو»).
	for noun := m.First - 1; noun >= 1 && noun >= m.First-2; noun-- {
		t := d.Tokens[noun]
		if t.Kind != marsad.Word || w.inMention(noun) || strings.HasPrefix(t.Norm, "ال") {
			return false
		}
		if topicPreposition(d.Tokens[noun-1].Norm) {
			return true
		}
		for _, seg := range arabic.SegmentToken(t)[1:] {
			if (seg.Prep == 'ب' || seg.Prep == 'ل') && !seg.Det && seg.Suf == "" && utf8.RuneCountInString(seg.Stem) >= 3 {
				return true
			}
		}
	}
	return false
}

// topicPreposition reports a preposition that names what an attitude is
// about (normalized): من, بشأن, إزاء, حول, تجاه, عن.
func topicPreposition(n string) bool {
	switch n {
	case "من", "بشان", "ازاء", "حول", "تجاه", "عن":
		return true
	}
	return false
}

// appositionEnd returns where an apposition of the subject that starts at
// token from ends (at the comma that closes it): a role or name of the
// subject's country, then a comma; from if there is none.
func (w *work) appositionEnd(subject, from, to int) int {
	d := w.d
	sc := prefixOf(d.Mentions[subject].Code)
	for _, i := range clause.Mentions(d, from, min(to, from+1)) {
		m := d.Mentions[i]
		if m.Prep != "" || (m.Kind != marsad.Role && m.Kind != marsad.Person) || sc == "" || prefixOf(m.Code) != sc {
			return from
		}
		end := m.Last
		for end < to && !isComma(d.Tokens[end]) && end-m.Last < 4 && d.Tokens[end].Kind == marsad.Word {
			end++ // «وزير الدولة الإماراتي للشؤون الخارجية»: the role's own words
		}
		if end < to && isComma(d.Tokens[end]) {
			return end
		}
	}
	return from
}

// quantifiers count a group before من («عدد من القادة»).
var quantifiers = map[string]bool{
	"عدد": true, "بعض": true, "مجموعه": true, "عشرات": true, "مئات": true, "الاف": true, "كبار": true, "ممثلي": true,
}

// contentStart returns where the reported content of a speech act begins
// in [from, to): a complementizer or a quotation mark; to if none.
func (w *work) contentStart(from, to int) int {
	for i := from; i < to; i++ {
		t := w.d.Tokens[i]
		if t.Kind == marsad.QuoteMark {
			return i
		}
		switch t.Norm {
		case "ان", "بان", "انه", "انها", "بانه", "بانها", "انهم", "بانهم":
			return i
		}
	}
	return to
}

// maxBackSentences is how many sentences back a definite verbal noun may
// refer to an act told before.
const maxBackSentences = 2

// earlierAuthor reads a definite verbal noun right after the trigger (and its
// subject) that names an act coded in the sentences just before
// («التحذيرات» after «تحذير تركيا»), and returns that act's source, or -1.
func (w *work) earlierAuthor(s int, tr trigger, subject int) int {
	d := w.d
	sent := d.Sentences[s]
	at := tr.last
	if subject >= 0 && d.Mentions[subject].First >= tr.last {
		at = d.Mentions[subject].Last
	}
	if at >= sent.Last || !strings.HasPrefix(d.Tokens[at].Norm, "ال") || w.inMention(at) {
		return -1
	}
	ms := w.c.lex.Events.Set.At(d.Tokens, at, sent.Last)
	if len(ms) == 0 {
		return -1
	}
	root := ms[0].Val.Code.Root
	for k := len(d.Events) - 1; k >= 0; k-- {
		e := d.Events[k]
		if e.Sentence >= s || s-e.Sentence > maxBackSentences {
			if e.Sentence < s-maxBackSentences {
				break
			}
			continue
		}
		if e.Root == root && e.Source >= 0 && (subject < 0 || !sameActor(d, e.Source, subject)) {
			return e.Source
		}
	}
	return -1
}

// conditionActor returns the first actor of a condition («إذا», «في حال»,
// «لو») that follows trigger tr in its segment, other than the subject, or -1.
func (w *work) conditionActor(s int, tr trigger, subject int) int {
	d := w.d
	sent := d.Sentences[s]
	end := w.segmentEnd(tr.last, sent.Last)
	for i := tr.last; i < end; i++ {
		n := d.Tokens[i].Norm
		if n != "اذا" && n != "لو" && n != "حال" && n != "حاله" {
			continue
		}
		for _, k := range clause.Mentions(d, i+1, min(end, i+1+maxVSOGap)) {
			if clause.IsAgent(d, k) && (subject < 0 || !sameActor(d, k, subject)) {
				return k
			}
		}
		return -1
	}
	return -1
}

// thirdPerson reports a third-person enclitic pronoun (ه, ها, هم, هما, هن).
func thirdPerson(suf string) bool {
	switch suf {
	case "ه", "ها", "هم", "هما", "هن":
		return true
	}
	return false
}

// isMedium reports a mention of a newspaper, channel or agency (sector MED):
// what is said to it is an interview, not an act towards it.
func isMedium(m marsad.Mention) bool { return strings.HasSuffix(m.Code, "MED") }

// nextWord returns the token of the pattern's second word found, or -1.
func (tr trigger) nextWord() int {
	for _, t := range tr.m.Tokens[1:] {
		if t >= 0 {
			return t
		}
	}
	return -1
}

// possessive returns the pronoun suffix of a noun trigger: split off by
// the match («قصفها»), or part of a literal form the lexicon lists
// («انتقاده» beside n:انتقاد).
func (tr trigger) possessive(d *marsad.Document) string {
	if tr.m.Seg.Suf != "" {
		return tr.m.Seg.Suf
	}
	if !tr.isNoun(d) {
		return ""
	}
	if strings.HasSuffix(d.Surface(d.Tokens[tr.head].Span), "ة") {
		return "" // «ضربة»: a taa marbuta, normalized to ه, is no pronoun
	}
	return tr.m.Pattern.Words[0].NounPossessive(d.Tokens[tr.head].Norm)
}

// isRelative reports a relative pronoun.
func isRelative(n string) bool {
	switch n {
	case "الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي":
		return true
	}
	return false
}

// frame finds the sources and targets of a trigger; earlier are the
// triggers before it in the sentence.
func (w *work) frame(s int, tr trigger, earlier []trigger) frame {
	if tr.quote >= 0 {
		return w.quotedFrame(s, tr)
	}
	d := w.d
	sent := d.Sentences[s]
	var f frame
	subject, subjRule := -1, ""
	objFrom := tr.last // where objects may start
	switch {
	case tr.isParticiple(d) || tr.entry.Adverbial:
		subject, subjRule = w.clauseSubject(s, tr, earlier), "participle: clause subject"
	case tr.isNoun(d):
		subject, subjRule = w.nounAgent(s, tr, earlier)
		f.relAgent = subject >= 0 && subjRule == ruleRelativeAgent
		if subject >= 0 && d.Mentions[subject].First >= tr.last {
			objFrom = d.Mentions[subject].Last
		}
		if subject < 0 {
			subject, subjRule = w.governorAgent(s, tr, earlier)
		}
	default:
		if ant, subj, ok := w.relativeObject(s, tr); ok {
			f.sources = w.coordinated(subj)
			if ant >= 0 {
				f.targets = w.coordinated(ant)
			}
			f.rule = "relative clause: subject after the verb, its object pronoun the antecedent"
			return f
		}
		subject, subjRule = w.verbSubject(s, tr, earlier)
		if subject < 0 && w.actSubject(tr) {
			// «ويهدد التقدم التركي مصير …»: an act is the subject, and the
			// nationality that describes it is no party either.
			f.rule = ruleActSubject
			return f
		}
		f.instrument = w.instrumentSubject(s, tr)
		if marked := w.markedPassive(tr); marked || w.countedPassive(tr) {
			// «قُتل فيه عدد من الضباط»: the writer marked the passive, or
			// a count follows the verb; its subject undergoes the act.
			how := "marked"
			if !marked {
				how = "a count follows"
			}
			if subject >= 0 && d.Mentions[subject].First > tr.head {
				f.targets = w.coordinated(subject)
			}
			if src := w.agentMarker(tr.last, sent.Last); src >= 0 {
				f.sources = w.coordinated(src)
			}
			f.rule = "passive (" + how + "): target " + subjRule
			return f
		}
		if subject >= 0 && d.Mentions[subject].First >= tr.head {
			// Objects start after the subject, its role holder and the
			// members joined to it («دعا كل من A وB إلى»).
			members := w.coordinated(subject)
			lastMember := members[len(members)-1]
			objFrom = d.Mentions[lastMember].Last
			for objFrom < sent.Last && w.holderAt(lastMember, objFrom) {
				objFrom = w.nextMentionEnd(objFrom)
			}
		}
	}
	e := tr.entry
	switch {
	case e.Recv:
		// «تلقى بوتين اتصالا من بزشكيان»: the caller is the source.
		if src := w.afterPrep(tr.last, sent.Last, "من"); src >= 0 {
			f.sources = w.coordinated(src)
			if subject >= 0 && !slices.Contains(f.sources, subject) {
				// «بمساندة كل من قطر وتركيا»: a subject found among the
				// givers is none of the receiver.
				f.targets = w.coordinated(subject)
			}
			f.rule = "receiving: source after من, target " + subjRule
			return f
		}
	case e.Passive:
		if subject < 0 && !tr.isNoun(d) {
			// «وتتعرض الغوطة الشرقية للقصف», «الغوطة …، والتي تتعرض
			// لقصف»: a place undergoes the act.
			if p := w.placeSubject(s, tr); p >= 0 {
				subject, subjRule = p, "a place undergoes it"
			}
		}
		if subject >= 0 {
			f.targets = w.coordinated(subject)
		}
		if src := w.agentMarker(tr.last, sent.Last); src >= 0 {
			f.sources = w.coordinated(src)
		}
		f.rule = "passive: target " + subjRule
		return f
	}
	if subject >= 0 {
		f.sources = w.coordinated(subject)
	}
	f.rule = "source " + subjRule
	if !e.Recip && len(f.sources) < 2 && !tr.isNoun(d) && w.pairSubject(s, tr) {
		// «إلا أن الدولتين نفتا»: the two named just before.
		if a, b, ok := w.lastPair(s, tr.head); ok {
			f.sources = []int{a, b}
			f.rule = "source: the two named before"
		}
	}
	if len(f.sources) < 2 && w.isPairNoun(s, tr) {
		// «اتفق الجانبان», «جدد الطرفان»: the two parties named before.
		if a, b, ok := w.lastPair(s, tr.head); ok {
			f.sources, f.targets = []int{a}, []int{b}
			f.rule = "the two sides: the parties named before"
			return f
		}
	}
	// A listed preposition right after the verb and its subject takes
	// precedence over the direct object («التقى ماكرون مع الحريري والأمير»).
	prepFrom := objFrom
	for prepFrom < sent.Last {
		if e := w.dateEnd(prepFrom); e > prepFrom {
			prepFrom = e // «قال بومبيو، الشهر الماضي، لجاويش أوغلو»
			continue
		}
		if !isComma(d.Tokens[prepFrom]) {
			break
		}
		prepFrom++
	}
	for _, where := range e.Targets {
		if where == "obj" || where == "gen" || len(f.targets) > 0 {
			continue
		}
		for _, i := range clause.Mentions(d, prepFrom, min(sent.Last, prepFrom+2)) {
			if e.Say && isMedium(d.Mentions[i]) {
				break // «وصرح لصحيفة إسرائيل هيوم»: an interview, not a party
			}
			if d.Mentions[i].Prep == where && (subject < 0 || i != subject) {
				f.targets = w.coordinated(i)
				f.rule += "; target " + where + " after the verb"
			}
			break
		}
	}
	for _, where := range e.Targets {
		if len(f.targets) > 0 {
			break
		}
		t := -1
		switch where {
		case "obj":
			// «وطالب الأكراد دمشق بالتدخل»: the object may stand between
			// the pattern's first and second words.
			if next := tr.nextWord(); next > tr.head+1 && !tr.isNoun(d) {
				from := tr.head + 1
				if subject >= 0 && d.Mentions[subject].First > tr.head && d.Mentions[subject].Last < next {
					members := w.coordinated(subject)
					from = min(next, d.Mentions[members[len(members)-1]].Last)
				}
				t = w.object(from, next, subject)
			}
			if t < 0 {
				t = w.object(objFrom, min(sent.Last, tr.last+maxTargetDistance), subject)
			}
		case "gen":
			t = w.genitive(tr.last, sent.Last)
		case "act":
			t = w.actAgent(tr.last, sent.Last)
		default:
			end := min(sent.Last, tr.last+maxTargetDistance)
			if e.Say {
				end = w.contentStart(tr.last, end) // «أكد أن "روسيا تقدم الدعم لإيران"»: not the addressee
			}
			if e.Fallback && where == "ل" {
				break // a statement's addressee stands right after it (above), not further («في جلسة لمجلس الأمن»)
			}
			t = w.afterPrep(tr.last, end, where)
		}
		if t >= 0 && (subject < 0 || t != subject) {
			f.targets = w.coordinated(t)
			f.rule += "; target " + where
			break
		}
	}
	if len(f.targets) == 0 && tr.isNoun(d) && e.Code.Quad == 4 && e.Code.Root >= "18" {
		// «قصف المدنيين»: victims in the genitive of a force noun
		// undergo it (an armed force there is who acts: «قصف القوات
		// الحكومية»).
		if t := w.genitive(tr.last, sent.Last); t >= 0 && victim(d.Mentions[t].Code) && (subject < 0 || t != subject) {
			f.targets = w.coordinated(t)
			f.rule += "; target: the victims in the genitive"
		}
	}
	if len(f.targets) == 0 && (e.Code.Root == "11" || e.Code.Root == "12" || e.Code.Root == "13" || e.Code.Code == "012" || e.Code.Code == "051") {
		if t := w.objectOwner(s, tr, subject); t >= 0 {
			f.targets = []int{t}
			f.rule += "; target: owner of the object"
		}
	}
	if len(f.targets) == 0 && (e.Code.Root == "11" || e.Code.Root == "12" || e.Code.Code == "016") {
		// «ورفض جاويش أوغلو التحذيرات»: what is rejected is an act told
		// just before; its author is the target.
		if t := w.earlierAuthor(s, tr, subject); t >= 0 {
			f.targets = []int{t}
			f.rule += "; target: the author of the act referred back to"
		}
	}
	if len(f.targets) == 0 && e.Code.Root == "13" {
		if t := w.deserver(s, tr, f.sources); t >= 0 {
			f.targets = []int{t}
			f.rule += "; target: the one who deserves it"
		}
	}
	if len(f.targets) == 0 && e.Code.Root == "13" {
		// «سترد إذا أقرت الولايات المتحدة …»: a threat made on a condition
		// is aimed at whoever the condition names.
		if t := w.conditionActor(s, tr, subject); t >= 0 {
			f.targets = []int{t}
			f.rule += "; target: the actor of the condition"
		}
	}
	if len(f.targets) == 0 && e.Code.Quad == 4 && e.Code.Root >= "17" {
		// «استخدمت قوات الأمن الغاز المسيل للدموع، اليوم الثلاثاء، لتفريق
		// مئات المحتجين»: force used to do something to someone is used on
		// them.
		if t := w.purposeObject(s, tr); t >= 0 && (len(f.sources) == 0 || !sameActor(d, t, f.sources[0])) {
			f.targets = []int{t}
			f.rule += "; target: the object of its purpose"
		}
	}
	if len(f.targets) == 0 && (e.Code.Quad == 3 || e.Code.Code == "016") {
		// «أكدت الخارجية المصرية الرفض التام لما جاء في بيان الاتحاد
		// الأوروبي»: what is rejected or denied is someone's statement;
		// its author is the target. «نفى الكرملين تلك الاتهامات»: the
		// accusations told before, whose author is the target.
		src := -1
		if len(f.sources) > 0 {
			src = f.sources[0]
		}
		if t, how := w.answeredParty(s, tr, src); t >= 0 && (len(f.sources) == 0 || !sameActor(d, t, f.sources[0]) && prefixOf(d.Mentions[t].Code) != prefixOf(d.Mentions[f.sources[0]].Code)) {
			f.targets = []int{t}
			f.rule += "; target: " + how
		}
	}
	if len(f.targets) == 0 && e.Code.Quad == 4 && (e.Code.Root >= "17" || e.Code.Root == "14") {
		// Force used on a place («بالهجوم على قاعدة … بحمص»): the place's
		// country, from the trigger's segment.
		fromMembers := map[int]bool{} // members joined to a «من» mention: «كل من قطر وتركيا»
		for _, i := range clause.Mentions(d, tr.last, w.segmentEnd(tr.last, sent.Last)) {
			m := d.Mentions[i]
			if w.supportBefore(m.First) || w.allegiance(m.First) {
				continue // «بدعم من قوة جوية روسية», «الموالية لإيران»: an ally, not the place struck
			}
			if m.Prep == "من" || fromMembers[i] {
				// «أطلقوا قذائف من قطاع غزة على جنوب إسرائيل»: where the
				// fire came from; «أدان الهجوم … كل من قطر وتركيا»: who
				// condemns it.
				for _, k := range w.coordinated(i) {
					fromMembers[k] = true
				}
				continue
			}
			// A government's forces may strike a place of their own
			// country (a town the regime retakes: «لاستعادة الغوطة
			// الشرقية»); a country named as such is their own.
			if (m.Kind == marsad.Place || m.Kind == marsad.Country) && marsad.Anchored(m.Code) && (subject < 0 || !sameActor(d, i, subject)) &&
				!slices.Contains(f.sources, i) && (len(f.sources) == 0 || prefixOf(d.Mentions[f.sources[0]].Code) != prefixOf(m.Code) || m.Kind == marsad.Place) {
				f.targets = []int{i}
				f.rule += "; target: where force was used"
				break
			}
		}
		if len(f.targets) == 0 {
			// «من الغوطة الشرقية المحاصرة قرب دمشق، حيث تشن قوات النظام
			// هجوما»: a clause of «حيث» tells what happens at the place
			// it follows.
			// (A government's forces may strike a place of its own
			// country: the place is still what they strike.)
			if p := w.whereClausePlace(s, tr); p >= 0 && !slices.Contains(f.sources, p) {
				f.targets = []int{p}
				f.rule += "; target: the place of its «حيث» clause"
			}
		}
	}
	if len(f.sources) == 0 && e.Code.Root == "14" {
		// Protesters no one names are people of the place they protest in
		// («مظاهرات في غزة», «تظاهر آلاف في وسط تل أبيب»).
		if p := w.placeOf(s, tr); p >= 0 {
			f.sources = []int{p}
			f.rule += "; source: where the protest took place"
		}
	}
	if e.Recip && len(f.targets) == 0 && len(f.sources) > 1 {
		// «اتفق الجانبان الروسي والإيراني»: coordinated subjects act on
		// each other.
		f.sources, f.targets = f.sources[:1], f.sources[1:2]
		f.rule += "; reciprocal between coordinated subjects"
	}
	if len(f.targets) == 0 && tr.isParticiple(d) && len(earlier) > 0 {
		// «قدم بوتين لنتنياهو …، داعيًا إلى …»: the participle's recipient
		// is the main clause's.
		main := earlier[len(earlier)-1]
		if t := w.afterPrep(main.last, tr.head, "ل"); t >= 0 && !isMedium(d.Mentions[t]) && !w.complementizerBetween(main.last, tr.head) {
			f.targets = []int{t}
			f.rule += "; target of the main clause"
		}
	}
	if len(f.targets) == 0 && tr.isParticiple(d) {
		if t := w.afterPrep(sent.First, tr.head, "ل"); t >= 0 && (subject < 0 || t != subject) &&
			!isMedium(d.Mentions[t]) && !w.complementizerBetween(d.Mentions[t].Last, tr.head) {
			f.targets = []int{t}
			f.rule += "; target ل of the main clause"
		}
	}
	return f
}

// quotedFrame finds the parties of an act named inside a quotation: its
// subject inside the quotation, else the speaker; for an act the subject
// undergoes («وأنه "سيدفع ثمنا باهظا"») the subject is the target, and a
// pronoun right before the quotation («أنه») names it.
func (w *work) quotedFrame(s int, tr trigger) frame {
	d := w.d
	q := d.Quotes[tr.quote]
	first, last := clause.TokenAt(d, q.Start), clause.TokenAt(d, q.End)
	subject := -1
	we := tr.firstPerson(d)
	if j := tr.head - 1; j >= first && !we {
		for _, i := range clause.Mentions(d, first, tr.head) {
			if d.Mentions[i].Last == tr.head && !clause.IsOblique(d.Mentions[i]) {
				subject = i
			}
		}
	}
	if subject < 0 && !we {
		// In a quotation only a mention right after the verb is its
		// subject: «تدعم استقرار وأمن لبنان» has Lebanon as object.
		for _, i := range clause.Mentions(d, tr.last, min(last, tr.last+1)) {
			if !clause.IsOblique(d.Mentions[i]) && d.Mentions[i].Kind != marsad.Place {
				subject = i
			}
		}
	}
	var f frame
	speaker := q.Speaker
	e := tr.entry
	if e.Passive {
		if subject < 0 {
			subject = w.pronounAntecedent(first, speaker)
		}
		if speaker >= 0 {
			f.sources = []int{speaker}
		}
		if subject >= 0 {
			f.targets = w.coordinated(subject)
		}
		f.rule = "quoted: the speaker acts on the subject"
		return f
	}
	src, rule := subject, "quoted: subject inside the quotation"
	if we {
		// «ندين هذا الهجوم», «سنضرب بقوة»: "we" is the speaker's side,
		// whatever the act.
		src, rule = speaker, "quoted: the speaker (first person)"
	} else if src < 0 && e.Code.Root < "14" {
		// A speech act in a quotation is the speaker's; a use of force
		// named in one is not done by the one who speaks of it.
		src, rule = speaker, "quoted: the speaker"
	}
	if src >= 0 {
		f.sources = w.coordinated(src)
	}
	f.rule = rule
	if e.Code.Root == "13" {
		if t := w.deserver(s, tr, f.sources); t >= 0 {
			f.targets = []int{t}
			f.rule += "; target: the one who deserves it"
			return f
		}
	}
	for _, where := range e.Targets {
		t := -1
		switch where {
		case "obj":
			t = w.object(tr.last, last, src)
		case "gen":
			t = w.genitive(tr.last, last)
		case "act":
			t = w.actAgent(tr.last, last)
		default:
			t = w.afterPrep(tr.last, last, where)
		}
		if t >= 0 && t != src {
			f.targets = w.coordinated(t)
			f.rule += "; target " + where
			break
		}
	}
	if len(f.targets) == 0 && (e.Code.Root == "11" || e.Code.Root == "12" || e.Code.Root == "13") {
		if t := w.objectOwner(s, tr, src); t >= 0 {
			f.targets = []int{t}
			f.rule += "; target: owner of the object"
		}
	}
	return f
}

// pronounAntecedent resolves the pronoun of «أنه», «أنها», «أنهم» right
// before a quotation that opens at token first: the last mention before it
// that is not the speaker.
func (w *work) pronounAntecedent(first, speaker int) int {
	d := w.d
	j := first - 1
	for j >= 0 && d.Tokens[j].Kind == marsad.QuoteMark {
		j--
	}
	if j < 0 {
		return -1
	}
	switch d.Tokens[j].Norm {
	case "انه", "وانه", "بانه", "انها", "وانها", "بانها", "انهم", "وانهم", "بانهم":
	default:
		return -1
	}
	for k := len(d.Mentions) - 1; k >= 0; k-- {
		m := d.Mentions[k]
		if m.Last > j || k == speaker || (speaker >= 0 && sameActor(d, k, speaker)) {
			continue
		}
		if speaker >= 0 && prefixOf(m.Code) == prefixOf(d.Mentions[speaker].Code) {
			continue
		}
		if m.Kind == marsad.Place {
			continue
		}
		return k
	}
	return -1
}

// governorAgent finds who would do the act a verbal noun names when the
// noun is the complement of an earlier act in its segment: the one who
// intends, threatens or denies it («يعتزم الفلسطينيون … تنظيم احتجاجات»,
// «نفى البنتاغون ضلوعه بالهجوم»), or the one called on or accused
// («دعا X Y إلى …», «اتهمت سوريا إسرائيل بشن ضربات»).
func (w *work) governorAgent(s int, tr trigger, earlier []trigger) (int, string) {
	segStart, _ := w.segmentAround(s, tr.head)
	for k := len(earlier) - 1; k >= 0; k-- {
		g := earlier[k]
		if g.head < segStart {
			break
		}
		if w.presupposedFrom(g.last, tr.head) > g.last || w.cueBetween(g.last, tr.head) {
			// «سيدفع ثمنا للادعاءات بوقوع هجوم»: another noun governs it.
			break
		}
		root, code := g.entry.Code.Root, g.entry.CAMEO
		switch {
		case root == "03" || root == "13" || strings.HasPrefix(code, "016") || root == "12":
			if len(g.f.sources) > 0 {
				return g.f.sources[0], "agent: the one who " + g.entry.ID
			}
		case root == "02" || root == "10" || strings.HasPrefix(code, "112"):
			if len(g.f.targets) > 0 {
				return g.f.targets[0], "agent: the one " + g.entry.ID
			}
		case g.entry.Fallback && !w.complementizerBetween(g.last, tr.head):
			// «أعلن المغرب الثلاثاء قطع علاقاته مع إيران»: an act announced
			// as the statement's object, not in a clause of its own.
			if len(g.f.sources) > 0 {
				return g.f.sources[0], "agent: the one who " + g.entry.ID
			}
		}
		if !g.isNoun(w.d) {
			break // only the nearest verb governs
		}
	}
	return -1, "no agent of the noun"
}

// placeOf returns the place a trigger's act happened in: the nearest
// place or country mention governed by في (or ب) in its sentence, or -1.
func (w *work) placeOf(s int, tr trigger) int {
	d := w.d
	sent := d.Sentences[s]
	best, dist := -1, 1<<30
	for _, i := range clause.Mentions(d, sent.First, sent.Last) {
		m := d.Mentions[i]
		if (m.Prep != "في" && m.Prep != "ب") || (m.Kind != marsad.Place && m.Kind != marsad.Country) || !marsad.Anchored(m.Code) {
			continue
		}
		dd := m.First - tr.last
		if m.First < tr.head {
			dd = tr.head - m.Last + 2 // before the trigger counts a little more
		}
		if dd < 0 {
			dd = -dd
		}
		if dd < dist {
			best, dist = i, dd
		}
	}
	return best
}

// markedPassive reports whether the writer marked the trigger's verb as
// passive: a damma on its first letter («قُتل», «اُعتقل», «ضُربت»).
// countedPassive reads a past verb of force followed by a count as passive:
// «قتل أربعة جنود في هجوم», «أصيب عدد من المدنيين» — the counted are the
// victims, not the agents (an active verb takes the count in the
// accusative after its subject: «قتل الجيش ثلاثة مسلحين»).
func (w *work) countedPassive(tr trigger) bool {
	d := w.d
	if tr.entry.Code.Root < "18" || tr.isNoun(d) || tr.isParticiple(d) || tr.head+1 >= len(d.Tokens) {
		return false
	}
	spec := tr.m.Pattern.Words[0]
	if spec.Present[tr.m.Seg.Key()] || spec.Present[d.Tokens[tr.head].Norm] || tr.last != tr.head+1 {
		return false
	}
	next := d.Tokens[tr.head+1]
	if next.Kind != marsad.Number && !countWords[next.Norm] {
		return false
	}
	// «الصواريخ الإسرائيلية قتلت 3 أشخاص»: a feminine verb before a count
	// of men is active, its subject the feminine noun before it (the
	// passive would be «قُتل 3 أشخاص»).
	if w.agreement(tr)&clause.FemSg != 0 {
		if c := w.countedNoun(tr.head + 1); c >= 0 && !feminineNoun(d.Tokens[c].Norm) {
			return false
		}
	}
	return true
}

// countedNoun returns the token of the noun a count at token i counts (the
// first word after the number and count words), or -1.
func (w *work) countedNoun(i int) int {
	d := w.d
	for j := i; j < len(d.Tokens) && j < i+4; j++ {
		t := d.Tokens[j]
		if t.Kind == marsad.Number || countWords[t.Norm] || t.Norm == "من" || t.Norm == "ما" || t.Norm == "لا" || t.Norm == "يقل" || t.Norm == "عن" {
			continue
		}
		if t.Kind == marsad.Word {
			return j
		}
		return -1
	}
	return -1
}

// feminineNoun reports whether a plural or singular noun is feminine: ة, ات,
// or a broken plural of women.
func feminineNoun(w string) bool {
	return strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ات") || w == "نساء" || w == "النساء"
}

// countWords are the words that open a count of people (normalized).
var countWords = map[string]bool{
	"عدد": true, "نحو": true, "اكثر": true, "قرابه": true, "حوالي": true, "عشرات": true, "العشرات": true,
	"مئات": true, "المئات": true, "الاف": true, "اثنان": true, "اثنين": true, "ثلاثه": true, "اربعه": true,
	"خمسه": true, "سته": true, "سبعه": true, "ثمانيه": true, "تسعه": true, "عشره": true,
}

func (w *work) markedPassive(tr trigger) bool {
	d := w.d
	t := d.Tokens[tr.head]
	surface := []rune(d.Surface(t.Span))
	skip := len([]rune(tr.m.Seg.Pre))
	letters := 0
	for _, r := range surface {
		if arabic.IsArabicLetter(r) {
			letters++
			continue
		}
		if r == '\u064F' && letters == skip+1 { // damma after the first letter of the stem
			return true
		}
	}
	return false
}

// instrumentSubject reports whether the verb's subject is a weapon, right
// before it (through a relative pronoun) or right after it.
func (w *work) instrumentSubject(s int, tr trigger) bool {
	d := w.d
	sent := d.Sentences[s]
	isWeapon := func(i int) bool {
		return i >= sent.First && i < sent.Last && w.isInstrument(i)
	}
	j := tr.head - 1
	if j >= sent.First && isRelative(d.Tokens[j].Norm) {
		j--
	}
	return isWeapon(j) || isWeapon(tr.head+1)
}

// pairSubject reports whether the word before a verb is "the two" (states,
// sides): «الدولتين نفتا».
func (w *work) pairSubject(s int, tr trigger) bool {
	if tr.head == w.d.Sentences[s].First {
		return false
	}
	for _, seg := range arabic.SegmentToken(w.d.Tokens[tr.head-1]) {
		if pairNouns[seg.Key()] {
			return true
		}
	}
	return false
}

// cueBetween reports whether a modality cue (an allegation, a plan, a
// fear) stands in [from, to): the act after it is that cue's complement.
func (w *work) cueBetween(from, to int) bool {
	for i := from; i < to; i++ {
		for _, m := range w.c.lex.Events.Modality.At(w.d.Tokens, i, to) {
			if !m.Val.Near {
				return true
			}
		}
	}
	return false
}

// nonActorSubject reports whether a verb's subject is a noun that names no
// actor: right after it («وتحتل القاعدة موقعا», «قصفت الطائرات») or right
// before it («قاعدة "T-4" الجوية ضربت»). Such a verb has no source, rather
// than one carried over from the sentence before.
func (w *work) nonActorSubject(s int, tr trigger) bool {
	d := w.d
	sent := d.Sentences[s]
	plainNoun := func(i int) bool {
		t := d.Tokens[i]
		return t.Kind == marsad.Word && strings.HasPrefix(t.Norm, "ال") && !w.inMention(i) &&
			w.c.lex.Particles.Class(t.Norm) == "" && !w.c.lex.Names.Stopwords[t.Norm] && !isRelative(t.Norm)
	}
	if after := tr.head + 1; after < sent.Last && after < tr.last+1 && plainNoun(after) && !w.isDateWord(after) {
		return true
	}
	if after := tr.last; after < sent.Last && !tr.isNoun(d) && w.contentWord(after) && !w.isSkippable(d.Tokens[after].Norm) &&
		!strings.ContainsRune("بلكف", []rune(d.Tokens[after].Norm)[0]) {
		// «رفضتها غالبية دول العالم»: a verb that carries its object as a
		// pronoun is followed by its subject — here no actor.
		return thirdPerson(tr.m.Seg.Suf)
	}
	j := tr.head - 1
	for j >= sent.First && (w.isSkippable(d.Tokens[j].Norm) || d.Tokens[j].Kind == marsad.QuoteMark) {
		j--
	}
	head := d.Tokens[tr.head].Norm
	if strings.HasPrefix(head, "و") || strings.HasPrefix(head, "ف") || j < sent.First {
		return false
	}
	if plainNoun(j) {
		return true
	}
	// «تقارير غربية تشير إلى»: an indefinite noun and its adjective.
	t := d.Tokens[j]
	return j > sent.First && t.Kind == marsad.Word && !w.inMention(j) && (strings.HasSuffix(t.Norm, "يه") || strings.HasSuffix(t.Norm, "يون") || strings.HasSuffix(t.Norm, "يين")) &&
		w.c.lex.Particles.Class(t.Norm) == "" && !w.c.lex.Names.Stopwords[t.Norm] && w.contentWord(j-1)
}

// contentWord reports whether token i is a word outside any actor mention
// that is not a particle, a stop word or a date word.
func (w *work) contentWord(i int) bool {
	t := w.d.Tokens[i]
	return t.Kind == marsad.Word && !w.inMention(i) && w.c.lex.Particles.Class(t.Norm) == "" && !w.c.lex.Names.Stopwords[t.Norm] && !w.isDateWord(i)
}

// inMention reports whether token i lies in an actor mention.
func (w *work) inMention(i int) bool {
	for _, m := range w.d.Mentions {
		if m.First <= i && i < m.Last {
			return true
		}
		if m.First > i {
			break
		}
	}
	return false
}

// isDateWord reports whether token i begins a date expression (اليوم, الأحد).
// dateEnd returns the end of the date phrase that starts at token i
// («الشهر الماضي»), or i if none does.
func (w *work) dateEnd(i int) int {
	end := i
	for _, m := range w.c.lex.Dates.Index.At(w.d.Tokens, i) {
		end = max(end, m.Last)
	}
	return end
}

func (w *work) isDateWord(i int) bool {
	return len(w.c.lex.Dates.Index.At(w.d.Tokens, i)) > 0
}

// dawn reports whether token i is «فجر» "dawn" rather than the verb
// "detonated": a day follows it («فجر السبت», «وفجر أمس», «فجر يوم
// الخميس»).
func (w *work) dawn(i, last int) bool {
	switch w.d.Tokens[i].Norm {
	case "فجر", "وفجر", "ففجر":
	default:
		return false
	}
	return i+1 < last && (w.isDateWord(i+1) || w.d.Tokens[i+1].Norm == "يوم")
}

// verbSubject finds the subject of a verb trigger: VSO (the first agent
// within maxVSOGap tokens after it), SVO (an agent right before it, past
// قد, لم, نفسه), or the implicit subject carried from before.
func (w *work) verbSubject(s int, tr trigger, earlier []trigger) (int, string) {
	i, rule := w.verbSubjectRules(s, tr, earlier)
	if i < 0 && tr.entry.Fallback {
		// «قالت عضو اللجنة التنفيذية لمنظمة التحرير الفلسطينية حنان
		// عشراوي، في بيان، إن …"…"»: the quote stage found who speaks
		// through this verb.
		if q := w.quoteSpeaker(tr); q >= 0 {
			return q, "the speaker of its quotation"
		}
	}
	return i, rule
}

// quoteSpeaker returns the speaker of a quotation of trigger tr's sentence
// reported by tr's head or by a word between it and the quotation (the
// statement noun of «قالت …، في بيان، إن "…"»), or -1.
func (w *work) quoteSpeaker(tr trigger) int {
	d := w.d
	head := d.Tokens[tr.head].Span
	s := d.SentenceAt(head.Start)
	for _, q := range d.Quotes {
		if q.Speaker >= 0 && q.Verb.Start >= head.Start && q.Verb.End <= q.Start && d.SentenceAt(q.Start) == s {
			return q.Speaker
		}
	}
	return -1
}

// verbSubjectRules is verbSubject from the sentence's structure alone.
func (w *work) verbSubjectRules(s int, tr trigger, earlier []trigger) (int, string) {
	d := w.d
	sent := d.Sentences[s]
	if tr.firstPerson(d) {
		// «وقال الوزير إننا نرفض …»: "we" is whoever reports it, in
		// speech given without quotation marks; else the writer or the
		// delegation speaking, whom the text does not name.
		for k := len(earlier) - 1; k >= 0; k-- {
			if earlier[k].entry.Say && !earlier[k].firstPerson(d) {
				if i, _ := w.verbSubject(s, earlier[k], earlier[:k]); i >= 0 {
					return i, "first person: the speaker of " + earlier[k].entry.ID
				}
				break
			}
		}
		return -1, "first person: the writer"
	}
	if tr.head > sent.First && isRelative(d.Tokens[tr.head-1].Norm) {
		// «بوتين الذي يدعم …», «الجيش، الذي اتهم …»: the relative pronoun's
		// antecedent; «الصواريخ التي ضربت …»: an antecedent that is no actor
		// gives no source.
		rel := tr.head - 1
		if rel > sent.First && isComma(d.Tokens[rel-1]) {
			rel--
		}
		if i := w.agentEndingBefore(sent.First, rel); i >= 0 {
			return i, "antecedent of the relative clause"
		}
		return -1, "antecedent of the relative clause is not an actor"
	}
	// «نفت الوزارة أنها احتجزت الحريري»: the pronoun on the complementizer
	// is the subject, and what follows the verb is its object.
	if j := w.skipBack(sent.First, tr.head); j >= sent.First && pronounComplementizer(d.Tokens[j].Norm) {
		for k := len(earlier) - 1; k >= 0; k-- {
			if !earlier[k].isNoun(d) && !earlier[k].isParticiple(d) && len(earlier[k].f.sources) > 0 {
				return earlier[k].f.sources[0], "the pronoun of " + d.Tokens[j].Norm
			}
		}
		for _, i := range reverse(clause.Mentions(d, sent.First, j)) {
			if clause.IsAgent(d, i) && !d.Mentions[i].Adjective {
				return i, "the pronoun of " + d.Tokens[j].Norm
			}
		}
		return -1, "the pronoun of " + d.Tokens[j].Norm
	}
	// A verb with و or ف starts a new clause: the actor before it belongs to
	// the clause before («… المرصد السوري ونفته طهران»).
	if !tr.m.Seg.Conj {
		if i := w.agentEndingBefore(sent.First, tr.head); i >= 0 {
			return i, "before verb"
		}
	}
	if i := w.statementAuthor(s, tr); i >= 0 {
		return i, "author of the statement after the verb"
	}
	if i, id := w.sharedSubject(s, tr, earlier); i >= 0 {
		return i, "implicit: subject of " + id + " (the actor after the verb is its object)"
	}
	force := tr.entry.Code.Root >= "15"
	for _, i := range clause.Mentions(d, tr.head+1, min(sent.Last, tr.head+1+maxVSOGap)) {
		if clause.ImplicitSubject(d, tr.head) {
			break // «وصف فيها الرئيس السوري»: what follows is the object
		}
		if pluralVerb(tr) {
			break // «ويرفضون لقاء مبعوثي ترامب»: a verb before its subject is singular; a plural one carries its subject
		}
		if m := d.Mentions[i]; tr.entry.Code.Code == "042" && (m.Kind == marsad.Country || m.Kind == marsad.Place) {
			break // «حين زار إسرائيل»: the place visited
		}
		if w.punctBetween(tr.head, d.Mentions[i].First) || w.wordBetween(tr, i) {
			break // «زار مخيم اللاجئين»: an actor after a noun is its genitive
		}
		if w.complementizerBetween(tr.head, d.Mentions[i].First) {
			break // «قال السبت إن الجيش …»: the complement's subject, not the verb's
		}
		if force && victim(d.Mentions[i].Code) {
			break // «واستهدف المدنيين»: civilians after a verb of force undergo it
		}
		if m := d.Mentions[i]; m.Adjective && m.First-1 > tr.head && w.actNoun(m.First-1) {
			break // «ويهدد التقدم التركي مصير …»: the Turkish advance threatens, not Turkey
		}
		if m := d.Mentions[i]; m.Kind == marsad.Role && arabic.SegmentToken(d.Tokens[m.First])[0].Suf == "" && hasPronoun(d.Tokens[m.First]) {
			break // «يلتقي نظيره الأمريكي»: a counterpart named by a pronoun is met, not meeting
		}
		if !clause.AgreesAfterVerb(d, w.agreement(tr), i) {
			break // «واستهدفت كبار المسؤولين»: a feminine verb's subject is no body of men; they are its object
		}
		if clause.IsAgent(d, i) {
			return i, "after verb"
		}
		break
	}
	if !tr.m.Seg.Conj && tr.head-1 > sent.First && isComma(d.Tokens[tr.head-1]) {
		// «لكن المتحدث باسم الخارجية المصرية، أحمد أبو زيد، نفى»: a
		// subject whose apposition a comma closes — not a cited source
		// («وبحسب الوكالة، نفت …»).
		end := tr.head - 1
		if open := w.parentheticalBefore(sent.First, end); open > sent.First {
			end = open // «المرصد السوري، ومقره بريطانيا، قال»: the subject is before the aside
		}
		if i := w.agentEndingBefore(sent.First, end); i >= 0 && !w.citedAt(sent.First, i) {
			return i, "before verb, past a comma"
		}
	}
	if i := w.eachOfAfter(s, tr); i >= 0 {
		// «وأدان الهجوم الإسرائيلي الأخير كل من قطر وتركيا»: «كل من»
		// after the object marks the subjects.
		return i, "after verb and its object, past «كل من»"
	}
	if w.nonActorSubject(s, tr) {
		return -1, "subject is not an actor"
	}
	if clause.ImplicitSubject(d, tr.head) {
		// «تغريدة نشرها ترامب، وصف فيها»: the author of what «فيها» refers to.
		return clause.Topic(d, s, tr.head), "implicit (resumptive pronoun)"
	}
	// «الضربات التي وجهتها القوات الجوية للتحالف واستهدفت القيادات»: a
	// verb joined to a relative clause on an act goes on telling that act,
	// done by the agent the clause named.
	if tr.m.Seg.Conj {
		for k := len(earlier) - 1; k >= 0; k-- {
			g := earlier[k]
			if g.isNoun(d) && len(g.f.sources) > 0 && g.f.relAgent &&
				!w.punctBetween(g.last, tr.head) && d.Mentions[g.f.sources[0]].Last <= tr.head {
				return g.f.sources[0], "the agent of the act the relative clause tells (" + g.entry.ID + ")"
			}
		}
	}
	// An implicit subject is the subject of the verb before it in the
	// sentence («وهدد ترامب …، مطالبا …، وإلا فإنه سيعيد فرض عقوبات»).
	for k := len(earlier) - 1; k >= 0; k-- {
		if earlier[k].isNoun(d) || earlier[k].isParticiple(d) {
			continue
		}
		if earlier[k].entry.Say && w.complementizerBetween(earlier[k].last, tr.head) {
			break // «أشارت الصحيفة إلى أن دولا عربية وجهت»: the clause has its own subject
		}
		if i, rule := w.verbSubject(s, earlier[k], earlier[:k]); i >= 0 && rule != "implicit" {
			return i, "implicit: subject of " + earlier[k].entry.ID
		}
		break
	}
	if force {
		// Who used force is not guessed from whoever was named last.
		return -1, "implicit subject of force left unnamed"
	}
	return clause.Topic(d, s, tr.head), "implicit"
}

// relativeObject reads a relative clause whose verb carries the pronoun of
// its antecedent as object and names its own subject after it: «الضحايا
// الذين قتلهم جيش الاحتلال» — the army is the source, the victims the
// target. It returns the antecedent and the subject mentions.
func (w *work) relativeObject(s int, tr trigger) (ant, subj int, ok bool) {
	d := w.d
	sent := d.Sentences[s]
	e := tr.entry
	if e.Passive || e.Recv || tr.head == sent.First || !isRelative(d.Tokens[tr.head-1].Norm) {
		return -1, -1, false
	}
	if !thirdPerson(tr.m.Seg.Suf) {
		return -1, -1, false
	}
	rel := tr.head - 1
	if rel > sent.First && isComma(d.Tokens[rel-1]) {
		rel--
	}
	ant = w.agentEndingBefore(sent.First, rel)
	if ant < 0 {
		// «الغوطة الشرقية التي تحاصرها قوات النظام»: a place, or no actor
		// at all, may be what the pronoun takes up; the subject still
		// follows the verb.
		ant = w.placeEndingBefore(sent.First, rel)
	}
	for _, i := range clause.Mentions(d, tr.last, min(sent.Last, tr.last+1)) {
		if d.Mentions[i].Prep == "" && clause.IsAgent(d, i) {
			return ant, i, true
		}
	}
	return -1, -1, false
}

// whereClausePlace returns the place a «حيث» clause holding the trigger
// follows: the last place or country mention of the sentence before «حيث»
// (past its adjectives and a «قرب X»), when «حيث» opens the trigger's
// clause within a few words; else -1.
func (w *work) whereClausePlace(s int, tr trigger) int {
	d := w.d
	sent := d.Sentences[s]
	h := -1
	for j := tr.head - 1; j >= sent.First && j >= tr.head-4; j-- {
		n := d.Tokens[j].Norm
		if n == "حيث" || n == "وحيث" {
			h = j
			break
		}
		if d.Tokens[j].Kind == marsad.Punct {
			break
		}
	}
	if h < 0 {
		return -1
	}
	best := -1
	for _, i := range clause.Mentions(d, sent.First, h) {
		m := d.Mentions[i]
		if (m.Kind == marsad.Place || m.Kind == marsad.Country) && marsad.Anchored(m.Code) && h-m.Last <= 6 {
			if best < 0 || m.Kind == marsad.Place || d.Mentions[best].Kind != marsad.Place {
				best = i
			}
			if m.Kind == marsad.Place {
				// the first place after which «حيث» comes, not «قرب دمشق»
				// that only locates it
				break
			}
		}
	}
	return best
}

// agentInPattern returns the actor mention that begins at a later word of
// a noun pattern and is no place — «انسحاب محتمل للقوات الأمريكية»: the
// forces named by the pattern are the ones that withdraw — or -1. The
// coder asks it for patterns flagged agentword only.
func (w *work) agentInPattern(tr trigger) int {
	d := w.d
	for _, t := range tr.m.Tokens[1:] {
		if t < 0 {
			continue
		}
		for i, m := range d.Mentions {
			if m.First == t && m.Kind != marsad.Place && m.Kind != marsad.Country && (m.Prep == "" || m.Prep == "ل") {
				return i
			}
			if m.First > t {
				break
			}
		}
	}
	return -1
}

// answeredParty returns the party a verbal act answers: the author of the
// statement, accusation or report named in the act's clause after it
// («الرفض التام لما جاء في بيان الاتحاد الأوروبي»), or, for «هذه/تلك
// الاتهامات», «لهذا الموقف», the source of the last accusation or
// statement of another party (than src) coded within maxAnsweredSentences
// sentences before; -1 if none.
func (w *work) answeredParty(s int, tr trigger, src int) (int, string) {
	d := w.d
	sent := d.Sentences[s]
	end := w.segmentEnd(tr.last, sent.Last)
	for i := tr.head + 1; i+1 < end; i++ {
		switch strings.TrimLeft(d.Tokens[i].Norm, "ولب") {
		case "هذه", "تلك", "هذا", "ذلك": // «لهذا الموقف»
			if !accusationNouns[d.Tokens[i+1].Norm] {
				continue
			}
			for k := len(d.Events) - 1; k >= 0; k-- {
				ev := d.Events[k]
				if s-ev.Sentence > maxAnsweredSentences {
					break
				}
				if (ev.Root == "11" || ev.CAMEO == "010") && ev.Source >= 0 && marsad.Anchored(d.Mentions[ev.Source].Code) &&
					(src < 0 || prefixOf(d.Mentions[ev.Source].Code) != prefixOf(d.Mentions[src].Code)) {
					return ev.Source, "the author of what was said before"
				}
			}
			return -1, ""
		}
	}
	for i := tr.head + 1; i < end; i++ {
		ms := w.c.lex.Reporting.Set.At(d.Tokens, i, end)
		if len(ms) == 0 || ms[0].Val.Kind != "noun" {
			continue
		}
		if p := d.Tokens[i-1].Norm; (p == "في" || p == "عبر" || ms[0].Seg.Prep == 'ب') && !w.whatBetween(tr.head, i) {
			return -1, "" // «هدد في تغريدة بأن …»: the act's own medium («لما جاء في بيان X» is its object)
		}
		after := ms[0].Last() + 1
		if after < end && isComplementizerNorm(d.Tokens[after].Norm) {
			return -1, ""
		}
		for _, m := range clause.Mentions(d, after, min(end, after+2)) {
			if mm := d.Mentions[m]; mm.Prep == "" || mm.Prep == "ل" {
				return m, "the author of the statement it answers"
			}
		}
		return -1, ""
	}
	return -1, ""
}

// whatBetween reports whether «ما» (لما، مما، بما) stands between tokens
// from and to: «الرفض التام لما جاء في بيان …».
func (w *work) whatBetween(from, to int) bool {
	for i := from + 1; i < to; i++ {
		switch w.d.Tokens[i].Norm {
		case "ما", "لما", "مما", "بما", "وما":
			return true
		}
	}
	return false
}

// accusationNouns are accusations, claims and statements with the
// article, normalized: after هذه or تلك they take up one told before.
var accusationNouns = map[string]bool{
	"الاتهامات": true, "الاتهام": true, "الاتهامين": true, "التهم": true, "التهمه": true, "المزاعم": true,
	"الادعاءات": true, "الادعاء": true, "الانتقادات": true,
	"الموقف": true, "المواقف": true, "التصريحات": true, "التصريح": true, "البيان": true, "الكلام": true,
}

// maxAnsweredSentences is how far back «تلك الاتهامات» looks for the
// accusation it answers.
const maxAnsweredSentences = 3

// placeSubject returns the place that is the subject of a verb: the
// antecedent of a relative pronoun before it (past an adjective and a
// comma), a place right after it, or one right before it; else -1.
func (w *work) placeSubject(s int, tr trigger) int {
	d := w.d
	sent := d.Sentences[s]
	place := func(i int) bool {
		m := d.Mentions[i]
		return (m.Kind == marsad.Place || m.Kind == marsad.Country) && marsad.Anchored(m.Code)
	}
	isPlace := func(i int) bool { return place(i) && d.Mentions[i].Prep == "" }
	if tr.head > sent.First && isRelative(strings.TrimPrefix(d.Tokens[tr.head-1].Norm, "و")) {
		// The antecedent may stand after a preposition: «خرجوا من الغوطة
		// الشرقية المحاصرة، والتي تتعرض لقصف».
		for _, i := range clause.Mentions(d, max(sent.First, tr.head-5), tr.head-1) {
			if place(i) && tr.head-1-d.Mentions[i].Last <= 2 {
				return i
			}
		}
		return -1
	}
	for _, i := range clause.Mentions(d, tr.head+1, min(sent.Last, tr.head+3)) {
		if isPlace(i) {
			return i
		}
		break
	}
	for _, i := range clause.Mentions(d, max(sent.First, tr.head-3), tr.head) {
		if isPlace(i) && d.Mentions[i].Last == tr.head {
			return i
		}
	}
	return -1
}

// placeEndingBefore returns the place mention ending right before token at
// (past a comma), or -1.
func (w *work) placeEndingBefore(first, at int) int {
	d := w.d
	for i := len(d.Mentions) - 1; i >= 0; i-- {
		m := d.Mentions[i]
		if m.Last == at && m.First >= first && m.Kind == marsad.Place {
			return i
		}
		if m.Last < at {
			break
		}
	}
	return -1
}

// sharedSubject reads «ورفض X التحذيرات …، واتهم الولايات المتحدة
// بالسعي …»: a verb joined by و to an earlier verb of the sentence, taking
// an object, with a single actor before its complement — that actor is the
// object, and the subject is the earlier verb's. It returns the subject and
// the earlier trigger's id, or -1.
func (w *work) sharedSubject(s int, tr trigger, earlier []trigger) (int, string) {
	d := w.d
	sent := d.Sentences[s]
	if !tr.m.Seg.Conj || !slices.Contains(tr.entry.Targets, "obj") || tr.entry.Recip {
		return -1, ""
	}
	var g *trigger
	for k := len(earlier) - 1; k >= 0; k-- {
		if !earlier[k].isNoun(d) && !earlier[k].isParticiple(d) && earlier[k].quote < 0 {
			g = &earlier[k]
			break
		}
	}
	if g == nil || len(g.f.sources) == 0 {
		return -1, ""
	}
	// The complement: the first word with ب, or أن/بأن/إلى, after the verb.
	end := -1
	for i := tr.last; i < w.segmentEnd(tr.last, sent.Last); i++ {
		t := d.Tokens[i]
		if n := t.Norm; n == "ان" || n == "بان" || n == "الي" {
			end = i
			break
		}
		if t.Kind == marsad.Word && !w.inMention(i) && strings.HasPrefix(t.Norm, "ب") && utf8.RuneCountInString(t.Norm) >= 4 {
			end = i
			break
		}
	}
	if end < 0 {
		return -1, ""
	}
	agents, last := 0, tr.last
	for _, i := range clause.Mentions(d, tr.last, end) {
		if clause.IsAgent(d, i) && d.Mentions[i].Ref < 0 {
			agents++
		}
		last = max(last, d.Mentions[i].Last)
	}
	if agents != 1 {
		return -1, ""
	}
	for i := last; i < end; i++ {
		if d.Tokens[i].Kind == marsad.Word || d.Tokens[i].Kind == marsad.Number {
			// «ووصف المرشد الإيراني القرار بأنه»: a word between the actor
			// and the complement is the object; the actor is the subject.
			return -1, ""
		}
	}
	return g.f.sources[0], g.entry.ID
}

// pluralVerb reports whether the trigger's head is a verb with a plural
// subject suffix (يرفضون, رفضوا, يرفضن): Arabic puts a verb in the singular
// before its subject, so such a verb's subject is its own pronoun.
func pluralVerb(tr trigger) bool {
	if tr.m.Seg.Suf != "" {
		return false
	}
	n := tr.m.Seg.Stem
	if n == "" {
		return false
	}
	r := []rune(n)
	if len(r) < 5 {
		return false
	}
	switch {
	case strings.HasSuffix(n, "ون") && (r[0] == 'ي' || r[0] == 'ت'):
		return true
	case strings.HasSuffix(n, "وا"):
		return true
	}
	return false
}

// statementNouns are nouns of documents and speakers that, as the subject
// of a verb, stand for their author («اتهم بيان للجناح العسكري لحماس
// إسرائيل»), normalized and without the article.
var statementNouns = map[string]bool{
	"بيان": true, "تصريح": true, "تصريحات": true, "رساله": true, "تقرير": true, "مذكره": true, "بلاغ": true,
}

// statementAuthor reads a VSO subject that is a statement («بيان لـX»,
// «بيان X», «بيان أصدرته X») and returns its author's mention, or -1.
func (w *work) statementAuthor(s int, tr trigger) int {
	d := w.d
	sent := d.Sentences[s]
	j := tr.head + 1
	if j >= sent.Last || d.Tokens[j].Kind != marsad.Word || w.inMention(j) {
		return -1
	}
	n, definite := strings.CutPrefix(d.Tokens[j].Norm, "ال")
	if !statementNouns[n] {
		return -1
	}
	from := j + 1
	if from < sent.Last {
		switch d.Tokens[from].Norm {
		case "اصدرته", "اصدره", "اصدرها", "نشرته", "نشره", "نشرها", "وزعته", "وزعها":
			from++ // «بيان أصدرته كتائب القسام»
		}
	}
	// The author follows within its genitive chain («للجناح العسكري
	// لحماس»), before any punctuation or later word of the pattern.
	end := min(sent.Last, from+maxObjectGap+2)
	for k := from; k < end; k++ {
		if d.Tokens[k].Kind == marsad.Punct || slices.Contains(tr.m.Tokens, k) {
			end = k
			break
		}
	}
	if definite && (len(clause.Mentions(d, from, end)) == 0 || d.Mentions[clause.Mentions(d, from, end)[0]].Prep != "ل") {
		// «وطالب البيان …»: the statement issued just before («أصدرت
		// وزارة الخارجية الفرنسية بيانا»), whose issuer is its author.
		return w.issuerBefore(s, n)
	}
	for _, i := range clause.Mentions(d, from, end) {
		// The author stands in the genitive, often with ل: an oblique
		// mention that IsAgent would refuse.
		// A noun with the article takes no genitive: «الرسالة دمشق» is
		// the letter and its object, «رسالة دمشق» Damascus's letter.
		if m := d.Mentions[i]; (m.Prep == "ل" || m.Prep == "" && !definite) && m.Kind != marsad.Place && !clause.InStatement(d, m.Span) {
			return i
		}
		break
	}
	return -1
}

// issuerBefore finds, in the two sentences before s, a sentence that names
// a statement noun n (بيان, بيانا) and returns that sentence's first agent:
// the one who issued it; -1 if none.
func (w *work) issuerBefore(s int, n string) int {
	d := w.d
	for back := 1; back <= 2 && s-back >= 0; back++ {
		ps := d.Sentences[s-back]
		for i := ps.First; i < ps.Last; i++ {
			t := strings.TrimPrefix(d.Tokens[i].Norm, "ال")
			if t == n || t == n+"ا" {
				return clause.FirstAgent(d, ps.First, i)
			}
		}
	}
	return -1
}

// citedAt reports whether mention i (or the role it holds) is introduced
// as a cited source: «بحسب», «حسب», «وفقا ل», «نقلا عن», «ذكرت», «قالت».
func (w *work) citedAt(first, i int) bool {
	d := w.d
	start := d.Mentions[i].First
	for k := i - 1; k >= 0 && d.Mentions[k].Last >= start-1 && d.Mentions[k].First >= first; k-- {
		start = min(start, d.Mentions[k].First) // the role before its holder
	}
	for j := start - 1; j >= first && j >= start-2; j-- {
		switch n := d.Tokens[j].Norm; n {
		case "بحسب", "حسب", "وبحسب", "وحسب", "وفق", "وفقا", "ووفقا", "نقلا", "عن", "لدي":
			return true
		}
		if d.Tokens[j].Kind == marsad.Punct {
			break
		}
	}
	return false
}

// nounBetween reports whether a content word (not a particle, stop word,
// date word or one of the words isSkippable allows) stands between tokens
// from and to.
// isInstrument reports whether token i names a weapon or a force used as
// the subject of an act (events/instruments.tsv).
func (w *work) isInstrument(i int) bool {
	for _, seg := range arabic.SegmentToken(w.d.Tokens[i]) {
		if w.c.lex.Events.Instruments[strings.TrimPrefix(seg.Key(), "ال")] {
			return true
		}
	}
	return false
}

// wordBetween reports whether a content word stands between a trigger's
// head and token to: «وطالب الأكراد دمشق بالتدخل» — the Kurds, whom no
// actor names, are the subject, not Damascus.
func (w *work) wordBetween(tr trigger, mi int) bool {
	m := w.d.Mentions[mi]
	to := m.First
	for i := tr.head + 1; i < to; i++ {
		if !w.nounBetween(i, i+1) {
			continue // a particle, a date, a stop word
		}
		if (slices.Contains(tr.m.Tokens, i) || i == to-1) && w.isInstrument(i) {
			// «قصفت الطائرات الإسرائيلية», «أغارت طائرات التحالف»: the
			// weapon names its user.
			continue
		}
		// A content word — or a later word of the pattern, which the
		// subject precedes («نفى الاتهامات الإثيوبية»: the adjective is the
		// charges', not the denier).
		if i == to-1 && !slices.Contains(tr.m.Tokens, i) {
			n := w.d.Tokens[i].Norm
			if tr.entry.Passive && !strings.HasPrefix(n, "ال") && !strings.HasPrefix(n, "وال") {
				continue // «تعرضت مواقع حماس»: what undergoes the act is the actor's
			}
			if m.Adjective && m.Kind == marsad.Country {
				continue // «اتفقت الأطراف الليبية»: a noun and its nationality
			}
			if m.Kind == marsad.Org && w.c.lex.Particles.IsKind(n) {
				continue // «ونددت منظمة هيومن رايتس ووتش»: the body's kind before its name
			}
		}
		return true
	}
	return false
}

func (w *work) nounBetween(from, to int) bool {
	for i := from; i < to; i++ {
		t := w.d.Tokens[i]
		if t.Kind != marsad.Word || w.isSkippable(t.Norm) || w.isDateWord(i) || w.c.lex.Particles.Class(t.Norm) != "" || w.c.lex.Names.Stopwords[t.Norm] {
			continue
		}
		return true
	}
	return false
}

// complementizerBetween reports whether a bare أن or إن («that»)
// stands between tokens from and to.
func (w *work) complementizerBetween(from, to int) bool {
	for i := from; i < to; i++ {
		switch w.d.Tokens[i].Norm {
		case "ان", "بان", "وان":
			return true
		}
	}
	return false
}

// parentheticalBefore returns the comma that opens an aside ending at the
// comma at token end — «، ومقره بريطانيا،»: a clause of و and a noun with a
// pronoun (ومقره, ومقرها) describing what stands before it — or -1.
func (w *work) parentheticalBefore(first, end int) int {
	d := w.d
	for j := end - 1; j > first; j-- {
		if !isComma(d.Tokens[j]) {
			continue
		}
		if j+1 < end {
			for _, s := range arabic.SegmentToken(d.Tokens[j+1]) {
				if s.Conj && s.Pre == "و" && thirdPerson(s.Suf) {
					return j
				}
			}
		}
		return -1
	}
	return -1
}

// victim reports codes of those who undergo force rather than use it:
// civilians and refugees.
func victim(code string) bool {
	if len(code) < 6 {
		return false
	}
	switch code[3:6] {
	case "CVL", "REF", "EDU", "HLH": // civilians, refugees, schools and students, hospitals and medics
		return true
	}
	return false
}

// agentEndingBefore returns an agent mention that ends right before token
// at, looking past a few function words (قد, لم, لن, نفسه, أمس, كان), or -1.
func (w *work) agentEndingBefore(first, at int) int {
	d := w.d
	j := at
	for k := 0; k < 3 && j-1 >= first && w.isSkippable(d.Tokens[j-1].Norm); k++ {
		j--
	}
	for i := len(d.Mentions) - 1; i >= 0; i-- {
		m := d.Mentions[i]
		if m.Last == j && m.First >= first && clause.IsAgent(d, i) {
			// A role and its holder («المتحدث … دميتري بيسكوف»): either will do.
			return i
		}
		if m.Last < j {
			break
		}
	}
	return -1
}

// hasPronoun reports whether a word carries a possessive pronoun in its
// least segmented reading that splits one off (نظيره, حلفاءه).
func hasPronoun(t marsad.Token) bool {
	for _, s := range arabic.SegmentToken(t) {
		if s.Pre == "" && s.Suf != "" && s.Suf != "نا" {
			return true
		}
	}
	return false
}

// skipBack returns the token before at, past the words that may stand
// between a subject and its verb.
func (w *work) skipBack(first, at int) int {
	j := at - 1
	for k := 0; k < 3 && j >= first && w.isSkippable(w.d.Tokens[j].Norm); k++ {
		j--
	}
	return j
}

// pronounComplementizer reports أنه, أنها, أنهم, إنه… (normalized): a
// complementizer carrying the subject of the clause it opens.
func pronounComplementizer(n string) bool {
	for _, c := range []string{"ان", "بان", "وان", "لان"} {
		if rest, ok := strings.CutPrefix(n, c); ok && thirdPerson(rest) {
			return true
		}
	}
	return false
}

// isSkippable reports the words that may stand between a subject and its
// verb.
func (w *work) isSkippable(n string) bool {
	switch n {
	case "قد", "لم", "لن", "لا", "نفسه", "نفسها", "امس", "اليوم", "كان", "كانت", "بدوره", "بدورها", "ايضا", "سوف":
		return true
	}
	return false
}

// punctBetween reports whether punctuation stands between tokens a and b.
func (w *work) punctBetween(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if w.d.Tokens[i].Kind == marsad.Punct {
			return true
		}
	}
	return false
}

// clauseSubject is the subject of the clause a participle hangs on: the
// source of the nearest trigger before it in the sentence, or the
// sentence's first agent, or the topic.
func (w *work) clauseSubject(s int, tr trigger, earlier []trigger) int {
	sent := w.d.Sentences[s]
	// «بأن الفلسطينيين غير مستعدين للسلام»: a participle as the predicate
	// of a clause of its own has that clause's subject.
	at := tr.head
	if j := at - 1; j > sent.First && (w.d.Tokens[j].Norm == "غير" || w.d.Tokens[j].Norm == "ليس" || w.d.Tokens[j].Norm == "ليسوا") {
		at = j // «غير مستعدين»
	}
	if i := w.agentEndingBefore(sent.First, at); i >= 0 {
		if f := w.d.Mentions[i].First; f > sent.First && w.complementizerBetween(f-1, f) {
			return i
		}
	}
	for k := len(earlier) - 1; k >= 0; k-- {
		if earlier[k].isParticiple(w.d) || earlier[k].isNoun(w.d) {
			continue
		}
		if i, _ := w.verbSubject(s, earlier[k], earlier[:k]); i >= 0 {
			return i
		}
	}
	if i := clause.FirstAgent(w.d, sent.First, tr.head); i >= 0 {
		return i
	}
	return clause.Topic(w.d, s, tr.head)
}

// nounAgent finds the agent of a verbal noun: an adjective or genitive
// right after it («غارات روسية», «زيارة ماكرون»), an agent marker («من قبل
// X», «على يد X»), or — when the noun is the means of the clause's act
// («من خلال اتصالات هاتفية», «عبر اتصال») — the agent before it. A noun
// that merely names an act in passing («في ظل ازدياد التهديدات») has no
// source.
func (w *work) nounAgent(s int, tr trigger, earlier []trigger) (int, string) {
	d := w.d
	sent := d.Sentences[s]
	patientGenitive := false // «مقتل إيرانيين», «اغتيال القائد»: the genitive undergoes the act
	patientPronoun := false  // «طردهم»: their expulsion
	for _, t := range tr.entry.Targets {
		patientGenitive = patientGenitive || t == "gen" || t == "obj"
		patientPronoun = patientPronoun || t == "gen"
	}
	if i := w.agentInPattern(tr); tr.entry.AgentWord && i >= 0 {
		return i, "the actor the pattern names (انسحاب القوات الأمريكية)"
	}
	if suf := tr.possessive(d); suf != "" && suf != "نا" {
		// «قصفها لمواقع», «زيارته», «انتقاده إسرائيل»: the pronoun is the
		// agent — unless the noun takes its object in the genitive
		// (طردهم: their expulsion), and no ل-object follows.
		lObject := w.lObjectAt(tr.last, sent.Last) // «قصفها لمواقع عسكرية»: the object follows with ل
		if !patientPronoun || lObject {
			// «انتقاده إسرائيل وتنديده بالمواجهات»: verbal nouns joined by
			// و share the antecedent of their pronouns.
			if k := len(earlier) - 1; k >= 0 && tr.m.Seg.Conj {
				g := earlier[k]
				if g.isNoun(d) && g.possessive(d) != "" && len(g.f.sources) > 0 && tr.head-g.last <= maxObjectGap+1 && !w.punctBetween(g.last, tr.head) {
					return g.f.sources[0], "the noun's pronoun, as " + g.entry.ID
				}
			}
			// The pronoun stands for a noun: the last agent that is not an
			// adjective («لرد إيراني على قصفها»: «its» is not Iran's).
			for _, i := range reverse(clause.Mentions(d, sent.First, tr.head)) {
				if clause.IsAgent(d, i) && !d.Mentions[i].Adjective {
					return i, "the noun's pronoun"
				}
			}
		}
	}
	if i := w.deciderBefore(s, tr); i >= 0 {
		return i, "the one whose decision or plan it is"
	}
	if i := w.relativeAgent(s, tr); i >= 0 {
		return i, ruleRelativeAgent
	}
	if tr.entry.Code.Root == "04" {
		if i := w.gatheredBy(s, tr); i >= 0 {
			return i, "first party of the verb that brings the meeting together"
		}
	}
	at := tr.last
	if tr.head+1 < tr.last && !slices.Contains(tr.m.Tokens, tr.head+1) {
		at = tr.head + 1 // «تصويت روسيا في مجلس الأمن ضد»: the genitive stands inside the pattern's span
	}
	if at < sent.Last && d.Tokens[at].Kind == marsad.QuoteMark {
		at++ // «استهداف "الزوارق الحربية الإسرائيلية"»
	}
	for _, i := range clause.Mentions(d, at, min(sent.Last, at+1)) {
		m := d.Mentions[i]
		plural := strings.HasSuffix(d.Tokens[m.Last-1].Norm, "ين") || strings.HasSuffix(d.Tokens[m.Last-1].Norm, "ون")
		if m.Prep == "" && m.Kind != marsad.Place && m.Kind != marsad.Group && (!patientGenitive || m.Adjective && !plural) {
			return i, "of the noun"
		}
		if m.Prep == "" && patientGenitive && m.Kind != marsad.Place && w.lObjectAt(m.Last, sent.Last) {
			// «قصف القوات الحكومية للغوطة الشرقية»: with its object
			// after it with ل, the genitive is who acts.
			return i, "of the noun (its ل-object follows)"
		}
	}
	if i := w.agentMarker(tr.last, sent.Last); i >= 0 {
		return i, "agent marker"
	}
	if !slices.Contains(tr.entry.Targets, "ل") && !patientGenitive {
		// «الضربة المشتركة للولايات المتحدة وبريطانيا»: a ل-genitive right
		// after the noun phrase is whose act it is.
		at := tr.last
		for k := 0; k < 2 && at < sent.Last && strings.HasPrefix(d.Tokens[at].Norm, "ال") && !w.inMention(at); k++ {
			at++ // «إطلاق النار العشوائي للجيش الإسرائيلي»: adjectives first
		}
		for _, i := range clause.Mentions(d, at, min(sent.Last, at+1)) {
			if m := d.Mentions[i]; m.Prep == "ل" && m.Kind != marsad.Place && !m.Adjective {
				return i, "its ل-genitive"
			}
		}
	}
	for j := tr.head - 1; j >= sent.First && j >= tr.head-2; j-- {
		// «…، موجها أصابع الاتهام لإيران»: the object of a circumstantial
		// participle is the act of the clause's subject.
		if n := d.Tokens[j].Norm; !w.inMention(j) && circumstantial(n) {
			if i := clause.LastAgent(d, w.clauseStart(s, j), j); i >= 0 {
				return i, "agent of the participle " + n
			}
		}
	}
	if i := w.rulingAgent(s, tr); i >= 0 {
		return i, "the one whose ruling decrees it"
	}
	if i := w.causedAgent(s, tr); i >= 0 {
		return i, "the one a causative verb moves to the act"
	}
	if i := w.resultOf(s, tr, earlier); i >= 0 {
		return i, "the agent of the act it resulted from"
	}
	if w.purposeOf(s, tr, earlier) {
		// «وتوجه الوزير إلى موسكو لإجراء محادثات»: the one whose purpose
		// it is — the clause's subject.
		if i := clause.LastAgent(d, w.clauseStart(s, tr.head), tr.head); i >= 0 && d.Mentions[i].Prep == "" {
			return i, "agent of the clause the purpose serves"
		}
	}
	if tr.head > sent.First {
		switch d.Tokens[tr.head-1].Norm {
		case "خلال", "عبر", "اثناء", "خلاله", "عقب":
			if i := clause.LastAgent(d, w.clauseStart(s, tr.head), tr.head); i >= 0 {
				return i, "agent of the clause the noun serves"
			}
		}
	}
	return -1, "no agent of the noun"
}

// relativeAgent reads «الهجوم الذي بدأه الجيش السوري», «الاتفاق الذي
// وقعته الحكومة»: a relative clause on the noun whose verb carries the
// noun as object pronoun names the agent right after the verb.
func (w *work) relativeAgent(s int, tr trigger) int {
	d := w.d
	sent := d.Sentences[s]
	rel := tr.last
	for k := 0; k < 2 && rel < sent.Last && !isRelative(d.Tokens[rel].Norm) && strings.HasPrefix(d.Tokens[rel].Norm, "ال") && !w.inMention(rel); k++ {
		rel++ // «الضربات الجوية الناجحة التي وجهتها …»: adjectives before the relative
	}
	if rel+2 >= sent.Last {
		return -1
	}
	hasObject := func(t marsad.Token) bool {
		for _, seg := range arabic.SegmentToken(t) {
			if (seg.Suf == "ه" || seg.Suf == "ها") && !seg.Det && seg.Prep == 0 {
				return true
			}
		}
		// A short verb the segmenter leaves whole: «شنه», «شنها».
		for _, suf := range []string{"ها", "ه"} {
			if stem, ok := strings.CutSuffix(t.Norm, suf); ok {
				if _, verb := w.c.lex.Events.Verbs[stem]; verb {
					return true
				}
			}
		}
		return false
	}
	if !isRelative(d.Tokens[rel].Norm) {
		// An indefinite noun takes its relative clause without الذي:
		// «اجتماع استضافته فرنسا», past its adjectives: «هجوم عنيف شنه
		// الجيش».
		if tr.m.Seg.Det || strings.HasPrefix(d.Tokens[tr.head].Norm, "ال") {
			return -1
		}
		rel = tr.last - 1
		for k := 0; k < 2 && tr.last-1 == tr.head && rel+2 < sent.Last && !hasObject(d.Tokens[rel+1]) && d.Tokens[rel+1].Kind == marsad.Word &&
			!strings.HasPrefix(d.Tokens[rel+1].Norm, "ال") && !w.inMention(rel+1); k++ {
			rel++
		}
	}
	verb := d.Tokens[rel+1]
	if verb.Kind != marsad.Word || w.inMention(rel+1) || !hasObject(verb) {
		return -1
	}
	for _, i := range clause.Mentions(d, rel+2, rel+3) {
		if d.Mentions[i].Prep == "" && clause.IsAgent(d, i) {
			return i
		}
	}
	return -1
}

// objectOwner finds the target of a criticism, rejection or threat that
// names none: the owner of what is criticised — an ل-genitive or an
// adjective («انتقد الخطاب الخطير للقيادة الأمريكية», «ندد بالهجوم
// الأمريكي»), the pattern's own words («بمهاجمة القوات الأمريكية»), one
// to whom something is owed («رفضت طهران تقديم أي التزامات إلى الوزير
// الفرنسي»). It returns the mention, or -1.
func (w *work) objectOwner(s int, tr trigger, subject int) int {
	d := w.d
	sent := d.Sentences[s]
	e := tr.entry
	end := w.segmentEnd(tr.last, sent.Last)
	if end+1 < sent.Last && topicPreposition(d.Tokens[end+1].Norm) {
		end = w.segmentEnd(end+1, sent.Last) // «عن قلقها، إزاء قرار واشنطن»
	}
	if j := end + 1; j < sent.Last && isComma(d.Tokens[end]) {
		if k := w.dateEnd(j); k > j && k < sent.Last && isComma(d.Tokens[k]) {
			end = w.segmentEnd(k+1, sent.Last) // «وصفت الوزارة، الأربعاء، الإجراءات …»
		}
	}
	for _, t := range clause.Mentions(d, tr.head+1, end) {
		m := d.Mentions[t]
		owed := e.Code.Root == "12" && m.Prep == "الي"
		// «وصفت الخارجية الروسية الإجراءات التي قررت الحكومة
		// البريطانية اتخاذها بأنها …»: whose measures they are.
		decidedBy := m.Prep == "" && m.First >= 2 && isRelative(d.Tokens[m.First-2].Norm) && d.Tokens[m.First-1].Kind == marsad.Word
		if (m.Prep == "ل" || m.Prep == "ب" || m.Adjective || m.First < tr.last || owed || decidedBy || w.genitiveOfTopic(m)) && marsad.Anchored(m.Code) && (subject < 0 || !sameActor(d, t, subject)) &&
			(subject < 0 || prefixOf(m.Code) != prefixOf(d.Mentions[subject].Code)) {
			return t
		}
	}
	return -1
}

// deserver reads «بريطانيا تستحق ردا صارما»: the actor right before a form
// of «استحق» right before the threat noun is its target; -1 if none.
func (w *work) deserver(s int, tr trigger, sources []int) int {
	d := w.d
	sent := d.Sentences[s]
	if tr.head < sent.First+2 || !deserves[strings.TrimPrefix(d.Tokens[tr.head-1].Norm, "و")] {
		return -1
	}
	for _, i := range clause.Mentions(d, max(sent.First, tr.head-5), tr.head-1) {
		if m := d.Mentions[i]; m.Last == tr.head-1 && m.Prep == "" && (len(sources) == 0 || sources[0] != i) {
			return i
		}
	}
	return -1
}

// deserves are the forms of «استحق» (to deserve), normalized.
var deserves = map[string]bool{"تستحق": true, "يستحق": true, "استحق": true, "استحقت": true, "يستحقون": true}

// causatives move someone to an act: «دفع مسؤولي الحلف إلى تحذير تركيا»,
// «أجبر الحكومة على الانسحاب» (normalized past and present forms).
var causatives = map[string]bool{
	"دفع": true, "دفعت": true, "يدفع": true, "تدفع": true, "اجبر": true, "اجبرت": true, "يجبر": true, "تجبر": true,
	"اضطر": true, "اضطرت": true, "يضطر": true, "تضطر": true, "حث": true, "حثت": true,
}

// causedAgent returns the actor a causative verb moves to the verbal noun
// (the noun after إلى or على), or -1.
func (w *work) causedAgent(s int, tr trigger) int {
	d := w.d
	sent := d.Sentences[s]
	p := tr.head - 1
	if p <= sent.First || (d.Tokens[p].Norm != "الي" && d.Tokens[p].Norm != "علي") {
		return -1
	}
	i := w.agentEndingBefore(sent.First, p)
	if i < 0 || d.Mentions[i].Prep != "" {
		return -1
	}
	if f := d.Mentions[i].First; f > sent.First && causatives[d.Tokens[f-1].Norm] {
		return i
	}
	return -1
}

// resultOf reads «إطلاق النار … للجيش الإسرائيلي، والذي أدى إلى مقتل تسعة»,
// «قصف أسفر عن مقتل»: a verbal noun after «أدى إلى» or «أسفر عن» is the
// result of the act before it, and has its agent.
func (w *work) resultOf(s int, tr trigger, earlier []trigger) int {
	d := w.d
	sent := d.Sentences[s]
	p := tr.head - 1
	if p-1 < sent.First {
		return -1
	}
	v := strings.TrimPrefix(d.Tokens[p-1].Norm, "و")
	results := (d.Tokens[p].Norm == "الي" && (v == "ادي" || v == "ادت" || v == "يودي" || v == "تودي")) ||
		(d.Tokens[p].Norm == "عن" && (v == "اسفر" || v == "اسفرت" || v == "يسفر" || v == "تسفر"))
	if !results {
		return -1
	}
	for k := len(earlier) - 1; k >= 0; k-- {
		if len(earlier[k].f.sources) > 0 && earlier[k].entry.Code.Quad == tr.entry.Code.Quad {
			return earlier[k].f.sources[0]
		}
	}
	// «للجيش الإسرائيلي الذي أدى إلى مقتل …»: an actor the relative
	// clause of the result hangs on caused it.
	if rel := p - 2; rel > sent.First && isRelative(strings.TrimPrefix(d.Tokens[rel].Norm, "و")) {
		if tr.entry.Code.Quad == 4 {
			if i := w.agentEndingBefore(sent.First, rel); i >= 0 {
				return i
			}
			for _, i := range clause.Mentions(d, max(sent.First, rel-3), rel) {
				if m := d.Mentions[i]; m.Last == rel && m.Prep == "ل" && m.Kind != marsad.Place {
					return i // «"إطلاق النار" للجيش الإسرائيلي الذي أدى إلى»
				}
			}
		}
	}
	return -1
}

// decisionNouns name a will to act whose genitive is the actor («قرار
// أنقرة شراء», «سعي واشنطن فرض»), normalized, without article or clitics.
var decisionNouns = map[string]bool{
	"قرار": true, "خطه": true, "خطط": true, "نيه": true, "عزم": true, "سعي": true, "محاوله": true, "محاولات": true, "رغبه": true,
}

// rulingVerbs are the verbs by which a court or an authority decrees an
// act, named after them with بـ («قضت محكمة عراقية بإعدام», «أمر القاضي
// بسجنه»), normalized, without conjunction.
var rulingVerbs = map[string]bool{
	"قضت": true, "قضي": true, "تقضي": true, "يقضي": true, "حكمت": true, "حكم": true, "تحكم": true, "يحكم": true,
	"امرت": true, "امر": true, "تامر": true, "يامر": true,
}

// rulingAgent returns, for a verbal noun with بـ that a ruling verb
// governs within its clause, that verb's subject: after the verb
// («قضت محكمة عراقية الأحد بإعدام 16 امرأة») or right before it; else -1.
func (w *work) rulingAgent(s int, tr trigger) int {
	d := w.d
	if tr.m.Seg.Prep != 'ب' {
		return -1
	}
	sent := d.Sentences[s]
	for j := tr.head - 1; j >= sent.First && j >= tr.head-maxObjectGap-2; j-- {
		t := d.Tokens[j]
		if t.Kind == marsad.Punct {
			return -1
		}
		if !rulingVerbs[clause.WithoutConj(t.Norm)] && !rulingVerbs[t.Norm] {
			continue
		}
		for _, i := range clause.Mentions(d, j+1, tr.head) {
			if clause.IsAgent(d, i) {
				return i
			}
		}
		return w.agentEndingBefore(sent.First, j)
	}
	return -1
}

// eachOfAfter returns the first mention after «كل من» in the segment of
// verb trigger tr, within a few words after it, or -1.
func (w *work) eachOfAfter(s int, tr trigger) int {
	d := w.d
	if tr.isNoun(d) {
		return -1
	}
	end := min(w.segmentEnd(tr.head, d.Sentences[s].Last), tr.head+8)
	for j := tr.head + 1; j+1 < end; j++ {
		if d.Tokens[j].Norm != "كل" || d.Tokens[j+1].Norm != "من" {
			continue
		}
		for _, i := range clause.Mentions(d, j+2, min(end+1, j+4)) {
			return i
		}
	}
	return -1
}

// actSubject reports whether an act noun described by a nationality
// stands right after threat verb tr as its subject.
func (w *work) actSubject(tr trigger) bool {
	j := tr.head + 1
	// Only a threat: «يهدد التقدم … مصير», an act endangering; after a
	// verb of judging the act is the object («أدان الهجوم الإسرائيلي»).
	if tr.entry.Code.Root != "13" || tr.isNoun(w.d) || j+1 >= len(w.d.Tokens) || !w.actNoun(j) {
		return false
	}
	for _, i := range clause.Mentions(w.d, j+1, j+2) {
		if w.d.Mentions[i].Adjective {
			return true
		}
	}
	return false
}

// actNoun reports whether token i is a noun that names an act (it heads
// an event pattern, and is definite or nunated, no verb form): a
// nationality after it describes the act («التقدم التركي»), not an actor.
func (w *work) actNoun(i int) bool {
	t := w.d.Tokens[i]
	if t.Kind != marsad.Word || w.c.lex.Events.IsVerb(t.Norm) || w.inMention(i) {
		return false
	}
	stem, def := strings.CutPrefix(t.Norm, "ال")
	if !def && !w.nunated(i) {
		return false
	}
	if r := []rune(stem); def && len(r) >= 4 && r[0] == 'ت' && (len(r) == 4 || len(r) == 5 && r[2] == 'ا') {
		return true // «التقدم», «التدخل», «التعاون»: the verbal noun of a form V or VI verb (تفعّل, تفاعل)
	}
	return len(w.c.lex.Events.Set.At(w.d.Tokens, i, i+1)) > 0
}

// lightNouns are the nouns of light verbs, whose genitive is the agent of
// the act named after it, plural or not: «بعد توجيه الرئيس انتقادات للكويت».
var lightNouns = map[string]bool{"توجيه": true, "شن": true, "تقديم": true}

// deciderBefore reads «قرار أنقرة شراء صواريخ»: a decision noun, its
// genitive actor, then the verbal noun; it returns the actor, or -1.
func (w *work) deciderBefore(s int, tr trigger) int {
	d := w.d
	sent := d.Sentences[s]
	for i := len(d.Mentions) - 1; i >= 0; i-- {
		m := d.Mentions[i]
		if m.Last > tr.head {
			continue
		}
		if m.Last < tr.head || m.First <= sent.First || m.Prep != "" || !clause.IsAgent(d, i) {
			return -1 // the actor must end right before the noun
		}
		plural := strings.HasSuffix(d.Tokens[tr.head].Norm, "ات")
		for _, seg := range arabic.SegmentToken(d.Tokens[m.First-1]) {
			key := strings.TrimPrefix(seg.Key(), "ال")
			if seg.Suf != "" {
				continue
			}
			if lightNouns[key] || decisionNouns[key] && !plural {
				// «أثارت خطة الحكومة انتقادات»: after a decision noun a
				// plural is the verb's object, not what is planned.
				return i
			}
		}
		return -1
	}
	return -1
}

// maxGatherGap is how far after a meeting noun the verb that names its
// parties may stand («اللقاء المرتقب والذي سيجمع»).
const maxGatherGap = 4

// gatheredBy reads «لقاء يجمع X مع Y», «القمة التي جمعت X و Y»: a form of
// جمع after a meeting noun names its parties; it returns the first, or -1.
func (w *work) gatheredBy(s int, tr trigger) int {
	d := w.d
	sent := d.Sentences[s]
	for i := tr.last; i < min(sent.Last, tr.last+maxGatherGap); i++ {
		t := d.Tokens[i]
		if t.Kind != marsad.Word {
			return -1
		}
		gathers := false
		for _, seg := range arabic.SegmentToken(t) {
			switch seg.Stem {
			case "جمع", "يجمع", "تجمع", "جمعت":
				gathers = !seg.Det && seg.Suf == ""
			}
		}
		if !gathers {
			continue
		}
		for _, k := range clause.Mentions(d, i+1, min(sent.Last, i+1+maxObjectGap)) {
			if d.Mentions[k].Prep == "" && clause.IsAgent(d, k) {
				return k
			}
		}
		return -1
	}
	return -1
}

// circumstantial reports whether a word has the shape of an active
// participle in the accusative (a حال): م… ending in ا, or its feminine and
// plural (موجها, موجهة, موجهين).
func circumstantial(n string) bool {
	r := []rune(n)
	if len(r) < 5 || r[0] != 'م' {
		return false
	}
	return strings.HasSuffix(n, "ا") || strings.HasSuffix(n, "ين") || strings.HasSuffix(n, "تا")
}

// agentMarker finds the agent of a passive or a noun: «من قبل X», «على يد
// X», «برصاص X».
func (w *work) agentMarker(from, to int) int {
	d := w.d
	for i := from; i+1 < to; i++ {
		n := d.Tokens[i].Norm
		if (n == "قبل" && i > from && d.Tokens[i-1].Norm == "من") || n == "يد" || n == "ايدي" || n == "برصاص" || n == "بنيران" || n == "بنار" {
			for _, k := range clause.Mentions(d, i+1, min(to, i+3)) {
				return k
			}
		}
	}
	return -1
}

// afterPrep returns the first mention in [from, to) governed by the
// preposition prep (a word or a proclitic), or -1. «مع كل من X» counts as
// «مع X».
func (w *work) afterPrep(from, to int, prep string) int {
	d := w.d
	for _, i := range clause.Mentions(d, from, to) {
		m := d.Mentions[i]
		if w.allegiance(m.First) {
			continue // «الموالية لإيران» describes the actor before it
		}
		if m.Prep == prep {
			return i
		}
		if m.Prep == "" && w.siteOf(m.First, prep) {
			return i // «على مواقع تمركز ميليشيات الحوثي»
		}
		if m.Prep == "من" && m.First >= 2 {
			// «مع كل من X», «بعدد من قادة X», «مع بعض من …»: a quantifier
			// before من carries the preposition.
			q := d.Tokens[m.First-2]
			if q.Norm == "كل" && m.First >= 3 && d.Tokens[m.First-3].Norm == prep {
				return i
			}
			for _, s := range arabic.SegmentToken(q) {
				if string(s.Prep) == prep && quantifiers[s.Stem] || s.Stem == "كل" && string(s.Prep) == prep {
					return i
				}
			}
			if quantifiers[q.Norm] && m.First >= 3 && d.Tokens[m.First-3].Norm == prep {
				return i
			}
		}
	}
	return -1
}

// lObjectAt reports whether token i, before last, is a word with the
// preposition ل: the object of a verbal noun («قصفها لمواقع عسكرية»,
// «قصف القوات الحكومية للغوطة»).
func (w *work) lObjectAt(i, last int) bool {
	if i >= last || w.d.Tokens[i].Kind != marsad.Word {
		return false
	}
	for _, seg := range arabic.SegmentToken(w.d.Tokens[i]) {
		if seg.Prep == 'ل' && (seg.Det || utf8.RuneCountInString(seg.Stem) >= 3) {
			return true
		}
	}
	return false
}

// allegiance reports whether token i follows a word of allegiance
// («الموالية لإيران», «المدعومة من روسيا»): the actor there describes
// another, it is not a party itself.
func (w *work) allegiance(i int) bool {
	if i < 1 {
		return false
	}
	p := w.c.lex.Particles
	if p.Is(w.d.Tokens[i-1].Norm, "allegiance") {
		return true
	}
	return i >= 2 && w.d.Tokens[i-1].Norm == "من" && p.Is(w.d.Tokens[i-2].Norm, "allegiance")
}

// siteOf reports whether the tokens before token i are site nouns
// («مواقع», «مقر», «تمركز»: particles of class site) or a count («عشرات»,
// «3») governed by preposition prep, which then governs the actor after
// them: «على مواقع تمركز ميليشيات الحوثي», «بمقر الحكومة», «أفرجت عن
// عشرات المعتقلين».
func (w *work) siteOf(i int, prep string) bool {
	d := w.d
	p := w.c.lex.Particles
	for j, n := i-1, 0; j >= 0 && n < 3; j, n = j-1, n+1 {
		if t := d.Tokens[j]; t.Kind == marsad.Number || countWords[t.Norm] {
			if j > 0 && d.Tokens[j-1].Norm == prep {
				return true
			}
			continue
		}
		bare := false // a site noun with no clitic: the chain may go on before it
		for _, s := range arabic.SegmentToken(d.Tokens[j]) {
			if s.Det || s.Suf != "" || !p.Is(s.Stem, "site") && !p.Is(s.Stem, "heads") {
				continue
			}
			if s.Prep != 0 && string(s.Prep) == prep {
				return true // «بمقر الحكومة»
			}
			if s.Prep == 0 && (s.Pre == "" || s.Pre == "و" && n < 2) {
				// «على أشخاص وشركات إيرانية»: coordinated heads too
				bare = true
				break
			}
		}
		if !bare {
			return false
		}
		if j > 0 && d.Tokens[j-1].Norm == prep {
			return true
		}
	}
	return false
}

// object returns the first mention in [from, to) with no preposition,
// other than the subject, before any punctuation; failing that, the place
// that qualifies an object noun phrase («حذر “الرؤوس الساخنة” في واشنطن»:
// the hotheads in Washington).
func (w *work) object(from, to, subject int) int {
	d := w.d
	// What the commas after the subject set off comes before the object:
	// an adjective of the subject («الحكومة اليمنية الشرعية،»), a date
	// («وهاجم نتنياهو، الأحد، الرئيس التركي»), an apposition naming the
	// subject again («هاجم أنور قرقاش، وزير الدولة الإماراتي …، رئيس
	// وزراء قطر»).
	if j := from; subject >= 0 && j+1 < to && w.contentWord(j) && isComma(d.Tokens[j+1]) {
		from = j + 1 // «مسؤولة كورية شمالية رفيعة، الخميس، …»
	}
	for k := 0; k < 3 && from < to && isComma(d.Tokens[from]); k++ {
		from++ // «هدد الوزير، يوفال شتاينتز، الرئيس السوري»
		j := from
		for j < to && w.dateEnd(j) > j {
			j = w.dateEnd(j)
		}
		if j > from && j < to && isComma(d.Tokens[j]) {
			from = j // a date set off by commas
			continue
		}
		if subject >= 0 {
			if end := w.appositionEnd(subject, from, to); end > from {
				from = end
				continue
			}
		}
		break
	}
	if from < to && isRelative(d.Tokens[from].Norm) {
		// «دعا بوتين الذي يدعم …، نتنياهو إلى»: skip the relative clause.
		if end := w.segmentEnd(from, to); end < to {
			from = end + 1
		}
	}
	for i := from; i < to; i++ {
		if d.Tokens[i].Kind == marsad.Punct || isRelative(d.Tokens[i].Norm) {
			to = i
			break
		}
	}
	ms := clause.Mentions(d, from, to)
	for _, i := range ms {
		if i == subject || (subject >= 0 && sameActor(d, i, subject)) {
			continue
		}
		// The object follows the verb and its subject closely; a mention
		// further on sits inside some other phrase («بتحقيق مستقل بشأن مقتل
		// فلسطينيين»).
		if d.Mentions[i].First > from+maxObjectGap {
			break
		}
		if first := d.Mentions[i].First; first > 0 && d.Tokens[first-1].Norm == "او" {
			continue // «وزارة الدفاع الأمريكي أو "البنتاغون"»: another name of the subject
		}
		if d.Mentions[i].Prep == "" {
			return i
		}
	}
	for _, i := range ms {
		m := d.Mentions[i]
		if m.Prep == "في" && m.First > from+1 && m.First <= from+7 && marsad.Anchored(m.Code) &&
			(m.Kind == marsad.Country || m.Kind == marsad.Org) {
			return i
		}
	}
	return -1
}

// genitive returns the mention right after a verbal noun, or -1.
func (w *work) genitive(from, to int) int {
	for _, i := range clause.Mentions(w.d, from, min(to, from+2)) {
		if w.d.Mentions[i].Prep == "" {
			return i
		}
	}
	return -1
}

// purposeObject reads the actor in the genitive of a purpose («لتفريق
// مئات المحتجين») that follows trigger tr, past a date set off by commas;
// -1 if none.
func (w *work) purposeObject(s int, tr trigger) int {
	d := w.d
	sent := d.Sentences[s]
	for j := tr.last; j < sent.Last && j < tr.last+maxPurposeGap; j++ {
		t := d.Tokens[j]
		if t.Kind == marsad.Punct && !isComma(t) {
			return -1
		}
		if t.Kind != marsad.Word || w.inMention(j) {
			continue
		}
		purpose := false
		for _, seg := range arabic.SegmentToken(t) {
			purpose = purpose || seg.Prep == 'ل' && !seg.Det && utf8.RuneCountInString(seg.Stem) >= 4
		}
		if !purpose {
			continue
		}
		from := j + 1
		if from < sent.Last && (countWords[d.Tokens[from].Norm] || d.Tokens[from].Kind == marsad.Number) {
			from++ // «لتفريق مئات المحتجين»
		}
		if g := w.genitive(from, sent.Last); g >= 0 {
			return g
		}
	}
	return -1
}

// maxPurposeGap bounds how far after a use of force its purpose is sought
// («مدافع المياه والغاز المسيل للدموع، اليوم الثلاثاء، لتفريق …»).
const maxPurposeGap = 8

// actAgent reads «على ضرورة انسحاب القوات التركية»: the actor in the
// genitive of the verbal noun right after the trigger, who is to do the
// act; -1 if none.
func (w *work) actAgent(from, to int) int {
	d := w.d
	if from >= to || d.Tokens[from].Kind != marsad.Word || w.inMention(from) {
		return -1
	}
	return w.genitive(from+1, to)
}

// coordinated returns mention i and the mentions joined to it by و or a
// comma («السعودية وقطر وعمان ومصر»), before and after it, skipping the
// holder named after a role.
func (w *work) coordinated(i int) []int {
	d := w.d
	var before []int
	for k := i; k > 0; {
		prev := w.joinedBefore(k)
		if prev < 0 {
			break
		}
		before = append([]int{prev}, before...)
		k = prev
	}
	out := []int{i}
	commaAt := 0 // index in out of the first member joined by a comma
	last := d.Mentions[i].Last
	for k := i + 1; k < len(d.Mentions); k++ {
		m := d.Mentions[k]
		if m.Ref == out[len(out)-1] || w.holderAt(out[len(out)-1], m.First) {
			last = max(last, m.Last)
			continue // «الرئيس الإيراني مسعود بزشكيان»: the holder of the role
		}
		gap := m.First - last
		if w.amongAt(last, m.First) {
			// «قادة العالم بينهم بوتين»: the members named.
			out = append(out, k)
			last = m.Last
			continue
		}
		joined := false
		switch {
		case gap == 0 && strings.HasPrefix(d.Tokens[m.First].Norm, "و") && m.Prep == "":
			joined = d.Tokens[m.First].Start < m.Start // the و is a proclitic, not the name's first letter
		case gap == 1 && (d.Tokens[last].Norm == "،" || d.Tokens[last].Norm == "," || d.Tokens[last].Norm == "و"):
			joined = m.Prep == d.Mentions[out[0]].Prep || m.Prep == ""
		}
		if !joined {
			break
		}
		if gap == 1 && isComma(d.Tokens[last]) && !compatible(d.Mentions[out[len(out)-1]], m) {
			break // «وطالبت الحكومة اليمنية، مجلس الأمن والأمم المتحدة»: the object, not a list
		}
		if gap == 1 && isComma(d.Tokens[last]) && commaAt == 0 {
			commaAt = len(out)
		}
		out = append(out, k)
		last = m.Last
	}
	// A comma joins a list only if و joins a later member («A، B وC»);
	// otherwise it sets off an apposition or another clause.
	if commaAt > 0 && !w.joinedByWaw(out[commaAt:]) {
		out = out[:commaAt]
	}
	return append(before, out...)
}

// compatible reports whether two mentions can be members of one list set
// off by commas: states with states and organisations, people with people
// and officials.
func compatible(a, b marsad.Mention) bool {
	group := func(k marsad.MentionKind) int {
		switch k {
		case marsad.Country, marsad.Org, marsad.Place:
			return 0
		case marsad.Person, marsad.Role:
			return 1
		}
		return 2
	}
	return group(a.Kind) == group(b.Kind)
}

// joinedByWaw reports whether some member of a chain of mentions carries
// the conjunction و.
func (w *work) joinedByWaw(chain []int) bool {
	d := w.d
	for _, k := range chain {
		m := d.Mentions[k]
		if d.Tokens[m.First].Start < m.Start && strings.HasPrefix(d.Tokens[m.First].Norm, "و") {
			return true
		}
		if m.First > 0 && d.Tokens[m.First-1].Norm == "و" {
			return true
		}
	}
	return false
}

// amongAt reports whether the tokens [from, to) say "among them" («بينهم»,
// «من بينهم», «منهم», «بما في ذلك»), introducing the members of a group.
func (w *work) amongAt(from, to int) bool {
	if to-from < 1 || to-from > 4 {
		return false
	}
	among := false
	for i := from; i < to; i++ {
		t := w.d.Tokens[i]
		switch t.Norm {
		case "بينهم", "بينها", "منهم", "منها", "ومنهم", "ومنها", "فيهم", "فيها", "ذلك":
			among = true
		case "،", ",", "من", "بما", "في":
		default:
			if t.Kind != marsad.Word || among {
				return false // one word of the group's own name may come first («قادة العالم بينهم»)
			}
		}
	}
	return among
}

// joinedBefore returns the mention that mention k is coordinated with, just
// before it («… وقطر» ← «السعودية»), or -1.
func (w *work) joinedBefore(k int) int {
	d := w.d
	m := d.Mentions[k]
	conj := d.Tokens[m.First].Start < m.Start && strings.HasPrefix(d.Tokens[m.First].Norm, "و")
	for j := k - 1; j >= 0; j-- {
		p := d.Mentions[j]
		if p.Last > m.First {
			continue
		}
		if p.Ref >= 0 && p.Kind == marsad.Person && j > 0 {
			continue // a holder after its role: look at the role
		}
		gap := m.First - p.Last
		switch {
		case gap == 0 && conj:
		case gap == 1 && isComma(d.Tokens[p.Last]) && p.Kind == m.Kind && p.Kind != marsad.Person:
			// «السعودية، قطر، وعمان»: a list, not an apposition.
		default:
			return -1
		}
		if p.Prep != m.Prep && m.Prep != "" {
			return -1
		}
		if p.Kind == marsad.Place || (marsad.Anchored(p.Code) != marsad.Anchored(m.Code)) {
			return -1
		}
		return j
	}
	return -1
}

// holderAt reports whether a mention starting at token at names the holder
// of role mention i (a person in apposition that refers to it).
func (w *work) holderAt(i, at int) bool {
	for k := i + 1; k < len(w.d.Mentions); k++ {
		m := w.d.Mentions[k]
		if m.First > at+1 {
			break
		}
		if m.First == at || (m.First == at+1 && isComma(w.d.Tokens[at])) {
			return m.Ref == i && m.Kind == marsad.Person
		}
	}
	return false
}

// nextMentionEnd returns the end of the mention starting at or after at.
func (w *work) nextMentionEnd(at int) int {
	for _, m := range w.d.Mentions {
		if m.First == at || (m.First == at+1 && isComma(w.d.Tokens[at])) {
			return m.Last
		}
	}
	return at + 1
}

// segmentEnd returns the first comma or semicolon token in [from, to), or to.
func (w *work) segmentEnd(from, to int) int {
	for i := from; i < to; i++ {
		if n := w.d.Tokens[i].Norm; n == "،" || n == "," || n == "؛" || n == ";" {
			return i
		}
	}
	return to
}

func isComma(t marsad.Token) bool { return t.Norm == "،" || t.Norm == "," }

// lastPair returns the two parties most recently named together before
// token at: two coordinated agents («الجانبين الروسي والإيراني») in this or
// the previous sentence, or the source and target of the last event.
func (w *work) lastPair(s, at int) (int, int, bool) {
	d := w.d
	from := d.Sentences[max(0, s-1)].First
	for k := len(d.Mentions) - 1; k > 0; k-- {
		m := d.Mentions[k]
		if m.First >= at || m.First < from {
			continue
		}
		if j := w.joinedBefore(k); j >= 0 && marsad.Anchored(m.Code) && prefixOf(m.Code) != prefixOf(d.Mentions[j].Code) {
			return j, k, true
		}
	}
	if w.pairSource >= 0 && w.pairTarget >= 0 {
		return w.pairSource, w.pairTarget, true
	}
	return -1, -1, false
}

func prefixOf(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// pairNouns are the nouns for "the two" parties.
var pairNouns = map[string]bool{
	"الجانبان": true, "الجانبين": true, "الطرفان": true, "الطرفين": true, "البلدان": true, "البلدين": true,
	"الزعيمان": true, "الزعيمين": true, "الرئيسان": true, "الرئيسين": true, "الوزيران": true, "الوزيرين": true,
	"الدولتان": true, "الدولتين": true, "الحكومتان": true, "الحكومتين": true,
}

// isPairNoun reports whether the subject of a trigger is a noun for "the
// two sides" («الجانبان», «الطرفان», «البلدان», «الزعيمان»).
func (w *work) isPairNoun(s int, tr trigger) bool {
	sent := w.d.Sentences[s]
	for i := max(sent.First, tr.head-2); i < min(sent.Last, tr.head+3); i++ {
		for _, seg := range arabic.SegmentToken(w.d.Tokens[i]) {
			if pairNouns[seg.Key()] {
				return true
			}
		}
	}
	return false
}

func reverse(xs []int) []int {
	for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
		xs[i], xs[j] = xs[j], xs[i]
	}
	return xs
}
