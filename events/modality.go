package events

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"marsad"
	"marsad/arabic"
	"marsad/clause"
	"marsad/dates"
	"marsad/lexicon"
)

// maxGovern is how many tokens before a trigger a governing cue may stand
// («احتمال توجيه ضربة», «تأجيل أي خطط لهجوم عسكري»).
const maxGovern = 8

// maxComplement is how far a verb cue governs the clause after its
// complementizer («يفترض القانون أن الأجهزة المعنية علمت … وألقت القبض
// عليه»): the whole complement, up to this many tokens.
const maxComplement = 20

// modality decides whether the act of a trigger is asserted, negated or
// hypothetical, and names the rule that decided.
func (w *work) modality(s int, tr trigger, earlier []trigger) (marsad.Modality, string) {
	d := w.d
	if w.isQuestion(s) {
		return marsad.Hypothetical, "question"
	}
	// The verb's own tense: future (سيلتقي, سوف) and قد with an imperfect.
	head := tr.m.Tokens[0]
	spec := tr.m.Pattern.Words[0]
	present := spec.Present[tr.m.Seg.Key()] || spec.Present[d.Tokens[head].Norm]
	threat := tr.entry.Code.Root == "13" // a threat is made now about the future
	if tr.m.Seg.Fut && present && !threat {
		return marsad.Hypothetical, "future"
	}
	if y, ok := w.yearAfter(tr); ok && (d.Published.IsZero() || y < d.Published.Year()) {
		return marsad.Asserted, "dated by its year"
	}
	if present && head > 0 && genericWho[d.Tokens[head-1].Norm] {
		// «و100 نقطة لمن يضرب مسلما»: whoever would do it, not one who did.
		return marsad.Hypothetical, "whoever does (من + imperfect)"
	}
	if head > 0 && futureCopula[d.Tokens[head-1].Norm] && tr.headKind(d)&lexicon.NounForm != 0 {
		// «وسيكون شن حملة عسكرية على منبج أمرا معقدا»: the subject of a
		// future «كان» is an act to come.
		return marsad.Hypothetical, "noun subject of a future كان"
	}
	if w.subjunctive(s, tr) {
		return marsad.Hypothetical, "أن + imperfect"
	}
	if w.obligation(s, tr) {
		return marsad.Hypothetical, "obligation (على X + the act)"
	}
	mod, rule := w.cueModality(s, tr, earlier, present, threat)
	if mod == marsad.Asserted && tr.isNoun(d) && w.purposeOf(s, tr, earlier) {
		return marsad.Hypothetical, "purpose (لـ + verbal noun)"
	}
	// A form that may be a noun, opening its clause, is read as the topic
	// of a later predicate when one hedges it («رفع القيود … سيتيح»).
	if mod == marsad.Asserted && (tr.isNoun(d) || tr.headKind(d)&lexicon.NounForm != 0 && w.opensClause(s, tr)) {
		if m, r := w.nounHedged(s, tr); r != "" {
			return m, r
		}
	}
	if tr.quote >= 0 && mod == marsad.Asserted && tr.entry.Code.Root >= "14" {
		return marsad.Hypothetical, "claimed in a quotation"
	}
	return mod, rule
}

// genericWho are «من» (whoever) and its clitic forms before an imperfect
// verb, normalized.
var genericWho = map[string]bool{"لمن": true, "ولمن": true, "فمن": true}

// futureCopula are the future forms of «كان», normalized.
var futureCopula = map[string]bool{"سيكون": true, "ستكون": true, "وسيكون": true, "وستكون": true, "سيكونان": true, "ستكونان": true}

// purposeOf reports whether a verbal noun with ل follows a verb of the
// clause (not a noun it complements): «استدعت سفيرها للتشاور», «توجه إلى
// موسكو لإجراء محادثات» — the act intended, not told as done.
func (w *work) purposeOf(s int, tr trigger, earlier []trigger) bool {
	d := w.d
	at := tr.head // the word with ل: the trigger, or a light noun before it («لإجراء محادثات»)
	if tr.m.Seg.Prep != 'ل' {
		if at == d.Sentences[s].First || !lightPurpose(d.Tokens[at-1].Norm) {
			return false
		}
		at--
	}
	j := at - 1
	for j >= d.Sentences[s].First && (d.Tokens[j].Kind != marsad.Word || w.isDateWord(j)) {
		j--
	}
	if j < d.Sentences[s].First {
		return false
	}
	// The word before is not a noun that the ل-noun complements
	// («الدعوة للتشاور», «خطة لإجراء»): it ends a mention or is a verb
	// trigger's last word.
	if w.inMention(j) {
		return true
	}
	for _, g := range earlier {
		if g.last-1 == j && !g.isNoun(d) {
			return true
		}
	}
	return false
}

// lightPurpose reports a light verbal noun with ل that carries a purpose
// («لإجراء», «لعقد», «لبحث»): the act that follows is intended.
func lightPurpose(n string) bool {
	switch n {
	case "لاجراء", "لعقد", "لبحث", "لتوقيع", "لمناقشه", "للقاء", "لحضور", "للمشاركه", "لتقديم":
		return true
	}
	return false
}

// maxTopicReach is how far after a verbal noun that opens its clause its
// predicate is looked for.
const maxTopicReach = 12

// opensClause reports whether a trigger stands first in its sentence,
// clause or quotation (particles and quotation marks aside).
func (w *work) opensClause(s int, tr trigger) bool {
	d := w.d
	start := w.clauseStart(s, tr.head)
	for i := tr.head - 1; i >= start; i-- {
		t := d.Tokens[i]
		if t.Kind == marsad.QuoteMark {
			return true
		}
		if t.Kind == marsad.Punct && (t.Norm == ":" || t.Norm == "،") {
			return true
		}
		if t.Kind == marsad.Word && w.c.lex.Particles.Class(t.Norm) == "" {
			return false
		}
	}
	return true
}

// maxNounGovern is how far before a trigger a governing noun may stand
// («احتمال توجيه ضربة», «خطط لهجوم»): a noun governs what follows it
// closely, a verb its whole complement.
const maxNounGovern = 3

// nounHedged reads what follows a verbal noun: an adjective that puts it in
// the future or in doubt («اللقاء المرتقب», «هجوم محتمل»), or a future or
// modal verb it is the subject of («طردهم إلى السودان سيعرض حياتهم للخطر»,
// «أي عمل عسكري قد يشعل المنطقة»), or a predicate that denies it
// («هذا الهجوم لم يحدث»). It returns the modality and the rule, or "".
func (w *work) nounHedged(s int, tr trigger) (marsad.Modality, string) {
	d := w.d
	sent := d.Sentences[s]
	reach := 4
	topic := w.opensClause(s, tr)
	if h := tr.head; h > sent.First {
		if n := d.Tokens[h-1].Norm; n == "ان" || n == "بان" || n == "وان" {
			topic = true // «أن المحادثات … مستحيلة»: the subject of the complement
		}
	}
	if topic {
		// «رفع القيود المفروضة على غزة مع الضمانات … سيتيح»: a noun that
		// opens its clause is the topic of a predicate further on.
		reach = maxTopicReach
	}
	end := min(w.segmentEnd(tr.last, sent.Last), tr.last+reach)
	for i := tr.last; i < end; i++ {
		for _, m := range w.c.lex.Events.Modality.At(d.Tokens, i, end) {
			if !m.Val.After {
				continue
			}
			// Right after the noun, an adjective; further on, after a
			// topic, an indefinite predicate («أن المحادثات التجارية مع
			// الولايات المتحدة "مستحيلة"»), not the adjective of another
			// noun («مع الوفد المقبل»).
			if i <= tr.last+1 || topic && !strings.HasPrefix(d.Tokens[i].Norm, "ال") {
				return marsad.Modality(m.Val.Modality), "hedged by " + d.Tokens[i].Norm
			}
		}
		t := d.Tokens[i]
		if t.Norm == "قد" || t.Norm == "سوف" {
			return marsad.Hypothetical, "noun subject of " + t.Norm
		}
		if w.inMention(i) {
			continue // «سيرغي سكريبال» is a name, not a future verb
		}
		for _, seg := range arabic.SegmentToken(t) {
			if seg.Fut && seg.Pre != "" && (strings.HasPrefix(seg.Stem, "ي") || strings.HasPrefix(seg.Stem, "ت")) && len([]rune(seg.Stem)) >= 4 {
				return marsad.Hypothetical, "noun subject of a future verb"
			}
		}
	}
	return marsad.Asserted, ""
}

// cueModality reads the cues before a trigger and the speech acts that
// govern it.
func (w *work) cueModality(s int, tr trigger, earlier []trigger, present, threat bool) (marsad.Modality, string) {
	d := w.d
	head := tr.m.Tokens[0]
	start := w.clauseStart(s, head)
	// An act named after «بشأن», «خلال», «جراء»… is taken as having
	// happened: «طالب بتحقيق بشأن مقتل فلسطينيين خلال اشتباكات» demands an
	// inquiry into killings that took place. Cues before that word do not
	// reach it.
	presupposed := w.presupposedFrom(start, head)
	// «قصفها لمواقع»: a verbal noun with a possessive pronoun names an act
	// already known; what would be planned or feared is not it.
	known := tr.isNoun(d) && tr.possessive(d) != ""
	if tr.isNoun(d) && head > 0 {
		switch d.Tokens[head-1].Norm {
		case "هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين":
			known = true // «الرد على هذا العدوان»: the act the text has told of
		}
	}
	// Cues between the words of a pattern govern the words after them:
	// «صواريخ ترامب يجب أن تستهدف».
	for i := head + 1; i < tr.last; i++ {
		if slices.Contains(tr.m.Tokens, i) {
			continue
		}
		for _, m := range w.c.lex.Events.Modality.At(d.Tokens, i, tr.last) {
			if m.Val.After || m.Val.Near || m.Pattern.Words[0].KindOf(d.Tokens[i].Norm, m.Seg)&(lexicon.NounForm|lexicon.ParticipleForm) != 0 {
				// A noun there is a complement of the pattern («احتجاجا على
				// تجاهل المطالب»); a particle governs the next word only
				// («نفى أي مسؤولية»: the denial is not hedged).
				continue
			}
			if m.Val.Modality == "negated" {
				return marsad.Negated, "cue " + m.Seg.Stem + " inside the pattern"
			}
			return marsad.Hypothetical, "cue " + m.Seg.Stem + " inside the pattern"
		}
	}
	// Cues before the trigger, nearest first.
	for i := head - 1; i >= start && i >= head-maxComplement; i-- {
		for _, m := range w.c.lex.Events.Modality.At(d.Tokens, i, head) {
			cue := m.Val
			if m.Last() >= head || cue.After {
				continue
			}
			if head-i > maxGovern && (cue.Near || m.Pattern.Words[0].KindOf(d.Tokens[i].Norm, m.Seg)&lexicon.VerbForm == 0 || !w.complementizerBetween(m.Last(), min(head, m.Last()+4))) {
				continue // far off, only a verb with its complementizer governs
			}
			if m.Last()+1 == head && !tr.isNoun(d) && !m.Seg.Det && !strings.HasPrefix(m.Seg.Stem, "ال") && looksImperfect(d.Tokens[head].Norm) &&
				m.Pattern.Words[0].KindOf(d.Tokens[i].Norm, m.Seg)&lexicon.NounForm != 0 {
				// «تبنى مجلس الأمن قرارا يطلب وقفا لإطلاق النار»: an
				// imperfect verb right after an indefinite noun describes
				// it (a resolution that demands); the noun does not govern it.
				continue
			}
			n := m.Seg.Stem // the cue without its proclitics: «وقد» is «قد»
			if n == "قد" && tr.isNoun(d) && !known && i >= presupposed && m.Last()+1 < head && looksImperfect(d.Tokens[m.Last()+1].Norm) {
				// «قد ترد على أي هجوم باستهداف المنشآت»: the means of
				// what may happen.
				return marsad.Hypothetical, "قد + imperfect verb the noun serves"
			}
			near := head-m.Last() <= 2
			if cue.Near && !near {
				continue
			}
			if !cue.Near && tr.isParticiple(d) && !w.complementizerBetween(m.Last(), head) {
				// «وتنفي الحكومة هذه الاتهامات مشددة على …»: a circumstantial
				// participle tells what the subject does alongside, governed
				// by no verb or noun of the clause.
				continue
			}
			if kind := m.Pattern.Words[0].KindOf(d.Tokens[i].Norm, m.Seg); !cue.Near && kind&lexicon.VerbForm == 0 {
				if head-m.Last() > maxNounGovern {
					continue // a noun governs only what follows it closely
				}

				if len(clause.Mentions(d, m.Last()+1, head)) > 0 && tr.m.Seg.Prep == 0 && !tr.afterPrep && !cue.Complement {
					// «أثارت خطة الحكومة انتقادات»: after the noun's genitive
					// a bare word is some verb's object, not the noun's
					// complement («تهديد إيران بشن هجوم» is).
					continue
				}
			}
			switch {
			case n == "قد":
				if present && !threat {
					return marsad.Hypothetical, "قد + imperfect"
				}
				continue // قد + past: "has done"
			case n == "لا" && !present && !tr.isNoun(d):
				continue // «لا سيما»
			case n == "لم" || n == "لما":
				if !present {
					continue // لم takes a jussive (present) form
				}
			}
			if cue.Modality == "negated" {
				return marsad.Negated, "cue " + n
			}
			if i < presupposed || known {
				continue // «طالب بتحقيق بشأن مقتل»: the killing is not called for
			}
			return marsad.Hypothetical, "cue " + n
		}
	}
	if tr.isNoun(d) && !known {
		// «ستقوم خلالها بمناورات»: the act of a future light verb.
		for i := head - 1; i >= start && i >= head-maxNounGovern; i-- {
			if futureVerb(d.Tokens[i]) && !w.inMention(i) {
				return marsad.Hypothetical, "noun after a future verb"
			}
		}
		// «ستفعل كل ما في وسعها لاعتقال الجناة»: the purpose of a
		// future act is to come too.
		if tr.m.Seg.Prep == 'ل' {
			for i := head - 1; i >= start && i >= head-maxGovern; i-- {
				if t := d.Tokens[i]; t.Kind == marsad.Punct || isComplementizerNorm(t.Norm) {
					break
				}
				if futureVerb(d.Tokens[i]) && !w.inMention(i) {
					return marsad.Hypothetical, "purpose of a future act"
				}
			}
		}
	}
	// A speech act before the trigger whose content is not an act: a call,
	// a threat, an accusation, a denial. Its content may run on past commas
	// in a list («تدعو لعقد مؤتمر …، وتشكيل آلية …، لرعاية مفاوضات») or be
	// quoted after it («ودعا البيان لوكوك، "بسرعة التدخل للإفراج عن …"»).
	for k := len(earlier) - 1; k >= 0; k-- {
		g := earlier[k]
		if !g.entry.Say || g.head < start || w.complementEnd(s, g, tr) < head {
			continue // not a speech act, or its complement has closed
		}
		if tr.isParticiple(d) && !w.complementizerBetween(g.last, head) && tr.quote < 0 {
			continue // «وتنفي الحكومة هذه الاتهامات مشددة على …»: the subject's own act alongside
		}
		if (g.head < presupposed || known) && !strings.HasPrefix(g.entry.CAMEO, "016") {
			continue
		}
		root := g.entry.Code.Root
		switch {
		case strings.HasPrefix(g.entry.CAMEO, "016") || strings.HasPrefix(g.entry.CAMEO, "0161"):
			return marsad.Negated, "inside a denial (" + g.entry.ID + ")"
		case root == "02" || root == "03" || root == "10" || root == "13" || strings.HasPrefix(g.entry.CAMEO, "112"):
			return marsad.Hypothetical, "inside " + g.entry.ID
		}
	}
	// A noun in the segment of a verb that is planned, feared or denied
	// shares its modality («وسيناقش الطرفان خلال الاجتماع الذي سيجري»).
	if tr.isNoun(d) {
		segStart, _ := w.segmentAround(s, head)
		for k := len(earlier) - 1; k >= 0; k-- {
			g := earlier[k]
			if g.head < segStart || g.isNoun(d) {
				continue
			}
			if m, rule := w.modality(s, g, earlier[:k]); m != marsad.Asserted {
				return m, "as its verb " + g.entry.ID + " (" + rule + ")"
			}
			break
		}
	}
	return marsad.Asserted, "asserted"
}

// looksImperfect reports whether a word not in the lexicon reads as an
// imperfect verb after قد: the prefix ي, or ت on a three-letter word (ترد,
// تقع). Longer ت-words are as often Form V pasts (تلقى, تعرض), which قد
// makes perfect.
func looksImperfect(n string) bool {
	r := []rune(n)
	switch {
	case len(r) < 3:
		return false
	case r[0] == 'ي':
		return true
	case r[0] == 'ت':
		return len(r) == 3
	}
	return false
}

// triggerIn reports whether a trigger's head lies in tokens [from, to).
func triggerIn(trs []trigger, from, to int) bool {
	for _, t := range trs {
		if t.head >= from && t.head < to {
			return true
		}
	}
	return false
}

// temporalConj open a clause that says when the act before it happened.
var temporalConj = map[string]bool{"حين": true, "حينما": true, "عندما": true, "لما": true}

// sayingDayPenalty puts a date of the main clause behind any date nearer
// the act inside the clause reported.
const sayingDayPenalty = 100

// timeOfDay are the words that put a date at a time of day (فجر السبت).
var timeOfDay = map[string]bool{"فجر": true, "صباح": true, "مساء": true, "ليل": true, "ليله": true, "ظهر": true, "عصر": true, "منتصف": true}

// yearAfter reads a year written right after a verbal noun trigger
// («مفاوضات 2015», «حرب عام 1967»).
func (w *work) yearAfter(tr trigger) (int, bool) {
	d := w.d
	if !tr.isNoun(d) {
		return 0, false
	}
	i := tr.last
	if i < len(d.Tokens) && (d.Tokens[i].Norm == "عام" || d.Tokens[i].Norm == "سنه") {
		i++
	}
	if i >= len(d.Tokens) || d.Tokens[i].Kind != marsad.Number || len(d.Tokens[i].Norm) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(d.Tokens[i].Norm)
	if err != nil || y < 1900 || y > 2100 {
		return 0, false
	}
	return y, true
}

// subjunctive reads «أن يبدأ التفاوض», «يريد أن يلتقي»: an act named by
// (or right after) an imperfect verb after أن is wished, planned or
// required, not told as done.
func (w *work) subjunctive(s int, tr trigger) bool {
	d := w.d
	first := d.Sentences[s].First
	v := tr.head // the imperfect verb: the trigger itself, or the light verb before a noun
	if tr.isNoun(d) {
		v = tr.head - 1
	}
	if v-1 < first || v < first {
		return false
	}
	if d.Tokens[v-1].Norm == "ان" || d.Tokens[v-1].Norm == "وان" {
		return imperfectShape(d.Tokens[v])
	}
	// «أن يتبنى المجلس بيانا يدعو إلى …»: an imperfect act or a noun
	// further on in the clause of «أن» and an imperfect verb is as
	// unrealised as that verb.
	if tr.isNoun(d) || imperfectShape(d.Tokens[tr.head]) {
		for j := tr.head - 1; j > first && j >= tr.head-maxGovern; j-- {
			t := d.Tokens[j]
			if t.Kind == marsad.Punct || isRelative(t.Norm) {
				return false
			}
			if (t.Norm == "ان" || t.Norm == "وان") && j+1 < tr.head {
				return imperfectShape(d.Tokens[j+1]) && !w.inMention(j+1) && w.c.lex.Particles.Class(d.Tokens[j+1].Norm) == ""
			}
		}
	}
	return false
}

// obligation reports a verbal noun after «على» and who must do it at the
// start of a clause: «وعلى الفريق "التحقيق في الانتهاكات"», «على إسرائيل
// الانسحاب»: what someone must do is not done.
func (w *work) obligation(s int, tr trigger) bool {
	d := w.d
	if !tr.isNoun(d) {
		return false
	}
	first := d.Sentences[s].First
	for j := tr.head - 2; j >= first && j >= tr.head-4; j-- {
		if n := d.Tokens[j].Norm; n != "علي" && n != "وعلي" {
			continue
		}
		if j > first {
			if p := d.Tokens[j-1]; p.Kind != marsad.Punct && p.Kind != marsad.QuoteMark && !isComplementizerNorm(p.Norm) {
				return false
			}
		}
		for k := j + 1; k < tr.head; k++ {
			if t := d.Tokens[k]; t.Kind == marsad.Word && !strings.HasPrefix(t.Norm, "ال") && !w.inMention(k) {
				return false // «على مدى»، «على نحو»: not who must act
			}
		}
		return true
	}
	return false
}

// imperfectShape reports a word that looks like an imperfect verb: three
// letters or more after ي, ت or ن.
func imperfectShape(t marsad.Token) bool {
	r := []rune(t.Norm)
	return len(r) >= 3 && (r[0] == 'ي' || r[0] == 'ت' || r[0] == 'ن') && t.Kind == marsad.Word
}

// futureVerb reports an imperfect verb with the future marker (ستقوم,
// سيجري), which a light verb's noun («بمناورات») puts in the future.
func futureVerb(t marsad.Token) bool {
	if t.Kind != marsad.Word {
		return false
	}
	for _, seg := range arabic.SegmentToken(t) {
		if seg.Fut && (strings.HasPrefix(seg.Stem, "ي") || strings.HasPrefix(seg.Stem, "ت") || strings.HasPrefix(seg.Stem, "ن")) && len([]rune(seg.Stem)) >= 4 {
			return true
		}
	}
	return false
}

// complementEnd returns where the complement of speech act g ends, for a
// trigger tr after it: past commas while what follows a comma is no verb
// (a list of nouns continues the complement); to the end of a quotation
// that opens after g and holds tr.
func (w *work) complementEnd(s int, g, tr trigger) int {
	d := w.d
	sent := d.Sentences[s]
	end := w.segmentEnd(g.last, sent.Last)
	if g.head > sent.First && isRelative(d.Tokens[g.head-1].Norm) {
		// «المسؤول الذي اشترط عدم الكشف عن اسمه إن الوزارة استدعت»: a
		// relative clause ends where the main verb's complement begins.
		for i := g.last + 1; i < end; i++ {
			if n := d.Tokens[i].Norm; n == "ان" || n == "بان" {
				end = i
				break
			}
		}
	}
	// Only a call's or a demand's list of acts runs on past a comma, each
	// item joined by و or naming a purpose with ل.
	list := g.entry.Code.Root == "02" || g.entry.Code.Root == "10"
	for list && end < tr.head && end+1 < sent.Last {
		next := d.Tokens[end+1]
		stem := strings.TrimPrefix(next.Norm, "و")
		if next.Kind != marsad.Word || !strings.HasPrefix(next.Norm, "و") && !strings.HasPrefix(next.Norm, "ل") ||
			w.c.lex.Events.IsVerb(next.Norm) || w.c.lex.Events.IsVerb(stem) || w.inMention(end+1) ||
			circumstantial(next.Norm) || clauseOpener[next.Norm] || end+1 == tr.head && !tr.isNoun(d) {
			break // a verb, a circumstantial participle or a conjunction opens a clause of its own
		}
		end = w.segmentEnd(end+1, sent.Last)
	}
	if tr.quote >= 0 && g.quote < 0 {
		// A quotation that opens where the complement stops is its content.
		// An apposition may stand between («ودعا البيان لوكوك، مارك لوكوك، "…"»).
		if q := d.Quotes[tr.quote]; clause.TokenAt(d, q.Start) <= end+maxQuoteLead && clause.TokenAt(d, q.Start) > g.last {
			return sent.Last
		}
	}
	return end
}

// maxQuoteLead is how many tokens may stand between the end of a speech
// act's complement and the quotation that carries its content.
const maxQuoteLead = 6

// clauseOpener are the words that open a clause of their own after a comma.
var clauseOpener = map[string]bool{
	"كما": true, "لكن": true, "لكنه": true, "لكنها": true, "فيما": true, "بينما": true, "حيث": true, "اذ": true,
	"الا": true, "غير": true, "وفي": true, "في": true, "مع": true, "بعد": true, "قبل": true, "وذلك": true, "ما": true,
}

// presupposedFrom returns the token after the last presupposing
// preposition between from and head, or from if there is none.
func (w *work) presupposedFrom(from, head int) int {
	for i := head - 1; i > from; i-- {
		switch w.d.Tokens[i].Norm {
		case "بشان", "جراء", "اثر", "عقب", "بعد", "خلال", "بسبب", "اعقاب", "خلفيه", "ظل", "وسط":
			return i + 1
		}
	}
	return from
}

// clauseStart returns where the clause holding token head starts: after the
// last comma or semicolon that a conjunction follows («، و…»), or the
// sentence start.
func (w *work) clauseStart(s, head int) int {
	d := w.d
	sent := d.Sentences[s]
	for i := head - 1; i > sent.First; i-- {
		t := d.Tokens[i]
		if (t.Norm == "،" || t.Norm == "," || t.Norm == "؛" || t.Norm == ";") && i+1 < head {
			if next := d.Tokens[i+1].Norm; strings.HasPrefix(next, "و") || strings.HasPrefix(next, "ف") {
				return i + 1
			}
		}
	}
	return sent.First
}

// isQuestion reports whether sentence s asks a question.
func (w *work) isQuestion(s int) bool {
	d := w.d
	sent := d.Sentences[s]
	if sent.Last > sent.First {
		last := d.Tokens[sent.Last-1].Norm
		if last == "؟" || last == "?" {
			return true
		}
		if d.Tokens[sent.First].Norm == "هل" {
			return true
		}
	}
	return false
}

// date returns the day of a trigger's act. The date expressions that can
// date it are those of its own comma-delimited segment of the sentence, a
// parenthetical date set off by commas («، الأحد،»), or one that opens the
// sentence («وفي وقت لاحق من اليوم نفسه، …»); of those the nearest wins. A
// date in a relative clause further on («الاتفاق الذي يحين موعد تجديده في 12
// أيار») dates something else. "The same day" takes the date of the event
// before; with no expression the act is dated on the publication day.
func (w *work) date(s int, tr trigger, all []trigger, exprs []dates.Expr, mod marsad.Modality) (time.Time, string) {
	d := w.d
	sent := d.Sentences[s]
	pub := d.Published
	segStart, segEnd := w.segmentAround(s, tr.head)
	// «قتلوا، حينما قمعت … عام 2013»: a temporal clause right after the
	// trigger's segment is when its act happened too.
	whenEnd := segEnd
	if j := segEnd; j < sent.Last && isComma(d.Tokens[j]) && j+1 < sent.Last && temporalConj[d.Tokens[j+1].Norm] {
		whenEnd = w.segmentEnd(j+1, sent.Last)
	}
	// «قالت، في بيان الخميس الماضي، إن …»: an adjunct set off by commas
	// right after the verb dates it.
	adjunctEnd := segEnd
	if j := tr.last; j < sent.Last && isComma(d.Tokens[j]) && j == segEnd && j+1 < sent.Last {
		if end := w.segmentEnd(j+1, sent.Last); end < sent.Last && isComma(d.Tokens[end]) && !triggerIn(all, j+1, end) {
			adjunctEnd = end
		}
	}
	// The sentence's opening segment, when no act is reported in it, is an
	// adverbial that dates the clause after it («وبعد عرضه … الاثنين، أجرى»).
	_, firstEnd := w.segmentAround(s, sent.First)
	openingFree := true
	for _, t := range all {
		if t.head < firstEnd {
			openingFree = false
		}
	}
	var best *dates.Expr
	dist := 1 << 30
	for k := range exprs {
		e := &exprs[k]
		// A relative clause right after the trigger describes it («الاجتماع
		// الذي سيجري الأربعاء»); one further on describes something else.
		inSegment := e.First >= segStart && e.Last <= segEnd &&
			(!w.relativeBetween(tr.last, e.First, e.Last) || isRelative(d.Tokens[min(tr.last, len(d.Tokens)-1)].Norm)) ||
			e.First > segEnd && (e.Last <= whenEnd || e.Last <= adjunctEnd)
		lead := e.First // «، فجر السبت،»: a time of day before the date belongs to it
		if lead > sent.First+1 && timeOfDay[d.Tokens[lead-1].Norm] {
			lead--
		}
		parenthetical := lead > sent.First && isComma(d.Tokens[lead-1]) && (e.Last == sent.Last || isComma(d.Tokens[e.Last]) || d.Tokens[e.Last].Kind == marsad.Punct)
		opening := e.Last <= firstEnd && openingFree && tr.head >= firstEnd
		// «قدمت أفغانستان، الأربعاء، عن تعازيها …، في غارة … على مدرسة،
		// الإثنين»: a day set off by commas a whole segment before a noun
		// dates the clause it stands in, and the noun only when nothing
		// nearer does («نفت الوزارة، الأحد، …، بعد ساعات من اتهامات»; a
		// verb joined by و shares that clause's time: «… السبت، بوقوع …،
		// ووجهت»).
		far := parenthetical && !inSegment && e.Last < segStart-1 && !opening && tr.isNoun(d)
		if !inSegment && !parenthetical && !opening {
			continue
		}
		dd := tr.head - e.Last
		if e.First > tr.head {
			dd = 2 * (e.First - tr.last) // after the trigger counts double
			if e.Kind == dates.Year && tr.isNoun(d) {
				dd /= 2 // «ضحايا هجمات في إسرائيل بين عامي 2000 و2005»: the year of the act named
			}
		}
		if dd < 0 {
			dd = -dd
		}
		if e.Last <= tr.head && w.complementizerBetween(e.Last, tr.head) {
			// «قال نصرالله الأحد إن الضربة …، فجر السبت،»: the day of the
			// saying dates the act only when nothing else does.
			dd += sayingDayPenalty
		}
		if far {
			dd += sayingDayPenalty
		}
		if dd < dist {
			best, dist = e, dd
		}
	}
	if y, ok := w.yearAfter(tr); ok && (pub.IsZero() || y < pub.Year()) {
		// «مفاوضات 2015», «حرب عام 1967»: an act its year names, told as
		// background.
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), "year " + strconv.Itoa(y)
	}
	future := mod == marsad.Hypothetical
	if best != nil {
		if day, ok := best.Resolve(pub, future, w.prev); ok {
			return day, best.Text
		}
	}
	if pub.IsZero() {
		return time.Time{}, ""
	}
	return pub, "published"
}

// segmentAround returns the comma-delimited segment of sentence s that holds
// token at, as a token range.
func (w *work) segmentAround(s, at int) (int, int) {
	d := w.d
	sent := d.Sentences[s]
	start := sent.First
	for i := at - 1; i > sent.First; i-- {
		if isComma(d.Tokens[i]) || d.Tokens[i].Norm == "؛" {
			start = i + 1
			break
		}
	}
	return start, w.segmentEnd(at, sent.Last)
}

// relativeBetween reports whether a relative pronoun stands in [from, to).
func (w *work) relativeBetween(from, to, after int) bool {
	for i := from; i < to; i++ {
		if isRelative(w.d.Tokens[i].Norm) && !w.stateRelative(i, to, after) {
			return true
		}
	}
	return false
}

// stateRelative reports whether the relative clause opened at token rel,
// which runs up to a date expression over tokens [to, after), tells a
// lasting state in the imperfect while the main clause goes on after the
// date with a definite object or a complement («أعلنت لجنة الاستخبارات
// التي يهيمن عليها الجمهوريون الاثنين النتائج»): the day then belongs to
// the main verb, not to the relative clause («الاتفاق الذي يحين موعد
// تجديده في 12 أيار،»).
func (w *work) stateRelative(rel, to, after int) bool {
	d := w.d
	if rel+1 >= to || !looksImperfect(d.Tokens[rel+1].Norm) || after >= len(d.Tokens) {
		return false
	}
	if n := d.Tokens[after]; n.Kind != marsad.Word || !strings.HasPrefix(n.Norm, "ال") && !isComplementizerNorm(n.Norm) {
		return false
	}
	for i := rel + 2; i < to; i++ {
		if t := d.Tokens[i]; t.Kind == marsad.Punct || isRelative(t.Norm) {
			return false
		}
	}
	return true
}

// isComplementizerNorm reports أن, إن and بأن after normalization.
func isComplementizerNorm(n string) bool { return n == "ان" || n == "بان" || n == "وان" }

// speakerOf returns the speaker of the reporting verb whose complement holds
// the trigger («ذكر مسؤولون أمريكيون أن إيران قد ترد»), when it is not the
// event's own source, or -1.
func (w *work) speakerOf(s int, tr trigger, earlier []trigger) int {
	d := w.d
	sent := d.Sentences[s]
	for i := tr.head - 1; i >= sent.First; i-- {
		if n := d.Tokens[i].Norm; n != "ان" && n != "بان" && n != "وان" {
			continue
		}
		// A complementizer: the reporting verb stands before it, its
		// subject after it («أعلن الرئيس الأمريكي دونالد ترامب، السبت،
		// أن») or before it («وكان المتحدث … قد أكد أن»).
		for j := i - 1; j >= sent.First && j >= i-maxSpeakerGap; j-- {
			if t := d.Tokens[j]; t.Kind == marsad.Punct && !isComma(t) {
				break
			}
			for _, m := range w.c.lex.Reporting.Set.At(d.Tokens, j, i) {
				if m.Val.Kind != "verb" {
					continue
				}
				for _, k := range clauseMentions(d, j+1, i) {
					return k
				}
				// SVO: the subject ends right before the verb or its «قد»
				// («الجيش الإسرائيلي قد أكد»); a verb that starts a new
				// clause («وشدد على أن») goes on with an implicit one.
				end := j
				if end > sent.First && d.Tokens[end-1].Norm == "قد" {
					end--
				}
				if k := clause.LastAgent(d, sent.First, end); k >= 0 && d.Mentions[k].Last == end {
					return k
				}
				return -1
			}
		}
		return -1
	}
	if tr.isNoun(d) {
		// «أعلن الناطق باسم وزارة الصحة الفلسطينية، مقتل فلسطينيين»: a
		// verbal noun that is the object of a reporting verb is what its
		// subject reports.
		for j := tr.head - 1; j >= sent.First && j >= tr.head-maxReportedObject; j-- {
			if t := d.Tokens[j]; t.Kind == marsad.Punct && !isComma(t) {
				break
			}
			for _, m := range w.c.lex.Reporting.Set.At(d.Tokens, j, tr.head) {
				if m.Val.Kind != "verb" || m.Last() >= tr.head {
					continue
				}
				for _, k := range clauseMentions(d, m.Last()+1, tr.head) {
					if d.Mentions[k].Last <= tr.head {
						return k
					}
				}
				return -1
			}
		}
	}
	return -1
}

// maxSpeakerGap is how far before its complementizer a reporting verb may
// stand: its subject, a role and a name in apposition, and a date set off
// by commas come between.
const maxSpeakerGap = 12

// maxReportedObject is how far before a verbal noun a reporting verb whose
// object it is may stand.
const maxReportedObject = 12

// clauseMentions returns the agent mentions in [from, to).
func clauseMentions(d *marsad.Document, from, to int) []int {
	var out []int
	for i, m := range d.Mentions {
		if m.First >= from && m.First < to && m.Prep == "" {
			out = append(out, i)
		}
	}
	return out
}
