package events

import (
	"strings"

	"marsad"
	"marsad/clause"
	"marsad/dates"
	"marsad/model"
)

// features returns the model features of sentence s: its words (light
// stems) and word pairs, the rule candidates (entry, root, quad class, with
// their modality and whether they found parties), the modality cues and the
// kinds of actor mentions. trs must have their frames and modality set.
func (w *work) features(s int, trs []trigger) []string {
	d := w.d
	sent := d.Sentences[s]
	feats := []string{"bias"}
	for i := sent.First; i < sent.Last; i++ {
		t := d.Tokens[i]
		var stem string
		switch t.Kind {
		case marsad.Word:
			stem = model.LightStem(t.Norm)
		case marsad.Number:
			stem = "#"
		default:
			continue
		}
		feats = append(feats, "w:"+stem, "n:"+t.Norm)
		if r := []rune(stem); len(r) >= 4 {
			feats = append(feats, "p3:"+string(r[:3]), "s3:"+string(r[len(r)-3:]))
		}
	}
	if w.isQuestion(s) {
		feats = append(feats, "question")
	}
	for _, tr := range trs {
		e := tr.entry
		mod := string(tr.mod)
		parties := "none"
		switch {
		case len(tr.f.sources) > 0 && len(tr.f.targets) > 0:
			parties = "both"
		case len(tr.f.sources) > 0:
			parties = "source"
		case len(tr.f.targets) > 0:
			parties = "target"
		}
		root := e.Code.Root
		feats = append(feats,
			"t:"+e.ID, "r:"+root, "rm:"+root+":"+mod, "q:"+string(rune('0'+e.Code.Quad)),
			"qm:"+string(rune('0'+e.Code.Quad))+":"+mod, "rp:"+root+":"+parties)
		if tr.quote >= 0 {
			feats = append(feats, "quoted:"+root)
		}
		if tr.isNoun(d) {
			feats = append(feats, "noun:"+root)
		}
	}
	for i := sent.First; i < sent.Last; i++ {
		for _, m := range w.c.lex.Events.Modality.At(d.Tokens, i, sent.Last) {
			feats = append(feats, "cue:"+m.Val.Modality+":"+model.LightStem(d.Tokens[i].Norm))
		}
	}
	for _, m := range d.Mentions {
		if m.First < sent.First || m.First >= sent.Last {
			continue
		}
		feats = append(feats, "k:"+m.Kind.String())
		if c := m.Code; len(c) > 3 {
			feats = append(feats, "sec:"+strings.TrimPrefix(c[3:], "---"))
		}
		if marsad.Anchored(m.Code) {
			feats = append(feats, "anchored")
		}
	}
	return feats
}

// Features returns the model features of each sentence of a document that
// has been through the stages before this one, for training.
func (c *Coder) Features(d *marsad.Document) [][]string {
	w := &work{c: c, d: d, inQuote: quotedTokens(d), pairSource: -1, pairTarget: -1}
	out := make([][]string, len(d.Sentences))
	for s := range d.Sentences {
		trs := w.prepare(s)
		out[s] = w.features(s, trs)
	}
	return out
}

// unspecified are the CAMEO codes for an act of a quad class not specified
// further, used when the sentence model reads a kind of act for which no
// lexicon pattern fired: make a statement (verbal cooperation), engage in
// material cooperation, disapprove (verbal conflict). Material conflict is
// never proposed by the model alone: a use of force must be read from words.
var unspecified = map[int]string{1: "010", 2: "060", 3: "110"}

// sentenceKind makes the first asserted event of sentence s one of the kind
// of act the sentence model reads in it (quad class): an event of that kind
// already coded moves first; else a candidate the rules left out (no
// parties, a weak pattern) is emitted; else an unspecified act of that kind
// is, with the sentence's first agent as source and the word that weighs
// most for that kind as trigger. events[first:] are the sentence's events.
func (w *work) sentenceKind(s int, trs []trigger, feats []string, first int, exprs []dates.Expr, cited clause.Cited, hasCited bool) {
	models := w.c.models
	qm := models.Quad
	c, _ := qm.Predict(feats)
	q := int(qm.Classes[c][0] - '0')
	if q < 1 || q > 4 {
		// The quad model reads no interaction: the relevance model,
		// trained on more sentences, may overrule it, and the kind is
		// then the quad model's best of the acts it may propose.
		r := models.Relevance
		if r == nil {
			return
		}
		if rc, margin := r.Predict(feats); r.Classes[rc] != "yes" || margin < minRelevanceMargin {
			return
		}
		sc := qm.Scores(feats)
		best := -1
		for k, name := range qm.Classes {
			if kq := int(name[0] - '0'); kq >= 1 && kq <= 3 && (best < 0 || sc[k] > sc[best]) {
				best = k
			}
		}
		c = best
		q = int(qm.Classes[c][0] - '0')
	}
	note := qm.Name + "@" + qm.Version
	evs := w.d.Events[first:]
	for i, e := range evs {
		if e.Modality == marsad.Asserted && e.QuadClass == q {
			if i > 0 {
				moved := evs[i]
				copy(evs[1:i+1], evs[:i])
				evs[0] = moved
				evs[0].Model = joinNotes(evs[0].Model, note)
			}
			return
		}
	}
	// The model adds an act only where the rules coded none that the
	// report asserts, where the relevance model agrees the sentence reports
	// a political interaction, never as the answer to a question, and a use
	// of force only where the rules read one (see candidate).
	hedged := false
	for _, e := range evs {
		if e.Modality == marsad.Asserted {
			return
		}
		hedged = true
	}
	if w.isQuestion(s) {
		return
	}
	if r := models.Relevance; r != nil {
		if rc, margin := r.Predict(feats); r.Classes[rc] != "yes" || margin < minRelevanceMargin {
			return
		}
	}
	var ev marsad.Event
	var f frame
	found := false
	for _, tr := range trs {
		if tr.mod == marsad.Asserted && tr.entry.Code.Quad == q && tr.quote < 0 && candidate(tr) {
			day, dateRule := w.date(s, tr, trs, exprs, tr.mod)
			ev = w.base(s, tr, tr.mod, day, dateRule, w.attribution(s, tr, nil, cited, hasCited))
			ev.Rule += "; " + tr.f.rule + "; kept by the sentence model"
			f, found = tr.f, true
			break
		}
	}
	if !found {
		if q == 4 {
			return // material conflict is never proposed by the model alone
		}
		if hedged {
			// «من المقرر أن يصل … للوصول إلى اتفاق سياسي»: the acts
			// the rules read are planned, feared or denied; the model
			// does not assert one they did not find.
			return
		}
		code := unspecified[q]
		tok := w.weightiest(s, qm, c)
		if tok < 0 || w.inQuote[tok] != -1 {
			return
		}
		cb := w.c.lex.Codebook.Lookup(code)
		ev = marsad.Event{
			CAMEO: cb.Code, Root: cb.Root, PLOVER: cb.PLOVER, PLOVERMode: cb.PLOVERMode, Goldstein: cb.Goldstein,
			QuadClass: cb.Quad, Modality: marsad.Asserted, Date: w.d.Published, DateRule: "published", Sentence: s,
			Trigger: w.d.Tokens[tok].Span,
			Rule:    "sentence model: an act of quad class " + string(rune('0'+q)) + " with no lexicon pattern",
		}
		if w.d.Published.IsZero() {
			ev.DateRule = ""
		}
		if hasCited {
			ev.AttributedTo = cited.Text
		}
		sent := w.d.Sentences[s]
		if src := clause.FirstAgent(w.d, sent.First, sent.Last); src >= 0 {
			f.sources = []int{src}
		}
	}
	ev.Model = note
	w.emit(s, ev, f)
}

// candidate reports whether the sentence model may emit an asserted trigger
// the rules left out: a weak pattern without both parties or a statement
// beside another act may be the act of the kind the model reads; a use of
// force never (a material conflict is read from words, not topic). An act
// dated after publication is never asserted, nor one the rules dropped for
// naming no party or nothing demanded, nor one a confirmer rejected: the
// confirmers are trained on that very decision (on news and on the UN
// sentences alike), the sentence model only on the kind of the sentence,
// and letting it overrule them doubled the protest set's false alarms.
func candidate(tr trigger) bool {
	switch tr.left {
	case leftFuture, leftPartyless, leftNoContent, leftModel, leftDetail, leftReference:
		return false
	}
	return tr.entry.Code.Quad != 4
}

// minRelevanceMargin is how sure the relevance model must be before the
// sentence model adds an act the rules did not code.
const minRelevanceMargin = 0.5

// weightiest returns the token of sentence s whose word weighs most for
// class c of model m, or -1.
func (w *work) weightiest(s int, m *model.Linear, c int) int {
	sent := w.d.Sentences[s]
	best, bestW := -1, 0.0
	for i := sent.First; i < sent.Last; i++ {
		t := w.d.Tokens[i]
		if t.Kind != marsad.Word {
			continue
		}
		wt := m.Weight("w:"+model.LightStem(t.Norm), c)
		if wt > bestW {
			best, bestW = i, wt
		}
	}
	return best
}

func joinNotes(a, b string) string {
	if a == "" {
		return b
	}
	return a + "," + b
}
