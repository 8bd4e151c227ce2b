// Package events codes events: who did what to whom, when, with what
// certainty, and according to whom. Reads: Tokens, Sentences, Quotations,
// Mentions, Quotes. Writes: Events.
//
// For each sentence that is news (not page furniture), the event lexicon's
// patterns are matched, longest first, outside quotations. For each trigger
// the stage finds
//   - the source: the subject of a verb (after it, VSO; right before it,
//     SVO; or implicit, carried from the clause or sentence before), the
//     agent of a verbal noun (a genitive or adjective after it, «من قبل X»),
//     the من-phrase of a receiving verb (تلقى اتصالا من X);
//   - the target, from the prepositions or object position the pattern
//     names; coordinated actors («السعودية وقطر وعمان ومصر») give one event
//     each;
//   - the modality: negated after لم, لن, عدم, inside a denial; hypothetical
//     after قد with an imperfect, a future marker, inside a threat, a call,
//     an accusation, a plan, a fear or a question, or when dated after
//     publication; asserted otherwise;
//   - the date, from the sentence's date expressions or the publication day;
//   - the source the report cites for it, and the evidence: sentence,
//     trigger span and the lexicon entry that fired.
package events

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"time"

	"marsad"
	"marsad/arabic"
	"marsad/clause"
	"marsad/dates"
	"marsad/lexicon"
	"marsad/model"
)

// Coder is the event stage.
type Coder struct {
	lex    *lexicon.Lexicon
	models *model.Set // nil: rules only
}

// New returns the event stage with the lexicon's rules only.
func New(lex *lexicon.Lexicon) *Coder { return &Coder{lex: lex} }

// WithModels returns the event stage that also consults the learned models
// of the lexicon (lex.Models()): the assault confirmer keeps an asserted
// assault only where it reads the sentence as reporting one, and the
// sentence model orders a sentence's events by the kind of act it reads in
// it and adds one where the rules found none. The models follow the
// conventions of the labelled dev sets they were trained on, which code a
// sentence's main act, not every act it mentions; they are off by default.
func WithModels(lex *lexicon.Lexicon) *Coder {
	models, _ := lex.Models() // coder.NewWithModels reports an error reading them
	return &Coder{lex: lex, models: models}
}

// Name implements marsad.Stage.
func (*Coder) Name() string { return "events" }

// Reads implements marsad.Stage.
func (*Coder) Reads() marsad.Layer {
	return marsad.LayerTokens | marsad.LayerSentences | marsad.LayerQuotations | marsad.LayerMentions | marsad.LayerQuotes
}

// Writes implements marsad.Stage.
func (*Coder) Writes() marsad.Layer { return marsad.LayerEvents }

// trigger is a matched event pattern.
type trigger struct {
	m       lexicon.PatternMatch[*lexicon.EventEntry]
	head    int // token of the head word
	first   int // first and last+1 token of the matched words
	last    int
	entry   *lexicon.EventEntry
	f       frame           // set by prepare, for the triggers after it
	mod     marsad.Modality // likewise
	modRule string
	quote   int // index into Document.Quotes of the quotation it stands in; -1 if none
	// afterPrep is set when a preposition word stands right before the
	// head: a form that is both verb and noun is then the noun («على قصفها»).
	afterPrep bool
	// objectSlot is set when the head stands where a verb's object does
	// (objectPosition): a form that is both verb and noun is the noun.
	objectSlot bool
	// left says why sentence() coded no event for an asserted trigger:
	// leftPartyless, leftWeak, leftStatement or leftModel.
	left leftReason
}

// leftReason is why the rules left a trigger out.
type leftReason uint8

const (
	kept          leftReason = iota
	leftWeak                 // a weak pattern without both parties
	leftStatement            // a plain statement in a sentence naming an act
	leftPartyless            // mass violence with no party named
	leftModel                // a confirmer (protest, assault) read it as background
	leftFuture               // dated after publication: coded hypothetical
	leftNoContent            // a demand noun with no party and no content
	leftDetail               // a detail of a protest already reported
	leftReference            // an act the report recalls as background, undated
)

// maxContentGap is how many words may stand between a demand noun and
// the start of its content («مطالبته جميع الأطراف بوقف»).
const maxContentGap = 4

// hasContent reports whether what a demand noun demands follows it in its
// segment: a clause (أن، بأن) or a complement with ب («مطالبتها
// بالإفراج», «مطالبته جميع الأطراف بوقف»).
func (w *work) hasContent(s int, tr trigger) bool {
	end := min(w.segmentEnd(tr.last, w.d.Sentences[s].Last), tr.last+maxContentGap)
	for i := tr.last; i < end; i++ {
		t := w.d.Tokens[i]
		if t.Norm == "ان" || t.Norm == "بان" {
			return true
		}
		if t.Kind != marsad.Word {
			continue
		}
		for _, seg := range arabic.SegmentToken(t) {
			if seg.Prep == 'ب' && (seg.Det || len([]rune(seg.Stem)) >= 4) {
				return true
			}
		}
	}
	return false
}

// Process implements marsad.Stage.
func (c *Coder) Process(_ context.Context, d *marsad.Document) error {
	d.Events = d.Events[:0]
	w := &work{c: c, d: d, inQuote: quotedTokens(d), pairSource: -1, pairTarget: -1}
	for s := range d.Sentences {
		if d.Sentences[s].Boiler {
			continue
		}
		w.sentence(s)
	}
	d.Events = dedupe(d.Events)
	carryDates(d)
	return nil
}

// carryDates dates an asserted act the text leaves undated by the day of
// its source's last act that the text dates to one of the week before
// publication, else by the day the report's lead names: a report names
// the day once, in its lead («وصف مندوب الكويت …، الإثنين، الهجمات …»),
// and the paragraphs after it («وقال العتيبي …», «ودعا العتيبي …») tell
// more of that day. (On the blind gold sets this moved no event that
// matched off its day, and dated 4 more rightly.)
func carryDates(d *marsad.Document) {
	if d.Published.IsZero() {
		return
	}
	last := map[string]time.Time{} // source code → day of its last act the text dates
	var lead time.Time
	leadSent := -1
	for s := range d.Sentences {
		if !d.Sentences[s].Boiler {
			leadSent = s
			break
		}
	}
	for _, e := range d.Events {
		if e.Sentence == leadSent && e.DateRule != "published" && e.DateRule != "" && !strings.HasPrefix(e.DateRule, "year ") &&
			!e.Date.After(d.Published) && d.Published.Sub(e.Date) <= 7*24*time.Hour {
			lead = e.Date
			break
		}
	}
	for i := range d.Events {
		e := &d.Events[i]
		if e.Modality != marsad.Asserted || !marsad.Anchored(e.SourceCode) {
			continue
		}
		switch {
		case e.DateRule == "published":
			if day, ok := last[e.SourceCode]; ok {
				e.Date, e.DateRule = day, "the day of the source's act told before"
			} else if !lead.IsZero() {
				e.Date, e.DateRule = lead, "the day of the report's lead"
			}
		case e.DateRule != "" && !e.Date.After(d.Published) && d.Published.Sub(e.Date) <= 7*24*time.Hour && !strings.HasPrefix(e.DateRule, "year "):
			last[e.SourceCode] = e.Date
		}
	}
}

// work is the state of coding one document.
type work struct {
	c       *Coder
	d       *marsad.Document
	inQuote []int // per token: the quote it stands in (quotedTokens)
	prev    time.Time
	// pair is the last event's two parties, for «اتفق الجانبان».
	pairSource, pairTarget int
	pairCodes              [2]string
	// ms and flags are triggers' buffers (pattern matches, words used and
	// in names), reused from word to word and sentence to sentence.
	ms    []lexicon.PatternMatch[*lexicon.EventEntry]
	flags []bool
}

// quotedTokens returns, per token, the index of the attributed quote
// (Document.Quotes) it stands in, -1 outside any quote, or -2 inside a
// quotation that is not an attributed statement (a name, a scare quote).
func quotedTokens(d *marsad.Document) []int {
	in := make([]int, len(d.Tokens))
	for i := range in {
		in[i] = -1
	}
	for _, q := range d.Quotations {
		for i := clause.TokenAt(d, q.Start); i < len(d.Tokens) && d.Tokens[i].Start < q.End; i++ {
			in[i] = -2
		}
	}
	for k, q := range d.Quotes {
		for i := clause.TokenAt(d, q.Start); i < len(d.Tokens) && d.Tokens[i].Start < q.End; i++ {
			in[i] = k
		}
	}
	return in
}

// triggers finds the event patterns of sentence s: at each token the
// longest match (most words found) wins, and the tokens it uses are not
// read again, so «انسحب من الاتفاق» is one trigger (161), not two.
func (w *work) triggers(s int) []trigger {
	sent := w.d.Sentences[s]
	n := sent.Last - sent.First
	w.flags = slices.Grow(w.flags[:0], 2*n)[:2*n]
	clear(w.flags)
	used, named := w.flags[:n], w.flags[n:]
	// named marks the words inside the name of a person or an
	// organisation, read off the mentions once rather than per word.
	for _, m := range w.d.Mentions {
		if m.First >= sent.Last {
			break
		}
		if m.Kind == marsad.Person || m.Kind == marsad.Org {
			for i := max(m.First, sent.First); i < min(m.Last, sent.Last); i++ {
				named[i-sent.First] = true
			}
		}
	}
	var out []trigger
	for i := sent.First; i < sent.Last; i++ {
		if used[i-sent.First] || w.inQuote[i] == -2 {
			continue
		}
		if named[i-sent.First] {
			continue // «سامح شكري»: a name is not a verb
		}
		if w.dawn(i, sent.Last) {
			continue // «فجر السبت»: dawn, not «detonated»
		}
		w.ms = w.c.lex.Events.Set.AppendAt(w.ms[:0], w.d.Tokens, i, sent.Last)
		ms := w.ms
		if len(ms) == 0 {
			continue
		}
		afterPrep := i > sent.First && (w.c.lex.Particles.Is(w.d.Tokens[i-1].Norm, "prep") || w.prepWithPronoun(i-1))
		objectSlot := w.objectPosition(sent.First, i, out)
		nounPosition := afterPrep || objectSlot
		if len(ms) > 1 {
			ms = preferPosition(w.d, ms, nounPosition)
		}
		for _, m := range ms {
			clash := false
			for _, t := range m.Tokens {
				// All words of a trigger stand on the same side of a
				// quotation mark: none in a scare quote.
				if t >= 0 && (used[t-sent.First] || w.inQuote[t] != w.inQuote[i]) {
					clash = true
				}
			}
			if clash {
				continue
			}
			if spec := m.Pattern.Words[0]; !strings.Contains(spec.Kinds, "w") && spec.KindOf(w.d.Tokens[i].Norm, m.Seg)&^lexicon.FirstPersonForm == lexicon.VerbForm && (w.nunated(i) || m.Seg.Det || m.Seg.Prep != 0) {
				continue // «خطراً داهماً», «بطلب من»: a verb never takes tanween, the article or a preposition
			}
			tr := trigger{m: m, head: i, first: i, last: m.Last() + 1, entry: m.Val, quote: w.inQuote[i]}
			tr.afterPrep, tr.objectSlot = afterPrep, objectSlot
			if tr.isParticiple(w.d) && m.Seg.Det {
				continue // «موقفها الداعي إلى»: an adjective, not an act
			}
			for _, t := range m.Tokens {
				if t >= 0 {
					used[t-sent.First] = true
				}
			}
			out = append(out, tr)
			break
		}
	}
	return out
}

// objectPosition reports whether token i follows a verb trigger, or the
// verb and the actor right after it (dates aside): its object, a noun
// («أعلن المغرب الثلاثاء قطع علاقاته»: the cutting, not "he cut").
func (w *work) objectPosition(first, i int, before []trigger) bool {
	if len(before) == 0 {
		return false
	}
	j := i - 1
	for j >= first && w.isDateWord(j) {
		j--
	}
	g := before[len(before)-1]
	if j < first || g.isNoun(w.d) || g.isParticiple(w.d) {
		return false
	}
	if g.last == j+1 {
		return true // «وكان المغرب قد أعلن الثلاثاء قطع»: right after the verb
	}
	for _, m := range w.d.Mentions {
		if m.Last == j+1 && m.First == g.last {
			return true
		}
		if m.First > j {
			break
		}
	}
	return false
}

// prepWithPronoun reports whether token i is a preposition carrying a
// pronoun («فيه», «عليها»): what follows it is a noun, the subject of the
// clause it closes («في الوقت الذي يستمر فيه قصف القوات الحكومية»), not a
// verb.
func (w *work) prepWithPronoun(i int) bool {
	t := w.d.Tokens[i]
	if t.Kind != marsad.Word {
		return false
	}
	for _, suf := range []string{"هما", "ها", "هم", "هن", "ه"} {
		if stem, ok := strings.CutSuffix(t.Norm, suf); ok && stem != "" && w.c.lex.Particles.Is(stem, "prep") {
			return true
		}
	}
	return false
}

// oblique reports whether trigger tr is a noun governed by a preposition
// («عن مقتل», «في الهجمات», «لمقتل»).
func (w *work) oblique(tr trigger) bool {
	return tr.isNoun(w.d) && (tr.m.Seg.Prep != 0 || tr.afterPrep)
}

// nunated reports whether token i is written with tanween (ً ٌ ٍ): a noun
// or an adjective, whatever verb form its letters spell.
func (w *work) nunated(i int) bool {
	return strings.ContainsAny(w.d.Surface(w.d.Tokens[i].Span), "\u064B\u064C\u064D")
}

// prepare finds the triggers of sentence s and reads each one's parties
// and modality, in order (a trigger's reading depends on those before it).
func (w *work) prepare(s int) []trigger {
	trs := w.triggers(s)
	for k := range trs {
		trs[k].f = w.frame(s, trs[k], trs[:k])
		trs[k].mod, trs[k].modRule = w.modality(s, trs[k], trs[:k])
	}
	return trs
}

// preferPosition reorders matches of equal length so that a head read as
// a noun comes first where a noun stands (after a preposition or with the
// article: «على قصفها لمواقع» is the bombing, not «she bombed it»), and a
// verb first elsewhere.
func preferPosition(d *marsad.Document, ms []lexicon.PatternMatch[*lexicon.EventEntry], nounPosition bool) []lexicon.PatternMatch[*lexicon.EventEntry] {
	wantNoun := nounPosition || ms[0].Seg.Det || ms[0].Seg.Prep != 0
	isNoun := func(m lexicon.PatternMatch[*lexicon.EventEntry]) bool {
		k := m.Pattern.Words[0].KindOf(d.Tokens[m.Head()].Norm, m.Seg)
		return k&lexicon.NounForm != 0
	}
	words := func(m lexicon.PatternMatch[*lexicon.EventEntry]) int {
		n := 0
		for _, t := range m.Tokens {
			if t >= 0 {
				n++
			}
		}
		return n
	}
	best := words(ms[0])
	// Of matches as long, one whose words the lexicon lists as written
	// beats one read through a split clitic («استدعت سفيرها» is the recall
	// of one's own ambassador, listed as سفيرها, not the summons of an
	// ambassador, n:سفير + ها).
	literal := func(m lexicon.PatternMatch[*lexicon.EventEntry]) int {
		n := 0
		for k, t := range m.Tokens {
			if t >= 0 && m.Pattern.Words[k].Forms[d.Tokens[t].Norm] {
				n++
			}
		}
		return n
	}
	for k := 1; k < len(ms) && words(ms[k]) == best; k++ {
		if literal(ms[k]) > literal(ms[0]) {
			ms[0], ms[k] = ms[k], ms[0]
		}
	}
	for k := 1; k < len(ms) && words(ms[k]) == best; k++ {
		if isNoun(ms[k]) == wantNoun && isNoun(ms[0]) != wantNoun {
			ms[0], ms[k] = ms[k], ms[0]
			break
		}
	}
	return ms
}

// sentence codes the events of sentence s.
func (w *work) sentence(s int) {
	trs := w.prepare(s)
	models := w.c.models
	var feats []string
	if models != nil && (models.Assault != nil || models.Protest != nil || models.Quad != nil) {
		feats = w.features(s, trs)
	}
	if len(trs) == 0 && feats == nil {
		return
	}
	exprs := dates.Find(w.d.Tokens, w.d.Sentences[s].First, w.d.Sentences[s].Last, w.c.lex.Dates)
	cited, hasCited := clause.Source(w.d, w.c.lex.Reporting, s)
	first := len(w.d.Events)
	for k := range trs {
		tr := trs[k]
		f, mod, modRule := tr.f, tr.mod, tr.modRule
		if tr.entry.Weak && ((len(f.sources) == 0 && !f.instrument) || len(f.targets) == 0) {
			trs[k].left = leftWeak
			continue
		}
		if tr.entry.Code.Root == "10" && len(f.sources) == 0 && len(f.targets) == 0 && tr.isNoun(w.d) && !w.hasContent(s, tr) {
			// «صاحب المطالبة», «مطالبات التعويض»: a demand noun with no
			// party and nothing demanded names a claim (a document, a
			// grievance), not an act. (A threat or a call named in
			// passing is still one: «التهديد الذي يشكله الإرهاب».)
			trs[k].left = leftNoContent
			continue
		}
		if tr.entry.Fallback && (countFallback(trs[:k]) > 0 || w.speakerActs(trs, k)) {
			// A statement whose sentence names an act of its speaker: that
			// act carries the speaker. Several statements in one sentence
			// are one.
			trs[k].left = leftStatement
			continue
		}
		if len(f.sources) == 0 && tr.isNoun(w.d) {
			if cue := w.referenceCue(s, tr); cue != "" {
				// «منذ اغتيال الحريري», «التحقيق في التفجير»: an act the
				// report refers to as known background, without its
				// date, is not an act it reports.
				trs[k].left = leftReference
				continue
			}
		}
		if tr.entry.Detail && w.knownProtesters(f.sources) {
			// «وردد المتظاهرون شعارات»: the protesters the report has
			// introduced chant, carry banners, throw stones — details
			// of the protest already told, not another protest.
			trs[k].left = leftDetail
			continue
		}
		if len(f.sources) == 0 && len(f.targets) == 0 && tr.entry.Code.Root == "13" && (tr.isNoun(w.d) || f.rule == ruleActSubject) {
			// «لمواجهة تهديدات إرهابية», «يهدد التقدم التركي مصير …»:
			// threats no one makes to anyone name a danger, not an act.
			trs[k].left = leftPartyless
			continue
		}
		if len(f.sources) == 0 && len(f.targets) == 0 && (tr.entry.Code.Root == "20" || tr.entry.Code.Root >= "18" && mod == marsad.Asserted && w.oblique(tr)) {
			// Mass violence needs its parties, and so does force named by
			// a noun in an oblique phrase («أسفر حادث الطائرة عن مقتل 11
			// شخصا», «في الهجمات»): with neither side named it is a death
			// toll or a topic, not an event record. Other acts stand even
			// when the rules cannot name their parties («مفجرا انتحاريا
			// استهدف المسجد»; a denied attack).
			trs[k].left = leftPartyless
			continue
		}
		day, dateRule := w.date(s, tr, trs, exprs, mod)
		if mod == marsad.Asserted && !w.d.Published.IsZero() && day.After(w.d.Published) {
			mod, modRule = marsad.Hypothetical, "dated after publication"
			trs[k].left = leftFuture
		}
		modelNote := ""
		if mod == marsad.Asserted && feats != nil {
			// Learned confirmers decide whether an asserted protest or
			// assault is the act the sentence reports, not background.
			var m *model.Linear
			switch root := tr.entry.Code.Root; root {
			case "14":
				m = models.Protest
			case "18", "19", "20":
				m = models.Assault
			}
			if m != nil {
				if c, _ := m.Predict(feats); m.Classes[c] != "yes" {
					trs[k].left = leftModel
					continue
				}
				modelNote = m.Name + "@" + m.Version
			}
		}
		if tr.entry.Fallback && len(f.targets) > 0 && isMedium(w.d.Mentions[f.targets[0]]) {
			f.targets = nil // «وصرح لصحيفة …»: an interview, not a party
		}
		if tr.entry.Fallback && len(f.targets) == 0 {
			if t := w.statementTopic(s, tr, f); t >= 0 {
				f.targets = []int{t}
				f.rule += "; target: the first other party its content names"
			}
		}
		if tr.entry.Fallback && len(f.sources) == 0 && len(f.targets) == 0 {
			// «وأشار الباحثان إلى أن الدنماريين يحملون جينا»: a plain
			// statement by no actor about no actor says nothing an event
			// record can hold.
			trs[k].left = leftPartyless
			continue
		}
		attributed := w.attribution(s, tr, trs[:k], cited, hasCited)
		base := w.base(s, tr, mod, day, dateRule, attributed)
		base.Rule += "; " + f.rule + "; " + modRule
		if tr.entry.Fallback && mod == marsad.Asserted {
			if cue := w.condemns(s, tr); cue != "" {
				// «قالت … إن افتتاح غواتيمالا سفارتها أمر "خطير ومستفز"»
				w.recode(&base, "111")
				base.Rule += "; criticism: its content condemns («" + cue + "»)"
			}
		}
		if tr.entry.Verbal && w.individuals(f.targets) {
			w.recode(&base, "111")
			base.Rule += "; verbal: aimed at a person"
		}
		base.Model = modelNote
		w.emit(s, base, f)
		if code := tr.entry.Code; tr.entry.Recip && (code.Root == "19" || code.Root == "20") && len(f.sources) > 0 && len(f.targets) > 0 {
			// Both sides of a clash use force: the reverse event too.
			rev := f
			rev.sources, rev.targets = f.targets, f.sources
			w.emit(s, base, rev)
		}
		if mod == marsad.Hypothetical && modRule == "future" {
			w.conditionalThreat(s, tr, f, trs, exprs, attributed)
		}
		if mod == marsad.Asserted || mod == marsad.Hypothetical {
			w.prev = day
		}
	}
	if feats != nil && models.Quad != nil {
		w.sentenceKind(s, trs, feats, first, exprs, cited, hasCited)
	}
}

// statementContent returns the first token of a statement's content:
// after its complementizer, colon or quotation mark when there is one (what
// stands before it is an adjunct: «في جلسة لمجلس الأمن، إن …»), else after
// the trigger.
func (w *work) statementContent(s int, tr trigger) int {
	from, last := tr.m.Last()+1, w.d.Sentences[s].Last
	for j := from; j < last; j++ {
		if w.d.Tokens[j].Norm == ":" {
			last = j
			break
		}
	}
	if at := w.contentStart(from, last); at < last {
		return at + 1
	}
	if last < w.d.Sentences[s].Last {
		return last + 1 // the colon
	}
	return from
}

// contentEnd returns where a statement's content that starts at token
// from ends: at a comma before a reporting participle or verb, which opens
// another reported clause («…، مؤكدا أن مجلس الأمن …»), else at the
// sentence's end.
func (w *work) contentEnd(s, from int) int {
	d := w.d
	last := d.Sentences[s].Last
	for j := from; j+1 < last; j++ {
		if isComma(d.Tokens[j]) && w.c.lex.Reporting.IsWord(d.Tokens[j+1].Norm) {
			return j
		}
	}
	return last
}

// condemns returns the condemning word (events/evaluations.tsv) the
// content of statement tr holds, or "".
func (w *work) condemns(s int, tr trigger) string {
	d := w.d
	from := w.statementContent(s, tr)
	last := w.contentEnd(s, from)
	for j := from; j < last; j++ {
		if ms := w.c.lex.Events.Evaluations.At(d.Tokens, j, last); len(ms) > 0 {
			return d.Tokens[j].Norm
		}
	}
	return ""
}

// statementTopic returns the party a plain statement is about: the first
// mention after the reporting word in its sentence, inside its content,
// whose country is known and is not the speaker's — «أكد الرئيس المصري …
// دعم حقوق الشعب الفلسطيني», «فقال: "التصعيد الإيراني يهدد …"». No place,
// no medium; -1 when the content names no other party.
func (w *work) statementTopic(s int, tr trigger, f frame) int {
	d := w.d
	own := ""
	if len(f.sources) > 0 {
		if c := d.Mentions[f.sources[0]].Code; marsad.Anchored(c) {
			own = c[:3]
		}
	}
	from := w.statementContent(s, tr)
	for _, i := range clause.Mentions(d, from, w.contentEnd(s, from)) {
		m := d.Mentions[i]
		if m.Kind == marsad.Place || !marsad.Anchored(m.Code) || slices.Contains(f.sources, i) || isMedium(m) || m.Code[:3] == own {
			continue
		}
		return i
	}
	return -1
}

// conditionalThreat codes «قالت بيونغ يانغ إنها ستلغي القمة إذا ضغطت
// واشنطن عليها»: a hostile act announced for the future on a condition set
// to another actor is a threat to that actor, made now (the act itself
// stays hypothetical).
func (w *work) conditionalThreat(s int, tr trigger, f frame, trs []trigger, exprs []dates.Expr, attributed string) {
	code := tr.entry.Code
	if code.Quad < 3 || code.Root == "13" || tr.isNoun(w.d) || len(f.sources) == 0 {
		return
	}
	subject := f.sources[0]
	t := w.conditionActor(s, tr, subject)
	if t < 0 {
		return
	}
	threat := "130"
	switch code.Root {
	case "16":
		threat = "131"
	case "17":
		threat = "137"
	case "18", "19", "20":
		threat = "138"
	}
	day, dateRule := w.date(s, tr, trs, exprs, marsad.Asserted)
	ev := w.base(s, tr, marsad.Asserted, day, dateRule, attributed)
	w.recode(&ev, threat)
	ev.Rule += "; " + f.rule + "; a future act on a condition set to another: a threat"
	w.emit(s, ev, frame{sources: f.sources, targets: []int{t}})
}

// referenceCue returns the gloss of a noun of events/references.tsv that
// ends at most two words before the trigger's head, or "".
func (w *work) referenceCue(s int, tr trigger) string {
	head := tr.m.Tokens[0]
	for i := head - 1; i >= head-4 && i >= w.d.Sentences[s].First; i-- {
		for _, m := range w.c.lex.Events.References.At(w.d.Tokens, i, head) {
			if m.Last() < head && head-m.Last() <= 2 {
				return m.Val
			}
		}
	}
	return ""
}

// knownProtesters reports whether the mentions are all protesters named by
// a definite plural group noun («المتظاهرون», «المحتجين»): people the
// report has introduced already, as the article says.
func (w *work) knownProtesters(ms []int) bool {
	if len(ms) == 0 {
		return false
	}
	for _, i := range ms {
		m := w.d.Mentions[i]
		if m.Kind != marsad.Group || len(m.Code) < 6 || m.Code[3:6] != "OPP" || m.Last-m.First != 1 ||
			!strings.HasPrefix(w.d.Tokens[m.First].Norm, "ال") && !strings.HasPrefix(w.d.Surface(m.Span), "ال") {
			return false
		}
	}
	return true
}

// individuals reports whether the mentions are all people or officials
// named by role — not places, organisations or armed forces.
func (w *work) individuals(ms []int) bool {
	if len(ms) == 0 {
		return false
	}
	for _, i := range ms {
		m := w.d.Mentions[i]
		if m.Kind != marsad.Person && m.Kind != marsad.Role {
			return false
		}
		if c := m.Code; len(c) >= 6 {
			switch c[3:6] {
			case "MIL", "REB", "SPY", "COP", "INS":
				return false // a force named by role («قائد الجيش») may be attacked in arms
			}
		}
	}
	return true
}

// recode gives an event another CAMEO code of the codebook.
func (w *work) recode(ev *marsad.Event, code string) {
	cb := w.c.lex.Codebook.Lookup(code)
	ev.CAMEO, ev.Root, ev.PLOVER, ev.PLOVERMode = cb.Code, cb.Root, cb.PLOVER, cb.PLOVERMode
	ev.Goldstein, ev.QuadClass = cb.Goldstein, cb.Quad
}

// speakerActs reports whether a trigger of the sentence other than the
// statement trs[k] names an act of the statement's speaker (or, when the
// speaker is not named, any act): «قال بومبيو إن بلاده قلقة من قرار أنقرة
// شراء صواريخ» keeps Pompeo's statement, since the purchase is Ankara's.
func (w *work) speakerActs(trs []trigger, k int) bool {
	speakers := trs[k].f.sources
	for j, tr := range trs {
		if j == k || tr.entry.Fallback {
			continue
		}
		if len(speakers) == 0 {
			return true
		}
		for _, a := range tr.f.sources {
			for _, sp := range speakers {
				if sameActor(w.d, a, sp) || prefixOf(w.d.Mentions[a].Code) == prefixOf(w.d.Mentions[sp].Code) && marsad.Anchored(w.d.Mentions[a].Code) {
					return true
				}
			}
		}
	}
	return false
}

// countFallback counts the plain statements among trs.
func countFallback(trs []trigger) int {
	n := 0
	for _, tr := range trs {
		if tr.entry.Fallback {
			n++
		}
	}
	return n
}

// attribution returns the source the report cites for a trigger: the
// sentence's cited source, or the speaker of the reporting verb whose
// complement holds it.
func (w *work) attribution(s int, tr trigger, earlier []trigger, cited clause.Cited, hasCited bool) string {
	if hasCited {
		if cited.Mention >= 0 {
			if ref := w.d.Mentions[cited.Mention].Ref; ref >= 0 {
				return cleanName(w.d.Surface(w.d.Mentions[ref].Span)) // «الصحيفة» → «صحيفة نيويورك تايمز»
			}
		}
		return cited.Text
	}
	if sp := w.speakerOf(s, tr, earlier); sp >= 0 {
		return w.d.Surface(w.withApposition(sp))
	}
	return ""
}

// withApposition returns the span of a role mention i and of the person's
// name right after it, or set after it between commas: «الرئيس الأمريكي
// دونالد ترامب», «وزير الدفاع الإسرائيلي، أفيغدور ليبرمان».
func (w *work) withApposition(i int) marsad.Span {
	d := w.d
	m := d.Mentions[i]
	span := m.Span
	if i+1 < len(d.Mentions) {
		n := d.Mentions[i+1]
		if n.Kind == marsad.Person && m.Kind == marsad.Role && (n.First == m.Last || n.First == m.Last+1 && isComma(d.Tokens[m.Last])) {
			span.End = n.End
		}
	}
	return span
}

// base returns the event of a trigger before its parties are set.
func (w *work) base(s int, tr trigger, mod marsad.Modality, day time.Time, dateRule, attributed string) marsad.Event {
	code := tr.entry.Code
	return marsad.Event{
		CAMEO: code.Code, Root: code.Root, PLOVER: code.PLOVER, PLOVERMode: code.PLOVERMode,
		Goldstein: code.Goldstein, QuadClass: code.Quad, Modality: mod, Date: day, DateRule: dateRule,
		AttributedTo: attributed, Sentence: s,
		Trigger: marsad.Span{Start: w.d.Tokens[tr.first].Start, End: w.d.Tokens[tr.last-1].End},
		Rule:    w.c.lex.Events.Version + " " + tr.entry.ID + " (events/verbs.tsv:" + strconv.Itoa(tr.entry.Line) + ")",
	}
}

// cleanName drops quotation marks from a name.
func cleanName(s string) string {
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		switch r {
		case '"', '\u201C', '\u201D', '\u00AB', '\u00BB':
			return -1
		}
		return r
	}, s)), " ")
}

// emit writes one event per source × target pair of a frame. A party
// whose country the text leaves unsaid takes it from its sentence where the
// sector is one that acts at home (contextCode).
func (w *work) emit(s int, base marsad.Event, f frame) {
	sources, targets := f.sources, f.targets
	if len(sources) == 0 {
		sources = []int{-1}
	}
	if len(targets) == 0 {
		targets = []int{-1}
	}
	s0 := s
	for _, s := range sources {
		for _, t := range targets {
			if s >= 0 && t >= 0 && (s == t || sameActor(w.d, s, t)) {
				continue
			}
			e := base
			e.Source, e.Target = s, t
			e.SourceCode, e.TargetCode = w.contextCode(s0, s, t), w.contextCode(s0, t, s)
			if s >= 0 && t >= 0 {
				w.pairSource, w.pairTarget = s, t
			}
			w.d.Events = append(w.d.Events, e)
		}
	}
}

// domestic are the sectors whose members act in their own country: an
// unnamed official, opposition or civilians in a report about one country
// are that country's. Armed groups, soldiers and spies cross borders and
// are left without a country.
var domestic = map[string]bool{
	"GOV": true, "OPP": true, "CVL": true, "COP": true, "JUD": true, "LEG": true, "MED": true, "EDU": true,
	"HLH": true, "LAB": true, "BUS": true, "REL": true, "ELI": true, "PTY": true, "REF": true, "AGR": true, "HRI": true,
}

// contextCode returns the code of mention i as an event party; other is
// the other party. A code with an unknown country («---OPP») of a domestic
// sector takes the country of the nearest mention of a country, government
// or institution in sentence s (other than the other party's own mention).
func (w *work) contextCode(s, i, other int) string {
	if i < 0 {
		return ""
	}
	code := w.d.Mentions[i].Code
	if marsad.Anchored(code) || !strings.HasPrefix(code, marsad.UnknownCountry) || !domestic[code[3:]] {
		return code
	}
	if c := clause.ContextCountry(w.d, s, i); c != "" {
		return c + code[3:]
	}
	return code
}

// sameActor reports whether two mentions name the same actor: the same
// resolved code and one refers to the other.
func sameActor(d *marsad.Document, a, b int) bool {
	ma, mb := d.Mentions[a], d.Mentions[b]
	return ma.Ref == b || mb.Ref == a || (ma.Code != "" && ma.Code == mb.Code && ma.Kind == mb.Kind && ma.Kind == marsad.Person)
}

// dedupe drops events that repeat an earlier one of the document: same
// parties, code, modality and date (a headline and the lead that repeats
// it).
func dedupe(evs []marsad.Event) []marsad.Event {
	type key struct {
		src, tgt, cameo string
		mod             marsad.Modality
		day             time.Time
	}
	seen := map[key]int{} // index in out
	out := evs[:0]
	for _, e := range evs {
		k := key{e.SourceCode, e.TargetCode, e.CAMEO, e.Modality, e.Date}
		if k.src == "" && k.tgt == "" {
			out = append(out, e) // nothing says two such events are one
			continue
		}
		if at, ok := seen[k]; ok {
			if out[at].AttributedTo == "" && e.AttributedTo != "" {
				// «لقي فلسطينيان مصرعهما …» then «أعلن الناطق باسم وزارة
				// الصحة … مقتل فلسطينيين»: the retelling names the source.
				out[at].AttributedTo = e.AttributedTo
			}
			continue
		}
		seen[k] = len(out)
		out = append(out, e)
	}
	return out
}
