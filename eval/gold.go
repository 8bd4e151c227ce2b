package eval

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"

	"marsad"
	"marsad/ingest"
	"marsad/report"
)

// GoldDoc is one gold file, in the format of ../shared/gold/README.md.
type GoldDoc struct {
	ID        string      `json:"id"`
	File      string      `json:"file"` // the article, relative to the gold file's folder
	Lang      string      `json:"lang"`
	Published string      `json:"published"` // YYYY-MM-DD, given to the coder
	Complete  bool        `json:"complete"`  // every event worth coding is listed: extras count against precision
	Actors    []GoldActor `json:"actors"`
	Events    []GoldEvent `json:"events"`
	Forbidden []Forbidden `json:"forbidden"`
	Quotes    []GoldQuote `json:"quotes"`

	Path string `json:"-"` // the gold file itself
}

// GoldActor is a mention the coder must find: an output actor matches when
// its text and Text contain one another and its code starts with Code.
type GoldActor struct {
	Text string  `json:"text"`
	Code *string `json:"code"` // prefix; nil: any
}

// GoldQuote is a quotation the coder must attribute.
type GoldQuote struct {
	Speaker  *string `json:"speaker"`  // actor code prefix; nil: any
	Contains string  `json:"contains"` // words the extracted quote must contain (after norm)
}

// GoldEvent is an event the coder must find.
type GoldEvent struct {
	ID             string     `json:"id"`
	Source         *string    `json:"source"` // actor code prefix; nil: any, or none
	Target         *string    `json:"target"`
	Symmetric      bool       `json:"symmetric"` // source and target may be swapped
	Roots          []string   `json:"roots"`
	Modality       Modalities `json:"modality"`         // default asserted
	DateOffsetDays *int       `json:"date_offset_days"` // event date minus published; nil: any
	AttributedTo   string     `json:"attributed_to"`    // words of the cited source; "": any
	// Accept, when given, replaces Roots, Modality and DateOffsetDays: any of
	// its readings matches.
	Accept []Reading `json:"accept"`
}

// Reading is one accepted (roots, modality, date) reading of a gold event.
type Reading struct {
	Roots          []string   `json:"roots"`
	Modality       Modalities `json:"modality"`
	DateOffsetDays *int       `json:"date_offset_days"`
}

// Forbidden is a claim the coder must not make. Every condition it gives
// must hold for an event to violate it; as in gold-score, Modality is
// checked only together with Roots.
type Forbidden struct {
	Why               string     `json:"why"`
	Roots             []string   `json:"roots"`    // nil: any root (and any modality)
	Modality          Modalities `json:"modality"` // default asserted
	Source            *string    `json:"source"`
	Target            *string    `json:"target"`
	EvidenceContains  string     `json:"evidence_contains"`    // words of the evidence sentence (after norm)
	AllowIfDateBefore string     `json:"allow_if_date_before"` // YYYY-MM-DD: an event dated before it is background
}

// Modalities is a gold modality: one of asserted, negated, hypothetical, or
// a list of those accepted. Empty means asserted.
type Modalities []string

// UnmarshalJSON reads a string or a list of strings; null is the default
// (asserted).
func (m *Modalities) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*m = nil
		return nil
	}
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*m = Modalities{one}
		return nil
	}
	var list []string
	if err := json.Unmarshal(b, &list); err != nil {
		return fmt.Errorf("modality: want a string or a list of strings, got %s", b)
	}
	*m = list
	return nil
}

func (m Modalities) accepts(got string) bool {
	if len(m) == 0 {
		return got == string(marsad.Asserted)
	}
	return slices.Contains(m, got)
}

// String writes the accepted modalities as "asserted or hypothetical".
func (m Modalities) String() string {
	if len(m) == 0 {
		return string(marsad.Asserted)
	}
	return strings.Join(m, " or ")
}

// readings returns the readings a gold event accepts: its own, or Accept.
func (g *GoldEvent) readings() []Reading {
	if len(g.Accept) > 0 {
		return g.Accept
	}
	return []Reading{{Roots: g.Roots, Modality: g.Modality, DateOffsetDays: g.DateOffsetDays}}
}

// ReadGold reads and checks one gold file.
func ReadGold(path string) (GoldDoc, error) {
	var g GoldDoc
	b, err := os.ReadFile(path)
	if err != nil {
		return g, fmt.Errorf("eval: %w", err)
	}
	if err := json.Unmarshal(b, &g); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return g, fmt.Errorf("eval: %s:%d: %w", path, lineAt(b, se.Offset), err)
		}
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return g, fmt.Errorf("eval: %s:%d: %w", path, lineAt(b, te.Offset), err)
		}
		return g, fmt.Errorf("eval: %s: %w", path, err)
	}
	g.Path = path
	bad := func(format string, args ...any) (GoldDoc, error) {
		return g, fmt.Errorf("eval: %s: %s", path, fmt.Sprintf(format, args...))
	}
	if g.File == "" {
		return bad("no \"file\"")
	}
	if _, err := report.ParseDate(g.Published); err != nil {
		return bad("published %q: want YYYY-MM-DD", g.Published)
	}
	for i, e := range g.Events {
		if len(e.Accept) == 0 && len(e.Roots) == 0 {
			return bad("event %d (%s): no \"roots\" and no \"accept\"", i+1, e.ID)
		}
		for k, r := range e.Accept {
			if len(r.Roots) == 0 {
				return bad("event %d (%s): accept reading %d has no \"roots\"", i+1, e.ID, k+1)
			}
		}
	}
	for i, f := range g.Forbidden {
		if f.AllowIfDateBefore != "" {
			if _, err := time.Parse(time.DateOnly, f.AllowIfDateBefore); err != nil {
				return bad("forbidden %d: allow_if_date_before %q: want YYYY-MM-DD", i+1, f.AllowIfDateBefore)
			}
		}
	}
	return g, nil
}

// lineAt returns the 1-based line of byte offset off in b.
func lineAt(b []byte, off int64) int {
	if off > int64(len(b)) {
		off = int64(len(b))
	}
	return 1 + strings.Count(string(b[:off]), "\n")
}

// ReadGoldDir reads every *.json gold file of dir, in name order.
func ReadGoldDir(dir string) ([]GoldDoc, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	var out []GoldDoc
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		g, err := ReadGold(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("eval: no *.json gold files in %s", dir)
	}
	return out, nil
}

// Gold codes the article of every gold file in dir with p, as `marsad code
// --published DATE FILE` would (same decoding, same document id), and
// scores the output against the gold.
func Gold(ctx context.Context, p marsad.Pipeline, dir string) (*GoldReport, error) {
	golds, err := ReadGoldDir(dir)
	if err != nil {
		return nil, err
	}
	docs := make([]*marsad.Document, len(golds))
	for i, g := range golds {
		path := filepath.Join(filepath.Dir(g.Path), g.File)
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("eval: %s: %w", g.Path, err)
		}
		text, _, err := ingest.Decode(b)
		if err != nil {
			return nil, fmt.Errorf("eval: %s: %w", path, err)
		}
		published, _ := report.ParseDate(g.Published) // checked by ReadGold
		id := strings.TrimSuffix(filepath.Base(g.File), filepath.Ext(g.File))
		docs[i] = marsad.NewDocument(id, text, published)
	}
	scores := make([]DocScore, len(golds))
	err = codeAll(ctx, p, docs, func(i int, out report.Doc) error {
		scores[i] = Score(golds[i], out)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return NewGoldReport(dir, scores), nil
}

// DocScore is the score of one coded document against its gold.
type DocScore struct {
	ID     string `json:"id"`
	Events Count  `json:"events"` // gold events paired with an output event
	Quotes Count  `json:"quotes"`
	Actors Count  `json:"actors"`
	// Judged counts the output events paired with a gold event, out of all
	// output events; only for gold marked complete (nil otherwise).
	Judged       *Count         `json:"judged,omitempty"`
	MissedEvents []Miss         `json:"missed_events"`
	MissedQuotes []Miss         `json:"missed_quotes"`
	MissedActors []Miss         `json:"missed_actors"`
	Forbidden    []ForbiddenHit `json:"forbidden"`
}

// Miss is a gold item the output lacks, with why: for an event, the
// closest output event and the condition it failed.
type Miss struct {
	ID     string `json:"id"` // event id, quote words or actor text
	Reason string `json:"reason"`
}

// ForbiddenHit is an output event that violates a forbidden rule.
type ForbiddenHit struct {
	Why      string `json:"why"`
	Rule     int    `json:"rule"`       // index into the gold's forbidden list
	Event    int    `json:"event"`      // index into the output's events
	Summary  string `json:"summary"`    // the event in one line: code, parties, modality, date, trigger
	Evidence string `json:"evidence"`   // the event's evidence sentence
	EvRule   string `json:"event_rule"` // the rule (and model) that coded the event
}

// Score scores one coded document against its gold, with gold-score's
// rules: see ../shared/gold/README.md.
func Score(g GoldDoc, out report.Doc) DocScore {
	published, _ := report.ParseDate(g.Published)
	s := DocScore{ID: g.ID, MissedEvents: []Miss{}, MissedQuotes: []Miss{}, MissedActors: []Miss{}, Forbidden: []ForbiddenHit{}}
	events := out.Events

	// Events: one-to-one maximum matching.
	edges := make([][]int, len(g.Events))
	for i := range g.Events {
		for j := range events {
			if len(g.Events[i].failures(&events[j], published)) == 0 {
				edges[i] = append(edges[i], j)
			}
		}
	}
	matched, owner := maxMatching(edges, len(events))
	s.Events = Count{Total: len(g.Events)}
	for i := range g.Events {
		if matched[i] {
			s.Events.Hit++
			continue
		}
		id := g.Events[i].ID
		if id == "" {
			id = "?"
		}
		s.MissedEvents = append(s.MissedEvents, Miss{ID: id, Reason: explainMiss(g, i, events, edges[i], owner, published)})
	}
	if g.Complete {
		used := 0
		for _, o := range owner {
			if o >= 0 {
				used++
			}
		}
		s.Judged = &Count{Hit: used, Total: len(events)}
	}

	// Forbidden: every (rule, event) pair that violates.
	for k := range g.Forbidden {
		for j := range events {
			if g.Forbidden[k].hit(&events[j]) {
				why := g.Forbidden[k].Why
				if why == "" {
					why = "?"
				}
				s.Forbidden = append(s.Forbidden, ForbiddenHit{Why: why, Rule: k, Event: j,
					Summary: eventSummary(j, &events[j]), Evidence: events[j].Evidence.Sentence, EvRule: ruleString(&events[j])})
			}
		}
	}

	// Quotes.
	s.Quotes = Count{Total: len(g.Quotes)}
	for _, q := range g.Quotes {
		want := norm(q.Contains)
		ok, near := false, ""
		for _, oq := range out.Quotes {
			if !strings.Contains(norm(oq.Text), want) {
				continue
			}
			code, has := partyCode(oq.Speaker)
			if prefixOK(q.Speaker, code, has) {
				ok = true
				break
			}
			if near == "" {
				near = "a quote contains the words but its speaker " + partyDesc(code, has) + " does not start with " + deref(q.Speaker)
			}
		}
		if ok {
			s.Quotes.Hit++
			continue
		}
		if near == "" {
			near = "no quote contains these words"
		}
		s.MissedQuotes = append(s.MissedQuotes, Miss{ID: deref(q.Speaker) + " «" + truncate(q.Contains, 60) + "»", Reason: near})
	}

	// Actors.
	s.Actors = Count{Total: len(g.Actors)}
	for _, a := range g.Actors {
		ok, near := false, ""
		for _, oa := range out.Actors {
			if !textsOverlap(a.Text, oa.Text) {
				continue
			}
			if prefixOK(a.Code, oa.Code, true) {
				ok = true
				break
			}
			if near == "" {
				near = fmt.Sprintf("mention «%s» is coded %s, want a code starting with %s", oa.Text, codeOrQ(oa.Code), deref(a.Code))
			}
		}
		if ok {
			s.Actors.Hit++
			continue
		}
		if near == "" {
			near = "no actor mention contains it or lies inside it"
		}
		s.MissedActors = append(s.MissedActors, Miss{ID: a.Text + " (" + deref(a.Code) + ")", Reason: near})
	}
	return s
}

// textsOverlap is gold-score's actor text test: each contains the other,
// an empty output text matching nothing.
func textsOverlap(gold, got string) bool {
	return strings.Contains(got, gold) || (got != "" && strings.Contains(gold, got))
}

// maxMatching pairs gold events with output events one to one, as many as
// possible, by augmenting paths, trying golds in order and each gold's
// events in output order (as gold-score does, so the same golds are left
// unmatched). owner[j] is the gold paired with output event j, or -1.
func maxMatching(edges [][]int, nEvents int) (matched []bool, owner []int) {
	owner = make([]int, nEvents)
	for j := range owner {
		owner[j] = -1
	}
	var augment func(i int, seen []bool) bool
	augment = func(i int, seen []bool) bool {
		for _, j := range edges[i] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if owner[j] < 0 || augment(owner[j], seen) {
				owner[j] = i
				return true
			}
		}
		return false
	}
	matched = make([]bool, len(edges))
	for i := range edges {
		matched[i] = augment(i, make([]bool, nEvents))
	}
	return matched, owner
}

// failures lists the conditions of g that output event ev fails, in the
// order root, source, target, modality, date, attributed_to; none means ev
// matches g. With several readings, the failures of the reading ev comes
// closest to are given (a wrong root weighs most).
func (g *GoldEvent) failures(ev *report.Event, published time.Time) []string {
	src, hasSrc := partyCode(ev.Source)
	tgt, hasTgt := partyCode(ev.Target)
	parties := partyFailures(g.Source, g.Target, src, hasSrc, tgt, hasTgt)
	if len(parties) > 0 && g.Symmetric {
		if swapped := partyFailures(g.Source, g.Target, tgt, hasTgt, src, hasSrc); len(swapped) == 0 {
			parties = nil
		} else {
			for k := range parties {
				parties[k] += " (nor swapped)"
			}
		}
	}
	var best []string
	bestWeight := -1
	for _, r := range g.readings() {
		var f []string
		weight := 0
		if !slices.Contains(r.Roots, ev.Root) {
			f = append(f, fmt.Sprintf("root %s not %s", orQ(ev.Root), rootsString(r.Roots)))
			weight += 100
		}
		if !r.Modality.accepts(ev.Modality) {
			f = append(f, fmt.Sprintf("modality was %s, want %s", orQ(ev.Modality), r.Modality))
			weight++
		}
		if r.DateOffsetDays != nil {
			day := published.AddDate(0, 0, *r.DateOffsetDays).Format(time.DateOnly)
			if ev.Date != day {
				got := "no date"
				if ev.Date != "" {
					got = "date " + ev.Date
				}
				f = append(f, fmt.Sprintf("%s not published%+d (%s)", got, *r.DateOffsetDays, day))
				weight++
			}
		}
		if bestWeight < 0 || weight < bestWeight {
			best, bestWeight = f, weight
		}
		if weight == 0 {
			break
		}
	}
	var out []string
	if len(best) > 0 && strings.HasPrefix(best[0], "root ") {
		out, best = append(out, best[0]), best[1:]
	}
	out = append(out, parties...)
	out = append(out, best...)
	if g.AttributedTo != "" && !strings.Contains(norm(ev.AttributedTo), norm(g.AttributedTo)) {
		if ev.AttributedTo == "" {
			out = append(out, fmt.Sprintf("not attributed to a source, want «%s»", g.AttributedTo))
		} else {
			out = append(out, fmt.Sprintf("attributed_to «%s» does not contain «%s»", ev.AttributedTo, g.AttributedTo))
		}
	}
	return out
}

func partyFailures(wantSrc, wantTgt *string, src string, hasSrc bool, tgt string, hasTgt bool) []string {
	var f []string
	if !prefixOK(wantSrc, src, hasSrc) {
		f = append(f, partyFailure("source", *wantSrc, src, hasSrc))
	}
	if !prefixOK(wantTgt, tgt, hasTgt) {
		f = append(f, partyFailure("target", *wantTgt, tgt, hasTgt))
	}
	return f
}

func partyFailure(role, want, got string, has bool) string {
	if !has {
		return fmt.Sprintf("no %s, want %s", role, want)
	}
	if got == "" {
		return fmt.Sprintf("%s has no code, want %s", role, want)
	}
	return fmt.Sprintf("%s code %s does not start with %s", role, got, want)
}

// explainMiss says why gold event i found no partner.
func explainMiss(g GoldDoc, i int, events []report.Event, edges []int, owner []int, published time.Time) string {
	ge := &g.Events[i]
	if len(edges) > 0 {
		j := edges[0]
		other := "?"
		if o := owner[j]; o >= 0 && g.Events[o].ID != "" {
			other = g.Events[o].ID
		}
		return fmt.Sprintf("%s matches but is paired with gold event %s (every matching event is taken)", eventSummary(j, &events[j]), other)
	}
	if len(events) == 0 {
		return "no events were coded"
	}
	best, bestF := -1, []string(nil)
	for j := range events {
		f := ge.failures(&events[j], published)
		if len(f) > 0 && strings.HasPrefix(f[0], "root ") {
			continue
		}
		if best < 0 || len(f) < len(bestF) {
			best, bestF = j, f
		}
	}
	if best < 0 {
		var roots []string
		for _, r := range ge.readings() {
			for _, root := range r.Roots {
				if !slices.Contains(roots, root) {
					roots = append(roots, root)
				}
			}
		}
		return "no event with " + rootsNoun(roots)
	}
	return fmt.Sprintf("closest %s: %s", eventSummary(best, &events[best]), strings.Join(bestF, "; "))
}

// hit reports whether ev violates the rule, as gold-score's forbidden_hit.
func (f *Forbidden) hit(ev *report.Event) bool {
	if f.AllowIfDateBefore != "" {
		day := ev.Date
		if day == "" {
			day = "9999"
		}
		if day < f.AllowIfDateBefore {
			return false
		}
	}
	if f.Roots != nil && (!slices.Contains(f.Roots, ev.Root) || !f.Modality.accepts(ev.Modality)) {
		return false
	}
	if src, has := partyCode(ev.Source); !prefixOK(f.Source, src, has) {
		return false
	}
	if tgt, has := partyCode(ev.Target); !prefixOK(f.Target, tgt, has) {
		return false
	}
	if f.EvidenceContains != "" && !strings.Contains(norm(ev.Evidence.Sentence), norm(f.EvidenceContains)) {
		return false
	}
	return true
}

// partyCode returns an event party's code; has is false when there is no
// party (JSON null), as distinct from a party with an empty code.
func partyCode(p *report.Party) (code string, has bool) {
	if p == nil {
		return "", false
	}
	return p.Code, true
}

// prefixOK is gold-score's prefix_ok: a nil gold prefix accepts anything,
// including no party.
func prefixOK(gold *string, code string, has bool) bool {
	if gold == nil {
		return true
	}
	return has && strings.HasPrefix(code, *gold)
}

// Characters gold-score's norm() removes.
const (
	fathatan     = '\u064B' // first of the harakat gold-score strips (U+064B-U+0652)
	sukun        = '\u0652' // last of them
	superscriptA = '\u0670' // superscript alef
	tatweel      = '\u0640'
)

// isQuoteMark reports whether r is one of the quotation marks gold-score
// strips: “ ” « » " ' ‘ ’.
func isQuoteMark(r rune) bool {
	switch r {
	case '\u201C', '\u201D', '\u00AB', '\u00BB', '"', '\'', '\u2018', '\u2019':
		return true
	}
	return false
}

// isPySpace reports whether Python's str regex \s (and str.strip) treats r
// as white space: Unicode white space plus the separators U+001C-U+001F.
func isPySpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1C && r <= 0x1F) }

// norm is gold-score's norm(): it drops diacritics (U+064B-U+0652, U+0670),
// tatweel and quotation marks, collapses white space to one space and trims.
func norm(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r >= fathatan && r <= sukun, r == superscriptA, r == tatweel, isQuoteMark(r):
			continue
		case isPySpace(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// eventSummary describes output event j in one line.
func eventSummary(j int, e *report.Event) string {
	var b strings.Builder
	fmt.Fprintf(&b, "#%d %s %s→%s %s", j, orQ(e.CAMEO), partyShort(e.Source), partyShort(e.Target), orQ(e.Modality))
	if e.Date != "" {
		b.WriteString(" " + e.Date)
	}
	if e.Trigger != "" {
		fmt.Fprintf(&b, " «%s»", e.Trigger)
	}
	if e.AttributedTo != "" {
		fmt.Fprintf(&b, " (according to %s)", e.AttributedTo)
	}
	return b.String()
}

// ruleString names what produced an event: its rule and model.
func ruleString(e *report.Event) string {
	s := e.Rule
	if e.Model != "" {
		s += " model " + e.Model
	}
	return s
}

func partyShort(p *report.Party) string {
	if p == nil {
		return "-"
	}
	return codeOrQ(p.Code)
}

func partyDesc(code string, has bool) string {
	if !has {
		return "(none)"
	}
	return codeOrQ(code)
}

func codeOrQ(code string) string {
	if code == "" {
		return "?"
	}
	return code
}

func orQ(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func deref(s *string) string {
	if s == nil {
		return "any"
	}
	return *s
}

// rootsString writes roots as "in 17/18/19/20" or "14".
func rootsString(roots []string) string {
	if len(roots) == 1 {
		return roots[0]
	}
	return "in " + strings.Join(roots, "/")
}

// rootsNoun writes roots as "root 14" or "roots 17, 18, 19 or 20".
func rootsNoun(roots []string) string {
	switch len(roots) {
	case 0:
		return "any root"
	case 1:
		return "root " + roots[0]
	}
	return "roots " + strings.Join(roots[:len(roots)-1], ", ") + " or " + roots[len(roots)-1]
}

// GoldReport is the score of a gold folder, summed over its documents as
// gold-score sums them.
type GoldReport struct {
	Dir       string     `json:"dir"`
	Docs      []DocScore `json:"docs"`
	Events    Count      `json:"events"`
	Quotes    Count      `json:"quotes"`
	Actors    Count      `json:"actors"`
	Judged    Count      `json:"judged"` // over documents whose gold is complete
	Forbidden int        `json:"forbidden"`

	EventRecall float64  `json:"event_recall"`
	QuoteRecall float64  `json:"quote_recall"`
	ActorRecall float64  `json:"actor_recall"`
	Precision   *float64 `json:"precision"` // Judged's ratio; nil when no gold is complete
	// Short names the bounds not met, once Check has run.
	Short []string `json:"short"`
}

// NewGoldReport sums document scores.
func NewGoldReport(dir string, docs []DocScore) *GoldReport {
	r := &GoldReport{Dir: dir, Docs: docs, Short: []string{}}
	for _, d := range docs {
		r.Events.add(d.Events)
		r.Quotes.add(d.Quotes)
		r.Actors.add(d.Actors)
		if d.Judged != nil {
			r.Judged.add(*d.Judged)
		}
		r.Forbidden += len(d.Forbidden)
	}
	r.EventRecall, r.QuoteRecall, r.ActorRecall = r.Events.Ratio(), r.Quotes.Ratio(), r.Actors.Ratio()
	if r.Judged.Total > 0 {
		p := r.Judged.Ratio()
		r.Precision = &p
	}
	return r
}

// Bounds are the figures a gold run must reach; nil fields are not checked.
type Bounds struct {
	MinEvents, MinQuotes, MinActors, MinPrecision *float64
	MaxForbidden                                  *int
}

// Check records in r.Short, and returns, the bounds r does not meet, named
// as gold-score names them. A precision bound fails when no gold is
// complete.
func (r *GoldReport) Check(b Bounds) []string {
	r.Short = []string{}
	below := func(bound *float64, v float64) bool { return bound != nil && v < *bound }
	if below(b.MinEvents, r.EventRecall) {
		r.Short = append(r.Short, "events")
	}
	if below(b.MinQuotes, r.QuoteRecall) {
		r.Short = append(r.Short, "quotes")
	}
	if below(b.MinActors, r.ActorRecall) {
		r.Short = append(r.Short, "actors")
	}
	prec := 0.0
	if r.Precision != nil {
		prec = *r.Precision
	}
	if below(b.MinPrecision, prec) {
		r.Short = append(r.Short, "precision")
	}
	if b.MaxForbidden != nil && r.Forbidden > *b.MaxForbidden {
		r.Short = append(r.Short, "forbidden")
	}
	return r.Short
}

// Line returns the document's line in gold-score's format.
func (d *DocScore) Line() string {
	return fmt.Sprintf("%s: events %d/%d quotes %d/%d actors %d/%d forbidden %d", d.ID,
		d.Events.Hit, d.Events.Total, d.Quotes.Hit, d.Quotes.Total, d.Actors.Hit, d.Actors.Total, len(d.Forbidden))
}

// Summary returns the totals line in gold-score's format, prefixed with
// "short: …" when Check found bounds not met.
func (r *GoldReport) Summary() string {
	var b strings.Builder
	if len(r.Short) > 0 {
		fmt.Fprintf(&b, "short: %s ", strings.Join(r.Short, ","))
	}
	fmt.Fprintf(&b, "docs %d event-recall %.2f quote-recall %.2f actor-recall %.2f forbidden %d",
		len(r.Docs), r.EventRecall, r.QuoteRecall, r.ActorRecall, r.Forbidden)
	if r.Precision != nil {
		fmt.Fprintf(&b, " precision %.2f", *r.Precision)
	}
	return b.String()
}

// WriteText writes the report for a reader: per document its line, every
// missed event with the reason, missed quotes and actors, forbidden hits
// with their evidence; then the totals line.
func (r *GoldReport) WriteText(w io.Writer) error {
	var b strings.Builder
	for i := range r.Docs {
		d := &r.Docs[i]
		b.WriteString(d.Line() + "\n")
		if d.Judged != nil {
			fmt.Fprintf(&b, "  precision %d/%d output events paired (gold is complete)\n", d.Judged.Hit, d.Judged.Total)
		}
		for _, m := range d.MissedEvents {
			fmt.Fprintf(&b, "  missed event %s: %s\n", m.ID, m.Reason)
		}
		for _, m := range d.MissedQuotes {
			fmt.Fprintf(&b, "  missed quote %s: %s\n", m.ID, m.Reason)
		}
		for _, m := range d.MissedActors {
			fmt.Fprintf(&b, "  missed actor %s: %s\n", m.ID, m.Reason)
		}
		for _, f := range d.Forbidden {
			fmt.Fprintf(&b, "  forbidden (rule %d: %s)\n    by %s  [%s]\n    in «%s»\n", f.Rule+1, f.Why, f.Summary, f.EvRule, f.Evidence)
		}
	}
	b.WriteString(r.Summary() + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}
