package coder

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The extra gold set: hand-written gold files in ../testdata/gold for real
// articles of ../shared/data/news-ar-ant, referred to by their id (the texts
// are the publishers' and stay out of the project). See
// ../testdata/gold/README.md.
const (
	goldExtraDir    = "../testdata/gold"
	goldExtraDir2   = "../testdata/gold2"
	goldExtraDir3   = "../testdata/gold3"
	goldExtraDir4   = "../testdata/gold4"
	goldExtraDir5   = "../testdata/gold5"
	goldExtraCorpus = "../../shared/data/news-ar-ant/ant-v2.1-sample-3000.jsonl"
	goldExtraScorer = "../../shared/tools/gold-score"
)

// goldSets are the folders of extra gold files and the floors each must
// keep: the figures they were measured at, a little under, so that a change
// that loses ground on these real reports fails here.
var goldSets = []struct {
	dir                   string
	events, quotes, actor string
	forbidden             string
	why                   string
}{
	// The 42 files of ../testdata/gold, measured 2026-11-29 at events 0.57
	// (0.63 at the end of the day), quotes 0.94, actors 0.94 and one
	// forbidden claim, which is known: in AL-internationalNews-924-20180415
	// a plan «تدعو لعقد مؤتمر …، يقرر …، وتشكيل آلية …، لرعاية مفاوضات»
	// proposes talks that the rules read as held, because the relative
	// clause «يقرر …» ends the call's reach.
	// At the end of the fourth session: 0.68, 0.96, 0.95 and 1; of the
	// fifth: 0.69, 0.97, 0.95 and 1.
	{goldExtraDir, "0.65", "0.93", "0.92", "1", "first set"},
	// The 36 files of ../testdata/gold2, written blind on 2026-11-29 (second
	// session) in three batches, first scored at events 0.25, 0.39 and 0.38,
	// quotes 0.62, 0.76 and 0.65, actors 0.80, 0.84 and 0.84, with 10, 10 and
	// 14 forbidden claims; after the session's general fixes: events 0.39,
	// quotes 0.78, actors 0.87, 12 forbidden claims (see
	// ../testdata/gold2/README.md); at the end of the third session 0.41,
	// 0.81, 0.87 and 10; at the end of the fourth 0.44, 0.84, 0.89 and 8;
	// of the fifth 0.48, 0.90, 0.91 and 8.
	{goldExtraDir2, "0.45", "0.85", "0.88", "8", "second set"},
	// The 12 files of ../testdata/gold3, written blind in the third session
	// of 2026-11-29 and scored once before any change for them: events
	// 0.29, quotes 0.84, actors 0.86, 2 forbidden claims (see
	// ../testdata/gold3/README.md); after the session's fixes 0.39, 0.96,
	// 0.89 and 2; at the end of the fourth session 0.41, 0.96, 0.89 and 2;
	// of the fifth 0.43, 0.96, 0.89 and 2.
	{goldExtraDir3, "0.40", "0.92", "0.86", "2", "third set"},
	// The 36 files of ../testdata/gold4, written blind in the fourth session
	// in three batches, each scored once before any change for it: batch H
	// at events 0.31, quotes 0.80, actors 0.88, 5 forbidden claims; batch I
	// at 0.26, 0.76, 0.89 and 7; batch J at 0.33, 0.75, 0.88 and 7 (see
	// ../testdata/gold4/README.md); at the end of the session all 36 at
	// 0.33, 0.79, 0.90 and 14 (the session's starting coder: 0.27, 0.78,
	// 0.89 and 19).
	// At the end of the fifth session: 0.35, 0.84, 0.90 and 10.
	{goldExtraDir4, "0.33", "0.80", "0.88", "12", "fourth set"},
	// The 36 files of ../testdata/gold5, written blind in the fifth session
	// in three batches, each scored once before it was read: batch K at
	// events 0.30, quotes 0.86, actors 0.86, 5 forbidden claims; batch L at
	// 0.25, 0.69, 0.85 and 3; batch M, written to measure the session's end
	// and not read, at 0.45, 0.72, 0.87 and 4 (the session's starting coder:
	// 0.44, 0.72, 0.86 and 4). All 36 at the end of the session: 0.39, 0.85,
	// 0.89 and 10 (see ../testdata/gold5/README.md).
	{goldExtraDir5, "0.37", "0.82", "0.87", "10", "fifth set"},
}

// TestGoldExtra scores the coder on the extra gold sets with
// ../shared/tools/gold-score, logs the result, and fails below a set's
// floors. It fails when a gold file is malformed or does not fit its
// article, or when the coder crashes (gold-score exits 2). It skips when
// ../shared or python3 is absent.
func TestGoldExtra(t *testing.T) {
	for _, p := range []string{goldExtraCorpus, goldExtraScorer} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("skipping: %s not found (../shared is absent in a fresh clone)", p)
		}
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("skipping: gold-score needs python3")
	}
	bin := filepath.Join(t.TempDir(), "marsad")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/marsad").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, set := range goldSets {
		t.Run(set.why, func(t *testing.T) { scoreGoldSet(t, bin, set.dir, set.events, set.quotes, set.actor, set.forbidden) })
	}
}

// scoreGoldSet checks and scores the gold files of dir with the coder bin.
func scoreGoldSet(t *testing.T, bin, dir, minEvents, minQuotes, minActors, maxForbidden string) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no gold files in %s (%v)", dir, err)
	}

	// Read the gold files first: which articles they need.
	golds := map[string]goldExtraFile{}
	raw := map[string][]byte{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		g, err := decodeGoldExtra(b)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if want := strings.TrimSuffix(filepath.Base(p), ".json"); g.ID != want {
			t.Fatalf("%s: id %q, want %q (the file name)", p, g.ID, want)
		}
		golds[g.ID] = g
		raw[g.ID] = b
	}
	articles, err := readGoldExtraArticles(goldExtraCorpus, golds)
	if err != nil {
		t.Fatal(err)
	}

	tmp := t.TempDir()
	for id, g := range golds {
		a, ok := articles[id]
		if !ok {
			t.Fatalf("%s.json: article %q is not in %s", id, id, goldExtraCorpus)
		}
		if err := g.check(a); err != nil {
			t.Fatalf("%s.json: %v", id, err)
		}
		if err := os.WriteFile(filepath.Join(tmp, g.File), []byte(a.Text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(tmp, id+".json"), raw[id], 0o644); err != nil {
			t.Fatal(err)
		}
	}

	cmd := exec.Command(goldExtraScorer, "--gold", tmp, "--verbose",
		"--min-events", minEvents, "--min-quotes", minQuotes, "--min-actors", minActors, "--max-forbidden", maxForbidden,
		"--", bin, "code", "--format", "json")
	out, err := cmd.CombinedOutput()
	t.Logf("gold-score on the %d gold files of %s:\n%s", len(golds), dir, out)
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee) && ee.ExitCode() == 1:
		t.Errorf("below the floors on the extra gold files (gold-score exit 1); see the log")
	case errors.As(err, &ee) && ee.ExitCode() == 2:
		t.Fatalf("the coder failed on an article (gold-score exit 2)")
	default:
		t.Fatalf("gold-score failed: %v", err)
	}
}

// goldExtraArticle is one line of the news-ar-ant JSONL file.
type goldExtraArticle struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

// readGoldExtraArticles returns the articles of the JSONL file at path whose
// ids are in want.
func readGoldExtraArticles(path string, want map[string]goldExtraFile) (map[string]goldExtraArticle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	got := map[string]goldExtraArticle{}
	dec := json.NewDecoder(f)
	for {
		var a goldExtraArticle
		err := dec.Decode(&a)
		if err == io.EOF {
			return got, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		if _, ok := want[a.ID]; ok {
			got[a.ID] = a
		}
	}
}

// goldExtraFile is a gold file as ../shared/gold/README.md defines it, plus
// "source" (where the article is) and an optional "note".
type goldExtraFile struct {
	ID        string `json:"id"`
	File      string `json:"file"`
	Lang      string `json:"lang"`
	Source    string `json:"source"`
	Published string `json:"published"`
	Note      string `json:"note"`
	Complete  *bool  `json:"complete"`
	Actors    []struct {
		Text string `json:"text"`
		Code string `json:"code"`
	} `json:"actors"`
	Events    []goldExtraEvent `json:"events"`
	Forbidden []struct {
		Why               string          `json:"why"`
		Roots             []string        `json:"roots"`
		Modality          json.RawMessage `json:"modality"`
		Source            *string         `json:"source"`
		Target            *string         `json:"target"`
		EvidenceContains  string          `json:"evidence_contains"`
		AllowIfDateBefore string          `json:"allow_if_date_before"`
	} `json:"forbidden"`
	Quotes []struct {
		Speaker  string `json:"speaker"`
		Contains string `json:"contains"`
	} `json:"quotes"`
}

type goldExtraEvent struct {
	ID           string          `json:"id"`
	Source       *string         `json:"source"`
	Target       *string         `json:"target"`
	Roots        []string        `json:"roots"`
	Modality     json.RawMessage `json:"modality"`
	Symmetric    bool            `json:"symmetric"`
	DateOffset   *int            `json:"date_offset_days"`
	AttributedTo string          `json:"attributed_to"`
	Accept       []struct {
		Roots      []string        `json:"roots"`
		Modality   json.RawMessage `json:"modality"`
		DateOffset *int            `json:"date_offset_days"`
	} `json:"accept"`
}

// decodeGoldExtra parses a gold file strictly: unknown fields are errors.
func decodeGoldExtra(b []byte) (goldExtraFile, error) {
	var g goldExtraFile
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return g, err
	}
	if dec.More() {
		return g, errors.New("trailing data after the JSON object")
	}
	// gold-score reads every event's source and target keys (null: any).
	var keys struct {
		Events []map[string]json.RawMessage `json:"events"`
	}
	if err := json.Unmarshal(b, &keys); err != nil {
		return g, err
	}
	for i, e := range keys.Events {
		for _, k := range []string{"source", "target"} {
			if _, ok := e[k]; !ok {
				return g, fmt.Errorf("events[%d]: no %q (write null for any)", i, k)
			}
		}
	}
	return g, nil
}

var (
	goldExtraCode = regexp.MustCompile(`^[A-Z]{3}[A-Z0-9]*$`)
	goldExtraRoot = regexp.MustCompile(`^(0[1-9]|1[0-9]|20)$`)
	// As gold-score normalizes: no diacritics or tatweel, no quotation
	// marks, single spaces.
	goldExtraDiacritics = regexp.MustCompile("[\u064b-\u0652\u0670\u0640]")
	goldExtraQuoteMarks = regexp.MustCompile("[\u201c\u201d\u00ab\u00bb\"'\u2018\u2019]")
	goldExtraSpaces     = regexp.MustCompile(`\s+`)
)

func goldExtraNorm(s string) string {
	s = goldExtraDiacritics.ReplaceAllString(s, "")
	s = goldExtraQuoteMarks.ReplaceAllString(s, "")
	return strings.TrimSpace(goldExtraSpaces.ReplaceAllString(s, " "))
}

// check reports the first way g is malformed or does not fit its article a.
func (g goldExtraFile) check(a goldExtraArticle) error {
	text, norm := a.Text, goldExtraNorm(a.Text)
	switch {
	case g.File != g.ID+".txt":
		return fmt.Errorf("file %q, want %q", g.File, g.ID+".txt")
	case g.Lang != "ar":
		return fmt.Errorf("lang %q, want ar", g.Lang)
	case g.Source != "news-ar-ant":
		return fmt.Errorf("source %q, want news-ar-ant", g.Source)
	case g.Complete == nil:
		return errors.New("complete is missing")
	case len(g.Actors) == 0 || len(g.Events) == 0 && len(g.Forbidden) == 0:
		// A report with no political event (a feature story) is gold
		// for what must not be coded in it.
		return errors.New("no actors, or neither events nor forbidden claims")
	}
	if _, err := time.Parse("2006-01-02", g.Published); err != nil {
		return fmt.Errorf("published %q: want YYYY-MM-DD", g.Published)
	}
	pub, err := time.Parse(time.RFC3339, a.Published)
	if err != nil {
		return fmt.Errorf("article published %q: %v", a.Published, err)
	}
	if day := pub.UTC().Format("2006-01-02"); day != g.Published {
		return fmt.Errorf("published %s, but the article's published day is %s", g.Published, day)
	}
	for _, ac := range g.Actors {
		if !goldExtraCode.MatchString(ac.Code) {
			return fmt.Errorf("actor %q: bad code %q", ac.Text, ac.Code)
		}
		if ac.Text == "" || !strings.Contains(text, ac.Text) {
			return fmt.Errorf("actor %q is not in the article text", ac.Text)
		}
	}
	ids := map[string]bool{}
	for _, e := range g.Events {
		if e.ID == "" || ids[e.ID] {
			return fmt.Errorf("event id %q empty or repeated", e.ID)
		}
		ids[e.ID] = true
		if err := checkGoldExtraParty(e.Source, e.Target); err != nil {
			return fmt.Errorf("event %s: %v", e.ID, err)
		}
		if len(e.Accept) > 0 {
			if e.Roots != nil || e.Modality != nil || e.DateOffset != nil {
				return fmt.Errorf("event %s: accept excludes roots, modality and date_offset_days", e.ID)
			}
			for _, r := range e.Accept {
				if err := checkGoldExtraReading(r.Roots, r.Modality, false); err != nil {
					return fmt.Errorf("event %s: accept: %v", e.ID, err)
				}
			}
		} else if err := checkGoldExtraReading(e.Roots, e.Modality, false); err != nil {
			return fmt.Errorf("event %s: %v", e.ID, err)
		}
		if e.AttributedTo != "" && !strings.Contains(norm, goldExtraNorm(e.AttributedTo)) {
			return fmt.Errorf("event %s: attributed_to %q is not in the article text", e.ID, e.AttributedTo)
		}
	}
	for i, f := range g.Forbidden {
		if f.Why == "" {
			return fmt.Errorf("forbidden[%d]: no why", i)
		}
		if f.Roots == nil && f.Source == nil && f.Target == nil && f.EvidenceContains == "" {
			return fmt.Errorf("forbidden[%d]: no condition (it would forbid every event)", i)
		}
		if f.Roots != nil || f.Modality != nil {
			if err := checkGoldExtraReading(f.Roots, f.Modality, true); err != nil {
				return fmt.Errorf("forbidden[%d]: %v", i, err)
			}
		}
		if err := checkGoldExtraParty(f.Source, f.Target); err != nil {
			return fmt.Errorf("forbidden[%d]: %v", i, err)
		}
		if f.EvidenceContains != "" && !strings.Contains(norm, goldExtraNorm(f.EvidenceContains)) {
			return fmt.Errorf("forbidden[%d]: evidence_contains %q is not in the article text", i, f.EvidenceContains)
		}
		if f.AllowIfDateBefore != "" {
			if _, err := time.Parse("2006-01-02", f.AllowIfDateBefore); err != nil {
				return fmt.Errorf("forbidden[%d]: allow_if_date_before %q: want YYYY-MM-DD", i, f.AllowIfDateBefore)
			}
		}
	}
	for _, q := range g.Quotes {
		if !goldExtraCode.MatchString(q.Speaker) {
			return fmt.Errorf("quote %q: bad speaker code %q", q.Contains, q.Speaker)
		}
		if q.Contains == "" || !strings.Contains(norm, goldExtraNorm(q.Contains)) {
			return fmt.Errorf("quote %q is not in the article text", q.Contains)
		}
	}
	return nil
}

func checkGoldExtraParty(source, target *string) error {
	for _, p := range []*string{source, target} {
		if p != nil && !goldExtraCode.MatchString(*p) {
			return fmt.Errorf("bad actor code prefix %q", *p)
		}
	}
	return nil
}

// checkGoldExtraReading checks roots and a modality (a string or a list of
// strings). For a forbidden claim (optModality) both are optional: a claim
// with a modality and no roots forbids an act of any root so qualified,
// as gold-score reads it.
func checkGoldExtraReading(roots []string, modality json.RawMessage, optModality bool) error {
	if len(roots) == 0 && !optModality {
		return errors.New("no roots")
	}
	for _, r := range roots {
		if !goldExtraRoot.MatchString(r) {
			return fmt.Errorf("bad root %q (want 01…20)", r)
		}
	}
	if modality == nil {
		if optModality {
			return nil
		}
		return errors.New("no modality")
	}
	var one string
	var many []string
	if json.Unmarshal(modality, &one) == nil {
		many = []string{one}
	} else if err := json.Unmarshal(modality, &many); err != nil || len(many) == 0 {
		return fmt.Errorf("modality %s: want a string or a list of strings", modality)
	}
	for _, m := range many {
		switch m {
		case "asserted", "negated", "hypothetical":
		default:
			return fmt.Errorf("bad modality %q", m)
		}
	}
	return nil
}
