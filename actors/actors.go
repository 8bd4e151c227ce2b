// Package actors finds and resolves actor mentions: names of states,
// places, organisations and office holders, and descriptions by role
// ("الرئيس الإيراني", "المتحدث باسم الكرملين", "مندوب روسيا الدائم لدى الأمم
// المتحدة") to CAMEO-style actor codes. Reads: Tokens, Sentences. Writes:
// Mentions.
//
// Resolution follows four rules: a lexicon name resolves to its entry (a
// person by the office they held on the publication date); a role noun takes
// its country or organisation from an adjective, a genitive, or a phrase with
// باسم, ل or في; a surname alone repeats the full name mentioned before it;
// an ambiguous or weak name is resolved from the document's context or left
// unresolved, never guessed.
package actors

import (
	"context"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"marsad"
	"marsad/arabic"
	"marsad/lexicon"
)

// Resolver is the actor stage.
type Resolver struct {
	lex *lexicon.Lexicon
}

// New returns the actor stage for a lexicon.
func New(lex *lexicon.Lexicon) *Resolver { return &Resolver{lex: lex} }

// Name implements marsad.Stage.
func (*Resolver) Name() string { return "actors" }

// Reads implements marsad.Stage.
func (*Resolver) Reads() marsad.Layer { return marsad.LayerTokens | marsad.LayerSentences }

// Writes implements marsad.Stage.
func (*Resolver) Writes() marsad.Layer { return marsad.LayerMentions }

// Process implements marsad.Stage.
func (r *Resolver) Process(_ context.Context, d *marsad.Document) error {
	w := workPool.Get().(*work)
	defer w.release()
	w.reset(r, d)
	w.findCandidates()
	w.quotedNames()
	w.orgHeads()
	// Most candidates become a mention, and few mentions come from
	// elsewhere.
	w.mentions = slices.Grow(w.mentions, len(w.cands))
	w.compose()
	w.familyNames()
	w.resolveAmbiguous()
	w.nationalBranches()
	w.genitiveRoles()
	w.contextCountries()
	w.datelinePlaces()
	w.rolesAfterNames()
	w.orgsBeforeNames()
	w.nationalsBeforeNames()
	w.namesAfterRoles()
	w.holdersAfterRoles()
	w.ownCountries()
	w.corefer()
	w.setPrepositions()
	sort.SliceStable(w.mentions, func(i, j int) bool { return w.mentions[i].First < w.mentions[j].First })
	// Ref indexes must follow the sort.
	d.Mentions = w.finish()
	return nil
}

// work is the state of one document's resolution.
type work struct {
	r        *Resolver
	d        *marsad.Document
	day      time.Time
	rule     string
	cands    []cand
	candAt   map[int]int // first token → index in cands
	mentions []mention
	added    int    // mentions added: no more of the list's storage has been written
	cover    []bool // per token: inside a mention made so far
}

// workPool keeps work values, whose candidate and mention lists are
// reused from document to document.
var workPool = sync.Pool{New: func() any { return new(work) }}

// reset prepares w for document d, keeping the lists' storage.
func (w *work) reset(r *Resolver, d *marsad.Document) {
	candAt := w.candAt
	if candAt == nil {
		candAt = map[int]int{}
	}
	*w = work{
		r: r, d: d, day: d.Published.UTC().Truncate(24 * time.Hour), rule: r.lex.Actors.Version,
		cands: w.cands[:0], candAt: candAt, mentions: w.mentions[:0],
	}
}

// release clears w, so that it keeps no document's data alive, and
// returns it to the pool.
func (w *work) release() {
	clear(w.cands) // only ever appended to
	clear(w.mentions[:min(w.added, cap(w.mentions))])
	clear(w.candAt)
	*w = work{cands: w.cands[:0], candAt: w.candAt, mentions: w.mentions[:0]}
	workPool.Put(w)
}

// cand is a lexicon match: the longest phrase at a token, with every entry
// that phrase names (several for an ambiguous name).
type cand struct {
	first, last int
	seg         arabic.Segmentation
	aliases     []lexicon.Alias
	used        bool // consumed by a composed mention
}

// names reports whether one of the candidate's entries is a. A candidate
// has a few entries: a scan beats a set.
func (c *cand) names(a *lexicon.Actor) bool {
	return slices.ContainsFunc(c.aliases, func(x lexicon.Alias) bool { return x.Actor == a })
}

// mention is a Mention under construction.
type mention struct {
	marsad.Mention
	id    int // stable id before sorting, for Ref
	ref   int // id of the antecedent, -1
	alts  []string
	actor *lexicon.Actor
	weak  bool
	seg   arabic.Segmentation // how the first token was segmented
	// people are the persons a short name may refer to, when several
	// share it; corefer picks the one named in full in the report.
	people []*lexicon.Actor
}

func (w *work) finish() []marsad.Mention {
	pos := make(map[int]int, len(w.mentions))
	for i, m := range w.mentions {
		pos[m.id] = i
	}
	out := make([]marsad.Mention, len(w.mentions))
	for i, m := range w.mentions {
		mm := m.Mention
		mm.Ref = -1
		if m.ref >= 0 {
			if p, ok := pos[m.ref]; ok {
				mm.Ref = p
			}
		}
		mm.Alternatives = m.alts
		out[i] = mm
	}
	return out
}

// findCandidates scans the tokens for lexicon phrases, leftmost-longest.
func (w *work) findCandidates() {
	toks := w.d.Tokens
	var ms []lexicon.Match[lexicon.Alias] // reused from token to token
	for i := 0; i < len(toks); {
		ms = w.r.lex.Actors.Index.AppendAt(ms[:0], toks, i)
		if len(ms) == 0 {
			i++
			continue
		}
		best := ms[0]
		c := cand{first: best.First, last: best.Last, seg: best.Seg}
		for _, m := range ms {
			if m.Last != best.Last || c.names(m.Val.Actor) {
				continue
			}
			// Different segmentations of one token may reach different
			// entries; keep only the least segmented reading's entries.
			if m.Seg.Pre != best.Seg.Pre || m.Seg.Suf != best.Seg.Suf {
				continue
			}
			c.aliases = append(c.aliases, m.Val)
		}
		w.candAt[c.first] = len(w.cands)
		w.cands = append(w.cands, c)
		i = c.last
	}
}

// maxQuotedName bounds, in words, a name set in quotation marks after the
// noun of its kind («وكالة "وفا"», «صحيفة "تشرين"»).
const maxQuotedName = 4

// quotedNames finds lexicon phrases whose name part is set in quotation
// marks: the marks are read through, so «وكالة "وفا"» is the entry «وكالة
// وفا». The candidate spans the marks.
func (w *work) quotedNames() {
	toks := w.d.Tokens
	added := false
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].Kind != marsad.Word || toks[i+1].Kind != marsad.QuoteMark {
			continue
		}
		prev, has := w.candAt[i]
		if !has && w.candCovers(i) || has && w.cands[prev].last != i+1 {
			continue // inside a longer phrase
		}
		end := -1
		for j := i + 2; j < len(toks) && j <= i+2+maxQuotedName; j++ {
			if toks[j].Kind == marsad.QuoteMark {
				end = j
				break
			}
			if toks[j].Kind != marsad.Word && toks[j].Kind != marsad.Latin {
				break
			}
		}
		if end < 0 || end == i+2 {
			continue
		}
		// The phrase without its marks: the noun, then the name's words.
		joined := make([]marsad.Token, 0, end-i)
		joined = append(joined, toks[i])
		joined = append(joined, toks[i+2:end]...)
		ms := w.r.lex.Actors.Index.At(joined, 0)
		if len(ms) == 0 || ms[0].Last != len(joined) {
			continue
		}
		best := ms[0]
		c := cand{first: i, last: end + 1, seg: best.Seg}
		for _, m := range ms {
			if m.Last == best.Last && !c.names(m.Val.Actor) {
				c.aliases = append(c.aliases, m.Val)
			}
		}
		// The name inside the marks may have been found on its own
		// («نيويورك تايمز»): the phrase takes its place.
		for j := i + 1; j <= end; j++ {
			if k, ok := w.candAt[j]; ok {
				w.cands[k].used = true
				delete(w.candAt, j)
			}
		}
		if has {
			w.cands[prev] = c // «صحيفة» alone was its kind only
		} else {
			w.candAt[c.first] = len(w.cands)
			w.cands = append(w.cands, c)
			added = true
		}
		i = end
	}
	if added {
		w.sortCands()
	}
}

// sortCands puts candidates added after the scan back in text order, as
// compose reads them, and indexes them again by first token.
func (w *work) sortCands() {
	slices.SortStableFunc(w.cands, func(a, b cand) int { return a.first - b.first })
	clear(w.candAt)
	for k, c := range w.cands {
		if !c.used {
			w.candAt[c.first] = k
		}
	}
}

// orgHeadNouns are the nouns that head organisations' names; the noun
// alone with the article («الحلف», «المنظمة», «الوكالة») refers back to
// the organisation of that kind named last.
var orgHeadNouns = map[string]bool{
	"حلف": true, "منظمه": true, "مجلس": true, "وكاله": true, "هيئه": true, "لجنه": true, "اتحاد": true,
	"جبهه": true, "حركه": true, "تحالف": true, "جماعه": true, "محكمه": true, "بعثه": true, "صندوق": true,
}

// maxOrgAnaphora bounds, in tokens, how far back the organisation a head
// noun refers to may have been named.
const maxOrgAnaphora = 400

// orgHeads adds a candidate for a head noun with the article that refers
// back to an organisation named before with that head («حلف شمال الأطلسي …
// مسؤولي الحلف»), so that it composes as the organisation does.
func (w *work) orgHeads() {
	toks := w.d.Tokens
	// Most documents name no organisation with a head noun: nothing to do.
	named := false
	for _, c := range w.cands {
		if a := c.aliases; len(a) == 1 && a[0].Kind == lexicon.OrgName && c.last-c.first > 1 {
			named = true
			break
		}
	}
	if !named {
		return
	}
	covered := make([]bool, len(toks))
	for _, c := range w.cands {
		for i := c.first; i < c.last && i < len(covered); i++ {
			covered[i] = true
		}
	}
	last := map[string]int{} // head noun → index of the organisation's latest candidate
	added := false
	n := len(w.cands)
	next := 0
	for i := range toks {
		for next < n && w.cands[next].first <= i {
			c := w.cands[next]
			if a := c.aliases; len(a) > 0 && a[0].Kind == lexicon.OrgName && len(a) == 1 {
				head := strings.TrimPrefix(toks[c.first].Norm, "ال")
				if c.seg.Stem != "" {
					head = strings.TrimPrefix(c.seg.Key(), "ال")
				}
				if orgHeadNouns[head] && c.last-c.first > 1 {
					last[head] = next
				}
			}
			next++
		}
		if toks[i].Kind != marsad.Word || covered[i] || len(last) == 0 || !strings.Contains(toks[i].Norm, "ال") {
			continue
		}
		for _, seg := range arabic.SegmentToken(toks[i]) {
			if !seg.Det || seg.Suf != "" {
				continue
			}
			stem := strings.TrimPrefix(seg.Key(), "ال")
			k, ok := last[stem]
			if !ok || i-w.cands[k].first > maxOrgAnaphora || i+1 < len(toks) && w.startsPhrase(i+1) {
				continue
			}
			if seg.Pre == "ال" {
				// The article is part of the name here: «مسؤولي الحلف» is a
				// genitive like «مسؤولي حلف شمال الأطلسي».
				seg = arabic.Segmentation{Stem: toks[i].Norm}
			}
			w.cands = append(w.cands, cand{first: i, last: i + 1, seg: seg, aliases: w.cands[k].aliases})
			added = true
			break
		}
	}
	if added {
		w.sortCands()
	}
}

// startsPhrase reports whether a candidate starts at token i: «المجلس
// الأعلى …» names something else.
func (w *work) startsPhrase(i int) bool {
	_, ok := w.candAt[i]
	return ok
}

// candCovers reports whether a candidate found by findCandidates spans
// token i.
func (w *work) candCovers(i int) bool {
	for _, c := range w.cands {
		if c.first <= i && i < c.last {
			return true
		}
	}
	return false
}

// span returns the Text span of tokens [first, last), without the
// proclitics of the first token (seg) and without its enclitic if the
// phrase is one token.
func (w *work) span(first, last int, seg arabic.Segmentation) marsad.Span {
	toks := w.d.Tokens
	start := toks[first].NormStart + seg.PreLen()
	if seg.Det && strings.HasSuffix(seg.Pre, "ال") {
		start -= 2 // the article, written out, belongs to the name (بالهجوم → الهجوم)
	}
	endTok := toks[last-1]
	end := endTok.NormStart + len([]rune(endTok.Norm))
	if last-1 == first {
		end -= seg.SufLen()
	}
	return w.d.NormSpan(start, end)
}

// add appends a mention and returns its id.
func (w *work) add(m mention) int {
	return w.addSegmented(m, w.candSeg(m.First))
}

// addSegmented adds a mention whose first token is segmented as seg: its
// proclitics are not part of the mention's span.
func (w *work) addSegmented(m mention, seg arabic.Segmentation) int {
	m.id = len(w.mentions)
	m.seg = seg
	if w.cover == nil {
		w.cover = make([]bool, len(w.d.Tokens))
	}
	for i := m.First; i < m.Last && i < len(w.cover); i++ {
		w.cover[i] = true
	}
	m.Mention.Span = w.span(m.First, m.Last, seg)
	w.mentions = append(w.mentions, m)
	w.added++
	return m.id
}

// candSeg returns the segmentation the lexicon found for token i, or none.
func (w *work) candSeg(i int) arabic.Segmentation {
	if ci, ok := w.candAt[i]; ok {
		return w.cands[ci].seg
	}
	return arabic.Segmentation{Stem: w.d.Tokens[i].Norm}
}
