package actors

import (
	"strings"

	"marsad"
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
		if !isName {
			// An unknown word may end a name when punctuation follows it
			// (a rare surname: «تايي-بروك زيريهون،»), or after a role and
			// one name word when it is no verb («نائب وزير الخارجية الروسي
			// ميخائيل بوغدانوف»).
			closing := i+1 == len(toks) || toks[i+1].Kind == marsad.Punct
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
