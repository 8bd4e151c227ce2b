// Package quotes attributes quotations: for each quoted stretch of a
// sentence it finds the speaker (an actor mention), the reporting verb or
// participle, and the source the report cites. Reads: Tokens, Sentences,
// Quotations, Mentions. Writes: Quotes.
//
// The speaker is the subject of the reporting expression nearest before the
// quotation (or right after it, for «…»، قال X): the mention after the verb
// (VSO), else the last agent before it (SVO), else — for a verb whose
// subject is implicit (حذر فيها, أطلعه خلاله) or a sentence that starts with
// it (كما شدد على) — the topic of the clause or of the sentence before. A
// circumstantial participle (داعيًا, مؤكدًا) shares the subject of the verb
// it hangs on.
package quotes

import (
	"context"
	"strings"

	"marsad"
	"marsad/arabic"
	"marsad/clause"
	"marsad/lexicon"
)

// Finder is the quote stage.
type Finder struct {
	lex *lexicon.Lexicon
}

// New returns the quote stage.
func New(lex *lexicon.Lexicon) *Finder { return &Finder{lex: lex} }

// Name implements marsad.Stage.
func (*Finder) Name() string { return "quotes" }

// Reads implements marsad.Stage.
func (*Finder) Reads() marsad.Layer {
	return marsad.LayerTokens | marsad.LayerSentences | marsad.LayerQuotations | marsad.LayerMentions
}

// Writes implements marsad.Stage.
func (*Finder) Writes() marsad.Layer { return marsad.LayerQuotes }

// maxVSOGap is how many tokens may stand between a reporting verb and its
// subject («أكد أمس في بيان الرئيس»).
const maxVSOGap = 3

// Process implements marsad.Stage.
func (f *Finder) Process(_ context.Context, d *marsad.Document) error {
	d.Quotes = d.Quotes[:0]
	for qi, q := range d.Quotations {
		if q.Depth > 0 {
			continue // a quotation inside a quotation belongs to the outer speaker
		}
		s := d.SentenceAt(q.Start)
		if s < 0 || d.Sentences[s].Boiler {
			continue
		}
		open := clause.TokenAt(d, q.Open.Start)
		first, last := clause.TokenAt(d, q.Start), clause.TokenAt(d, q.End)
		cited, hasSource := clause.Source(d, f.lex.Reporting, s)
		skip := func(tok int) bool { // a statement noun inside «بحسب بيان …» is the source, not the speaker
			return hasSource && tok >= cited.Marker && d.Tokens[tok].Start < cited.Span.End
		}
		rep, ok := f.governing(d, s, open, last, skip)
		if !f.isStatement(d, first, last, ok) {
			continue
		}
		quote := marsad.Quote{Span: q.Span, Quotation: qi, Speaker: -1}
		if ok {
			quote.Verb = marsad.Span{Start: d.Tokens[rep.tok].Start, End: d.Tokens[rep.tok].End}
			quote.VerbText = d.Surface(quote.Verb)
			quote.Speaker, quote.Rule = f.speaker(d, s, rep, open)
		} else if i := clause.LastAgent(d, d.Sentences[s].First, beforeComplement(d, s, open)); i >= 0 {
			// No reporting word: the agent before the quotation («قدم بوتين
			// لنتنياهو “…”»), or before the clause that holds it («… قوله إن
			// الدفاعات الجوية “تصدت …”»: not the clause's own subject).
			quote.Speaker, quote.Rule = i, "agent before quotation"
		}
		if quote.Speaker >= 0 {
			quote.SpeakerCode = d.Mentions[quote.Speaker].Code
			if code := quote.SpeakerCode; !marsad.Anchored(code) {
				if c := earlierCode(d, quote.Speaker); c != "" {
					// «وتابع قائلا: "…"»: the one quoted before, as
					// coded there.
					quote.SpeakerCode = c
				} else if c := clause.ContextCountry(d, s, quote.Speaker); c != "" {
					// «مسؤول إعلامي» in a sentence about the Israeli army.
					quote.SpeakerCode = c + strings.TrimPrefix(code, marsad.UnknownCountry)
				}
			}
		}
		if hasSource {
			quote.Source, quote.SourceSpan = cited.Text, cited.Span
		}
		d.Quotes = append(d.Quotes, quote)
	}
	return nil
}

// earlierCode returns the code an earlier quotation of the same speaker
// mention was given from its context, or "".
func earlierCode(d *marsad.Document, speaker int) string {
	for k := len(d.Quotes) - 1; k >= 0; k-- {
		if q := d.Quotes[k]; q.Speaker == speaker && marsad.Anchored(q.SpeakerCode) {
			return q.SpeakerCode
		}
	}
	return ""
}

// isStatement reports whether the quotation [first, last) reports words
// rather than marking a name or a term: it has an Arabic word, is not just
// one actor's name (“نيويورك تايمز”, "سانا"), and is longer than one word
// unless a reporting word governs it.
func (f *Finder) isStatement(d *marsad.Document, first, last int, governed bool) bool {
	words := 0
	for i := first; i < last && i < len(d.Tokens); i++ {
		if d.Tokens[i].Kind == marsad.Word {
			words++
		}
	}
	if words == 0 {
		return false
	}
	for _, m := range d.Mentions {
		if m.First <= first && last <= m.Last {
			return false
		}
	}
	return words > 1 || governed
}

// reporting is a reporting expression found near a quotation.
type reporting struct {
	tok   int // token of its head
	entry *lexicon.Report
	seg   arabic.Segmentation // how the head was segmented (a pronoun on «قوله»)
}

// governing returns the reporting verb, participle or statement noun
// nearest before the quotation in its sentence, or, failing that, one that
// follows it («…»، قال الوزير).
func (f *Finder) governing(d *marsad.Document, s, open, closeTok int, skip func(int) bool) (reporting, bool) {
	sent := d.Sentences[s]
	best := reporting{tok: -1}
	for i := sent.First; i < open; i++ {
		if skip(i) {
			continue
		}
		for _, m := range f.lex.Reporting.Set.At(d.Tokens, i, open) {
			if m.Val.Kind == "source" {
				continue
			}
			if quotedRightAfter(d, m.Last(), open) {
				// «لمن وصفهم بـ"الإرهابيين" … "وستستمر …"»: the verb
				// introduces the quotation right after it, not this one.
				break
			}
			// «في كلمة نقلها التلفزيون»: a verb whose pronoun takes up the
			// statement noun before it is a relative clause on that noun;
			// the noun governs the quotation.
			if m.Val.Kind == "verb" && m.Seg.Suf != "" && best.entry != nil && best.tok == i-1 && best.entry.Kind == "noun" {
				break
			}
			best = reporting{tok: i, entry: m.Val, seg: m.Seg}
			break
		}
	}
	if best.tok >= 0 {
		return best, true
	}
	after := closeTok + 1
	for i := after; i < sent.Last && i <= after+2; i++ {
		for _, m := range f.lex.Reporting.Set.At(d.Tokens, i, sent.Last) {
			if m.Val.Kind == "verb" {
				return reporting{tok: i, entry: m.Val, seg: m.Seg}, true
			}
		}
	}
	return best, false
}

// speaker finds the subject of a reporting expression.
func (f *Finder) speaker(d *marsad.Document, s int, r reporting, open int) (int, string) {
	sent := d.Sentences[s]
	switch r.entry.Kind {
	case "participle":
		// Shares the subject of the nearest reporting verb before it, or of
		// the sentence's main clause.
		for i := r.tok - 1; i >= sent.First; i-- {
			if i > sent.First && relativeBefore(d.Tokens[i-1].Norm) {
				continue // «بالوقوف خلف ما وصفها بـ"الخدعة" قائلا»: a verb of a relative clause
			}
			for _, m := range f.lex.Reporting.Set.At(d.Tokens, i, r.tok) {
				if m.Val.Kind == "verb" {
					sp, rule := f.verbSubject(d, s, i, r.tok)
					if k := agreeingBefore(d, i+1, r.tok, sp); k >= 0 {
						return k, "participle agreeing with the mention before it"
					}
					return sp, "participle of " + m.Val.ID + ": " + rule
				}
			}
		}
		if i := clause.FirstAgent(d, sent.First, r.tok); i >= 0 {
			return i, "participle: subject of the sentence"
		}
		return clause.Topic(d, s, r.tok), "participle: topic"
	case "noun":
		return f.statementAuthor(d, s, r, open)
	}
	limit := open
	if r.tok > open {
		limit = sent.Last // «…»، قال الوزير: the subject follows the verb
	}
	return f.verbSubject(d, s, r.tok, limit)
}

// agreeingBefore returns, when the participle at token p does not agree
// with sp, the subject found for the verb it follows, the nearest agent
// mention in [from, p) that it agrees with: «ونقل عن السلطات … ما أثار غضب
// موسكو معتبرة أنها "محتجزة رهينة"» (Moscow considers, not the subject of
// «نقل»). -1 when the participle agrees with sp or with none.
func agreeingBefore(d *marsad.Document, from, p, sp int) int {
	pa := clause.ParticipleAgreement(d.Tokens[p].Norm)
	if pa == 0 || sp >= 0 && clause.MentionAgreement(d, sp)&pa != 0 {
		return -1
	}
	ms := clause.Mentions(d, from, p)
	for k := len(ms) - 1; k >= 0; k-- {
		if i := ms[k]; clause.IsAgent(d, i) && clause.MentionAgreement(d, i)&pa != 0 {
			return i
		}
	}
	return -1
}

// statementAuthor finds who made a statement named by a noun. «في بيان»,
// «في تغريدة» is an adjunct of the verb before it: the verb's subject spoke.
// «قوله» refers back to the mention before it («نقلت عن مصدر عسكري قوله»).
// Otherwise the author follows the noun as a genitive or with ل («بيان
// الكرملين», «بيان لوزارة الخارجية»), before any complementizer.
func (f *Finder) statementAuthor(d *marsad.Document, s int, r reporting, open int) (int, string) {
	toks := d.Tokens
	sent := d.Sentences[s]
	adjunct := r.tok > sent.First && toks[r.tok-1].Norm == "في" || r.seg.Prep == 'ب'
	// «نقلت وكالة فارس عن روحاني قوله», «عن السفير الفلبيني قوله»: the
	// person the words are taken from. (An unnamed source, «عن مصدر
	// عسكري», whose country its words do not name, is left to the agency
	// that cites it, whose country it shares.)
	for _, i := range clause.Mentions(d, max(sent.First, r.tok-4), r.tok) {
		if m := d.Mentions[i]; m.Prep == "عن" && m.Last == r.tok && (m.Kind == marsad.Person || m.Kind == marsad.Role && !strings.Contains(m.Rule, "from context")) && marsad.Anchored(m.Code) {
			return holder(d, i), "author of " + r.entry.ID + " (taken from)"
		}
	}
	if r.seg.Suf != "" {
		// A pronoun on the noun points at the mention before it.
		if i := clause.LastAgent(d, sent.First, r.tok); i >= 0 {
			return i, "author of " + r.entry.ID + " (pronoun)"
		}
	}
	if adjunct {
		for i := r.tok - 1; i >= sent.First; i-- {
			for _, m := range f.lex.Reporting.Set.At(toks, i, r.tok) {
				if m.Val.Kind == "verb" {
					sp, rule := f.verbSubject(d, s, i, r.tok)
					return sp, "in " + r.entry.ID + " of " + m.Val.ID + ": " + rule
				}
			}
		}
	}
	// A noun with the article takes no genitive: «ودعا البيان منسق الشؤون
	// الإنسانية» names whom the statement calls on; «بيان الكرملين», «البيان
	// الصادر عن …»، «بيان لوزارة الخارجية» name its author.
	n := toks[r.tok].Norm
	definite := r.seg.Det || strings.HasPrefix(n, "ال") || strings.HasPrefix(n, "وال") || strings.HasPrefix(n, "فال")
	for j := r.tok + 1; j < open && j <= r.tok+3; j++ {
		if toks[j].Kind == marsad.Punct || isComplementizer(toks[j].Norm) {
			break
		}
		for _, i := range clause.Mentions(d, j, j+1) {
			if m := d.Mentions[i]; m.Prep == "" && !definite || m.Prep == "ل" {
				return i, "author of " + r.entry.ID
			}
		}
	}
	return clause.Topic(d, s, r.tok), "statement noun: topic"
}

// beforeComplement returns the token of the last complementizer (أن, إن)
// between the start of sentence s and token open, or open if there is none.
func beforeComplement(d *marsad.Document, s, open int) int {
	for i := open - 1; i >= d.Sentences[s].First; i-- {
		if isComplementizer(d.Tokens[i].Norm) {
			return i
		}
	}
	return open
}

// quotedRightAfter reports whether the verb at token from names something
// with a quoted label — «وصفهم بـ"الإرهابيين"», «سماه بـ"…"»: the
// quotation opens right after the preposition ب that follows the verb —
// and that label closes before token open.
func quotedRightAfter(d *marsad.Document, from, open int) bool {
	if from+2 >= len(d.Tokens) || d.Tokens[from+1].Norm != "ب" {
		return false
	}
	for _, q := range d.Quotations {
		if q.Open.Start == d.Tokens[from+2].Start && clause.TokenAt(d, q.End) < open {
			return true
		}
	}
	return false
}

// relativeBefore reports whether a word is a relative pronoun that makes
// the verb after it a relative clause («ما وصفه», «لمن وصفهم», «بما
// اعتبره»), which shares no subject with a participle after it.
func relativeBefore(n string) bool {
	switch n {
	case "ما", "بما", "لما", "مما", "من", "لمن", "بمن", "عما":
		return true
	}
	return false
}

// isComplementizer reports أن, إن and بأن after normalization.
func isComplementizer(n string) bool { return n == "ان" || n == "بان" || n == "وان" }

// verbSubject finds the subject of the verb at token v, looking no further
// right than limit.
func (f *Finder) verbSubject(d *marsad.Document, s, v, limit int) (int, string) {
	sent := d.Sentences[s]
	implicit := clause.ImplicitSubject(d, v)
	if !implicit {
		end := v + 2 + maxVSOGap // the subject may start after maxVSOGap tokens
		comp := limit            // «وقالت إن الأسد الآخر …»: what follows a complementizer is no subject
		for j := v + 1; j < limit && j < end+maxVSOGap; j++ {
			if isComplementizer(d.Tokens[j].Norm) {
				comp = j
				break
			}
		}
		for _, i := range clause.Mentions(d, v+1, comp) {
			m := d.Mentions[i]
			if m.First >= end {
				break
			}
			if clause.IsAgent(d, i) {
				return i, "subject after verb"
			}
			if m.Prep == "" {
				break
			}
			// «قالت عضو اللجنة التنفيذية لمنظمة التحرير الفلسطينية حنان
			// عشراوي»: a genitive inside a role the lexicon does not know;
			// the subject may follow it.
			end = max(end, m.Last+1)
		}
		ms := clause.Mentions(d, sent.First, v)
		for k := len(ms) - 1; k >= 0; k-- {
			// «وتطرق كوشنر إلى الموضوع الإيراني، فقال»: a nationality
			// that describes a noun is not who speaks.
			if i := ms[k]; clause.IsAgent(d, i) && !clause.Attributive(d, i) {
				return i, "subject before verb"
			}
		}
	}
	if i := f.continuedSpeaker(d, s, v); i >= 0 {
		// «وأضاف "سقطت الدفاعات …"» after the spokesman's quotation: the
		// one who was speaking goes on.
		return i, "the speaker goes on"
	}
	if implicit {
		// «كلمة لزعيم جماعة "أنصار الله" عبدالملك الحوثي …، قال فيها»: the
		// author of the speech the pronoun stands for.
		if i := f.resumedAuthor(d, s, v); i >= 0 {
			return i, "author of the statement the pronoun refers to"
		}
	}
	if i := lastSpeaker(d, s, v, clause.FormAgreement(d.Tokens[v].Norm, f.tense(d, v))); i >= 0 && v == d.Sentences[s].First && !newSpeakerBefore(d, s, i) {
		// «… وأضافت إن الضربات أدت إلى تجريد سوريا من القدرة …. وعبرت
		// عن اعتقادها بأن "…"»: a sentence that opens with a reporting
		// verb and no subject goes on with the one who has been quoted,
		// when the verb agrees with them, not with a country named in
		// between.
		return i, "implicit subject: the speaker quoted before"
	}
	if agr := clause.FormAgreement(d.Tokens[v].Norm, f.tense(d, v)); agr != 0 {
		// «وأشارت» after «منظمة هيومن رايتس ووتش … محتجزين»: the
		// organisation, with which the verb agrees, not the detainees.
		return clause.TopicAgreeing(d, s, v, agr), "implicit subject (agreeing)"
	}
	return clause.Topic(d, s, v), "implicit subject"
}

// continuation are the verbs by which a speaker goes on («وأضاف»,
// «وتابع», «وأردف»), normalized past and present, with their conjunction
// stripped.
var continuation = map[string]bool{
	"اضاف": true, "اضافت": true, "يضيف": true, "تضيف": true, "تابع": true, "تابعت": true, "يتابع": true,
	"اردف": true, "اردفت": true, "استطرد": true, "استطردت": true, "استدرك": true, "استدركت": true,
	"اوضح": true, "اوضحت": true, "واضاف": true,
}

// continuedSpeaker returns the speaker of the last quotation before the
// verb at token v when v is a verb of going on with nothing after it but
// the quotation or its complementizer, within three sentences; else -1.
func (f *Finder) continuedSpeaker(d *marsad.Document, s, v int) int {
	if !continuation[clause.WithoutConj(d.Tokens[v].Norm)] {
		return -1
	}
	if next := v + 1; next < d.Sentences[s].Last {
		if t := d.Tokens[next]; t.Kind != marsad.QuoteMark && t.Norm != ":" && !isComplementizer(t.Norm) && !f.participleAt(d, next) {
			return -1 // «وأضاف الوزير …»: a subject of its own; «وتابع قائلا:» goes on
		}
	}
	return lastSpeaker(d, s, v, 0)
}

// participleAt reports whether a reporting participle («قائلا»,
// «مضيفة») stands at token i.
func (f *Finder) participleAt(d *marsad.Document, i int) bool {
	for _, m := range f.lex.Reporting.Set.At(d.Tokens, i, min(i+1, len(d.Tokens))) {
		if m.Val.Kind == "participle" {
			return true
		}
	}
	return false
}

// lastSpeaker returns the speaker of the last quote before token v, within
// three sentences before sentence s, when that speaker agrees with agr (0:
// a form that does not tell), or -1.
func lastSpeaker(d *marsad.Document, s, v int, agr clause.Agreement) int {
	start := d.Tokens[v].Start
	for k := len(d.Quotes) - 1; k >= 0; k-- {
		q := d.Quotes[k]
		if q.End > start {
			continue
		}
		if q.Speaker < 0 || s-clause.SentenceOfToken(d, clause.TokenAt(d, q.Start)) > 3 {
			return -1
		}
		if agr != 0 && clause.MentionAgreement(d, q.Speaker)&agr == 0 {
			return -1
		}
		return q.Speaker
	}
	return -1
}

// newSpeakerBefore reports whether the main clause of the sentence before
// s (before any complementizer) names an actor other than speaker i:
// «وذكر الرئيس الأمريكي دونالد ترامب … . وقال "…"» goes on with Trump, and
// «وافق مجلس حقوق الإنسان على قرار … . ويدعو القرار إلى "…"» is the
// council's, whoever was quoted before them; «وأضافت إن الضربات أدت إلى
// تجريد سوريا …» names Syria only in what the speaker said.
func newSpeakerBefore(d *marsad.Document, s, speaker int) bool {
	if s == 0 {
		return false
	}
	prev := d.Sentences[s-1]
	end := prev.Last
	for j := prev.First; j < prev.Last; j++ {
		if isComplementizer(d.Tokens[j].Norm) {
			end = j
			break
		}
	}
	k := clause.FirstAgent(d, prev.First, end)
	return k >= 0 && k != speaker && d.Mentions[k].Span != d.Mentions[speaker].Span
}

// resumedAuthor finds, before the verb at token v in sentence s, the last
// statement noun (كلمة, بيان, تغريدة) and the author named right after it
// («كلمة لزعيم …», «بيان الكرملين»), or -1.
func (f *Finder) resumedAuthor(d *marsad.Document, s, v int) int {
	sent := d.Sentences[s]
	for j := v - 1; j >= sent.First; j-- {
		for _, m := range f.lex.Reporting.Set.At(d.Tokens, j, v) {
			if m.Val.Kind != "noun" {
				continue
			}
			for k := j + 1; k < v && k <= j+3; k++ {
				if d.Tokens[k].Kind == marsad.Punct {
					break
				}
				for _, i := range clause.Mentions(d, k, k+1) {
					if mm := d.Mentions[i]; mm.Prep == "" || mm.Prep == "ل" {
						return holder(d, i)
					}
				}
			}
			return -1
		}
	}
	return -1
}

// holder returns the person named in apposition to role mention i
// («مندوب روسيا الدائم …، فاسيلي نيبينزيا»), or i.
func holder(d *marsad.Document, i int) int {
	for k := i + 1; k < len(d.Mentions) && k <= i+3; k++ {
		if m := d.Mentions[k]; m.Kind == marsad.Person && m.Ref == i {
			return k
		}
	}
	return i
}

// tense reads from the reporting lexicon whether the verb at token v is a
// past or a present form («تقول» she says, «تحدث» he spoke).
func (f *Finder) tense(d *marsad.Document, v int) clause.Tense {
	for _, m := range f.lex.Reporting.Set.At(d.Tokens, v, v+1) {
		if spec := m.Pattern.Words[0]; spec.Present[m.Seg.Key()] || spec.Present[d.Tokens[v].Norm] {
			return clause.Present
		}
		return clause.Past
	}
	return clause.UnknownTense
}

// implicitMarker are the words that, right after a verb, show that its
// subject is implicit and named before: a resumptive pronoun on a
// preposition («تصريحات أطلقها X، حذر فيها», «اتصالا أطلعه خلاله»).
var implicitMarker = map[string]bool{
	"فيه": true, "فيها": true, "فيهما": true, "خلاله": true, "خلالها": true, "عبره": true, "عبرها": true,
}
