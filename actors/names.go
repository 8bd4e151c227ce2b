package actors

import (
	"strings"
	"unicode/utf8"

	"marsad"
	"marsad/arabic"
	"marsad/dates"
	"marsad/lexicon"
)

// maxNameWords bounds a person's name found without the lexicon.
const maxNameWords = 4

// nameConnectors join the parts of an Arabic name (محمد بن سلمان, عبد الله).
var nameConnectors = map[string]bool{"بن": true, "ابن": true, "بنت": true, "ابو": true, "عبد": true, "ال": true}

// nameRun returns the token range of a person's name that starts at token
// at, or an empty range. After a role noun (afterRole) the name must start
// with a known name word; elsewhere it must start with a given name and
// have at least two words. A name stops at punctuation (a hyphen inside a
// name is kept: تايي-بروك), a particle, a stopword, a lexicon phrase or a
// word with the article (except a family name that ends the run: الأسد).
//
// firstWord, if not empty, replaces the first token's text (its stem when a
// conjunction or preposition is attached).
func (w *work) nameRun(at int, afterRole bool, firstWord string) (int, int) {
	toks := w.d.Tokens
	names := w.r.lex.Names
	end := at
	words := 0
	known := 0
	for i := at; i < len(toks) && words < maxNameWords; i++ {
		t := toks[i]
		if t.Kind == marsad.Punct && (t.Norm == "-" || t.Norm == "–") && i > at && i+1 < len(toks) &&
			toks[i-1].End == t.Start && toks[i+1].Start == t.End {
			continue // a hyphenated name
		}
		if t.Kind != marsad.Word || w.isBlocked(i) && !(i > at && nameConnectors[t.Norm] && !w.covered(i) && i+1 < len(toks) && !w.isBlocked(i+1)) {
			break // a connector inside a name is no stop word: «أحمد أبو زيد»
		}
		norm := t.Norm
		if i == at && firstWord != "" {
			norm = firstWord
		}
		isName := names.IsNameToken(norm) || nameConnectors[norm]
		if i == at {
			if afterRole && !isName {
				break
			}
			if !afterRole && (!names.IsGiven(norm) || w.r.lex.Reporting.IsNoun(norm)) {
				break // «بيان كوربن» is Corbyn's statement, not a man named Bayan
			}
		}
		if len(t.Norm) > 4 && t.Norm[:4] == "ال" && i > at && toks[i-1].Norm == "عبد" {
			// «عبد الله أوجلان»: the article of a compound given name does
			// not end the name.
			words++
			known++
			end = i + 1
			continue
		}
		if len(t.Norm) > 4 && t.Norm[:4] == "ال" && i > at {
			// A definite word ends a name: a known family name (الأسد), or
			// one that closes an apposition after a given name («محمد
			// المومني،»).
			closing := i+1 == len(toks) || toks[i+1].Kind == marsad.Punct
			if !names.IsNameToken(t.Norm) && !(closing && (afterRole || names.IsGiven(toks[at].Norm))) {
				break
			}
			words++
			known++
			end = i + 1
			break
		}
		if !isName && w.verbWithObject(&toks[i]) {
			break // «الرئيس شي أبلغني»: a verb with its object pronoun
		}
		if !isName {
			// An unknown word may end a name when punctuation follows it
			// (a rare surname: «تايي-بروك زيريهون،»), or after a role and
			// one name word when it is no verb («نائب وزير الخارجية الروسي
			// ميخائيل بوغدانوف»).
			closing := i+1 == len(toks) || toks[i+1].Kind == marsad.Punct || w.roleAt(i+1)
			// After two name words the name is whole: «الصحافي وائل عباس
			// قيد الحبس».
			if words > 0 && (closing || afterRole && words == 1 && !w.r.lex.Events.IsVerb(t.Norm) && !w.r.lex.Reporting.IsWord(t.Norm)) && w.d.SentenceAt(toks[i].Start) == w.d.SentenceAt(toks[at].Start) {
				words++
				end = i + 1
			}
			break
		}
		words++
		known++
		end = i + 1
	}
	if end > at && nameConnectors[toks[end-1].Norm] {
		end-- // a name does not end on «بن»
	}
	if words == 0 || (!afterRole && words < 2) || known == 0 {
		return at, at
	}
	if words == 1 && !names.Attested(toks[at].Norm) {
		// One word after a role is a name only when people are known to
		// bear it: «مسؤول عسكري», «قادة دول», «وفد كبير» are adjectives
		// and genitives that lists of name tokens also hold.
		return at, at
	}
	return at, end
}

// nameRunAfterRole finds a name after a role phrase. Set off by commas
// («…، تايي-بروك زيريهون، …») a name of unknown words is accepted when it
// ends at punctuation within maxNameWords words and holds no particle or
// stopword.
func (w *work) nameRunAfterRole(at int, appositive bool) (int, int) {
	if first, last := w.nameRun(at, true, ""); last > first || !appositive {
		return first, last
	}
	toks := w.d.Tokens
	words := 0
	for i := at; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.Kind == marsad.Punct && (t.Norm == "-" || t.Norm == "–") && i > at && i+1 < len(toks) &&
			toks[i-1].End == t.Start && toks[i+1].Start == t.End:
			continue
		case t.Kind == marsad.Punct && words > 0:
			return at, i
		case t.Kind != marsad.Word || w.isBlocked(i) || strings.HasPrefix(t.Norm, "ال") || words == maxNameWords:
			return at, at
		}
		words++
	}
	return at, at
}

// roleAt reports whether a role phrase of the lexicon starts at token i: a
// title in apposition closes the name before it («سارة نقدالله الأمين
// العام لحزب الأمة»).
func (w *work) roleAt(i int) bool {
	ci, ok := w.candAt[i]
	if !ok {
		return false
	}
	for _, a := range w.cands[ci].aliases {
		if a.Kind == lexicon.SectorWord && a.Actor.Role == "role" {
			return true
		}
	}
	return false
}

// isBlocked reports whether token i cannot be part of an unknown name: it
// starts a lexicon phrase, is already in a mention, or is a particle or
// stopword.
func (w *work) isBlocked(i int) bool {
	if _, ok := w.candAt[i]; ok {
		return true
	}
	if w.covered(i) {
		return true
	}
	n := w.d.Tokens[i].Norm
	return w.r.lex.Particles.Class(n) != "" || w.r.lex.Names.Stopwords[n]
}

// covered reports whether token i lies in a mention already made.
func (w *work) covered(i int) bool {
	return i < len(w.cover) && w.cover[i]
}

// unknownPersons finds names the lexicon does not know: after a title
// (الشيخ, اللواء) or as a given name followed by further name words. They
// are people with no code unless context gives one later.
func (w *work) unknownPersons() {
	toks := w.d.Tokens
	titles := w.r.lex.Particles.Titles
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != marsad.Word || w.covered(i) {
			continue
		}
		if first, last := w.reportedName(i); last > first {
			m := newMention(first, last, marsad.Person)
			m.Rule = w.rule + " name: subject of a reporting verb"
			w.add(m)
			i = last - 1
			continue
		}
		if ms := titles.At(toks, i); len(ms) > 0 {
			title := ms[0]
			if first, last := w.nameRun(title.Last, true, ""); last > first {
				m := newMention(first, last, marsad.Person)
				m.Rule = w.rule + " name after title"
				w.add(m)
				i = last - 1
			}
			continue
		}
		// A conjunction or preposition may be attached: «ومحمد», «لخالد».
		seg, ok := w.r.lex.Names.GivenSeg(&toks[i])
		if !ok {
			continue
		}
		if first, last := w.nameRun(i, false, seg.Stem); last > first {
			m := newMention(first, last, marsad.Person)
			m.Rule = w.rule + " given name"
			w.addSegmented(m, seg)
			i = last - 1
		}
	}
}

// maxReportedName bounds the words of a name found as the subject of a
// reporting verb.
const maxReportedName = 3

// reportedName returns the token range of the name of a person the lexicons
// do not know, found as the subject right after a reporting verb (a date may
// stand between): two or three words without the article that no lexicon
// holds and that are no verb, particle or stopword, closed by a comma or a
// title in apposition — «وقالت أنغيلا ويليامز مساعدة رئيس الشرطة», «وقال
// كاشالا بوكار، والد إحدى الطالبات», «صرحت الأربعاء مايا كوسيانسيتش الناطقة
// باسم …». Foreign names are rarely in the name lists; their place in the
// clause is what marks them. A plural ending (ناشطون محليون) is no name.
func (w *work) reportedName(at int) (int, int) {
	toks := w.d.Tokens
	if at == 0 || toks[at].Kind != marsad.Word || strings.HasPrefix(toks[at].Norm, "ال") {
		return at, at
	}
	verb := at - 1
	j := at - 1
	if j > 0 && isComma(toks[j]) {
		j--
	}
	if j > 0 && (toks[j].Norm == "فيها" || toks[j].Norm == "فيه") && w.reportingVerb(j-1) {
		verb = j - 1 // «جلسة قال فيها، نيكولاي ملادينوف، مبعوث …»
	}
	if !w.reportingVerb(verb) {
		lo := max(0, at-4)
		if !w.reportingVerb(lo) && !w.reportingVerb(lo+1) && !w.reportingVerb(lo+2) {
			return at, at
		}
		verb = -1
		for _, e := range dates.Find(toks, lo, at, w.r.lex.Dates) {
			if e.Last == at && e.First > 0 && w.reportingVerb(e.First-1) {
				verb = e.First - 1
			}
		}
		if verb < 0 {
			return at, at
		}
	}
	if !w.nameWord(at) {
		return at, at
	}
	end := at + 1
	for end < len(toks) && end-at < maxReportedName && w.nameWord(end) {
		end++
	}
	if end-at < 2 || end == len(toks) {
		return at, at
	}
	if next := toks[end]; !isComma(next) && !w.roleAt(end) {
		return at, at
	}
	return at, end
}

// nameWord reports whether token i may be a word of a name no lexicon
// knows: a word without the article, not blocked, no verb or reporting word
// of the lexicons, and no plural in ون unless people bear it.
func (w *work) nameWord(i int) bool {
	t := w.d.Tokens[i]
	if t.Kind != marsad.Word || w.isBlocked(i) || strings.HasPrefix(t.Norm, "ال") || len(t.Norm) < 4 {
		return false
	}
	lex := w.r.lex
	if lex.Events.IsVerb(t.Norm) || lex.Reporting.IsWord(t.Norm) {
		return false
	}
	if strings.HasSuffix(w.d.Surface(t.Span), "ً") {
		return false // an accusative: «ترى أموراً كهذه»
	}
	if lex.Names.IsNameToken(t.Norm) {
		return true
	}
	// A preposition attached to a word people are not known to bear is
	// the verb's complement: «طالبت باعتذار رسمي», «تشير لقطات فيديو».
	for _, p := range []string{"ب", "ل"} {
		if rest, ok := strings.CutPrefix(t.Norm, p); ok && utf8.RuneCountInString(rest) >= 3 {
			return false
		}
	}
	return !strings.HasSuffix(t.Norm, "ون")
}

// reportingVerb reports whether token i is a reporting verb (قال, وأضافت,
// صرح), a conjunction attached.
func (w *work) reportingVerb(i int) bool {
	return i >= 0 && i < len(w.d.Tokens) && w.r.lex.Reporting.VerbAt(&w.d.Tokens[i])
}

// familyNames resolves a name found without the lexicon whose first word is
// the first word of a person's name of three words or more mentioned
// before it, a word that is no given name: the family name of a Chinese
// or Korean name comes first («شي جين بينغ» … «الرئيس شي»). The mention
// is cut to that word and repeats the full name.
func (w *work) familyNames() {
	full := map[string]int{} // first word → index of the first full mention
	for i, m := range w.mentions {
		if m.Kind != marsad.Person || m.actor == nil || m.Last-m.First < 3 {
			continue
		}
		first := w.d.Tokens[m.First].Norm
		if _, ok := full[first]; !ok && !w.r.lex.Names.IsGiven(first) {
			full[first] = i
		}
	}
	if len(full) == 0 {
		return
	}
	// Until corefer, a mention's id is its index in w.mentions.
	for i := range w.mentions {
		m := &w.mentions[i]
		if m.Kind != marsad.Person || m.actor != nil {
			continue
		}
		k, ok := full[w.d.Tokens[m.First].Norm]
		if !ok || w.mentions[k].First >= m.First {
			continue
		}
		f := w.mentions[k]
		if m.ref >= 0 && m.ref < len(w.mentions) && w.mentions[m.ref].Kind == marsad.Role {
			// The title before the name is this person's: «الرئيس شي».
			r := &w.mentions[m.ref]
			r.Code, r.alts, r.ref = f.Code, nil, f.id
			r.Rule += " holder named after"
		}
		m.Last = m.First + 1
		m.Span = w.span(m.First, m.Last, m.seg)
		m.actor, m.ref = f.actor, f.id
		m.Code, m.alts, m.Name, m.Wikidata = f.Code, f.alts, f.Name, f.Wikidata
		m.Rule += " family name of the full name before"
	}
}

// verbWithObject reports whether t is a verb of the lexicons with an
// enclitic pronoun (أبلغني, أبلغه), which no name is.
func (w *work) verbWithObject(t *marsad.Token) bool {
	for _, seg := range arabic.SegmentToken(*t) {
		if seg.Suf != "" && (w.r.lex.Events.IsVerb(seg.Stem) || w.r.lex.Reporting.IsWord(seg.Stem)) {
			return true
		}
	}
	return false
}
