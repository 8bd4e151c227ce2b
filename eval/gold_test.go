package eval

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"marsad/report"
)

// ev writes an output event as gold-score reads it; "-" for a party means
// none (JSON null), "" a party without a code.
func ev(src, tgt, root, modality, date string, extra ...string) string {
	party := func(code string) string {
		if code == "-" {
			return "null"
		}
		return fmt.Sprintf(`{"code":%q,"text":"x"}`, code)
	}
	s := fmt.Sprintf(`{"source":%s,"target":%s,"cameo":"%s0","root":%q,"modality":%q`, party(src), party(tgt), root, root, modality)
	if date != "" {
		s += fmt.Sprintf(`,"date":%q`, date)
	}
	for _, e := range extra {
		s += "," + e
	}
	return s + `,"trigger":"t","rule":"r"}`
}

// goldCase is a hand-made gold file and coder output, with the line
// gold-score prints for them.
type goldCase struct {
	name    string
	gold    string   // members added to a gold object published 2018-05-05
	out     string   // members added to the output object
	line    string   // DocScore.Line() after "case: "
	reasons []string // substrings of the missed-event reasons, in order
	judged  string   // "h/n" when the gold is complete
}

var goldCases = []goldCase{
	{
		name: "symmetric pair matches swapped",
		gold: `"events":[{"id":"call","source":"ISR","target":"RUS","symmetric":true,"roots":["04"],"modality":"asserted"}]`,
		out:  `"events":[` + ev("RUSGOV", "ISRGOV", "04", "asserted", "2018-05-05") + `]`,
		line: "events 1/1 quotes 0/0 actors 0/0 forbidden 0",
	},
	{
		name:    "not symmetric: swapped parties miss",
		gold:    `"events":[{"id":"urge","source":"RUS","target":"ISR","roots":["02"],"modality":"asserted"}]`,
		out:     `"events":[` + ev("ISRGOV", "RUSGOV", "02", "asserted", "") + `]`,
		line:    "events 0/1 quotes 0/0 actors 0/0 forbidden 0",
		reasons: []string{"source code ISRGOV does not start with RUS; target code RUSGOV does not start with ISR"},
	},
	{
		name: "accept: express intent reading",
		gold: `"events":[{"id":"meet","source":"ISR","target":"RUS","symmetric":true,"accept":[{"roots":["04"],"modality":"hypothetical","date_offset_days":4},{"roots":["03"],"modality":"asserted"}]}]`,
		out:  `"events":[` + ev("ISRGOV", "RUSGOV", "03", "asserted", "2018-05-05") + `]`,
		line: "events 1/1 quotes 0/0 actors 0/0 forbidden 0",
	},
	{
		name: "accept: planned act on its day",
		gold: `"events":[{"id":"meet","source":"ISR","target":"RUS","accept":[{"roots":["04"],"modality":"hypothetical","date_offset_days":4},{"roots":["03"]}]}]`,
		out:  `"events":[` + ev("ISRGOV", "RUSGOV", "04", "hypothetical", "2018-05-09") + `]`,
		line: "events 1/1 quotes 0/0 actors 0/0 forbidden 0",
	},
	{
		name:    "accept: planned act asserted and misdated",
		gold:    `"events":[{"id":"meet","source":"ISR","target":"RUS","accept":[{"roots":["04"],"modality":"hypothetical","date_offset_days":4},{"roots":["03"]}]}]`,
		out:     `"events":[` + ev("ISRGOV", "RUSGOV", "04", "asserted", "2018-05-12") + `]`,
		line:    "events 0/1 quotes 0/0 actors 0/0 forbidden 0",
		reasons: []string{"modality was asserted, want hypothetical; date 2018-05-12 not published+4 (2018-05-09)"},
	},
	{
		name: "accept ignores the event's own date offset",
		gold: `"events":[{"id":"meet","source":"ISR","target":null,"date_offset_days":-3,"accept":[{"roots":["03"]}]}]`,
		out:  `"events":[` + ev("ISRGOV", "-", "03", "asserted", "2018-05-05") + `]`,
		line: "events 1/1 quotes 0/0 actors 0/0 forbidden 0",
	},
	{
		name: "date offset in the past",
		gold: `"events":[{"id":"call-monday","source":"ISR","target":"RUS","roots":["04"],"modality":"asserted","date_offset_days":-5}]`,
		out:  `"events":[` + ev("ISRGOV", "RUSGOV", "04", "asserted", "2018-04-30") + `]`,
		line: "events 1/1 quotes 0/0 actors 0/0 forbidden 0",
	},
	{
		name:    "date offset: undated event",
		gold:    `"events":[{"id":"call-monday","source":"ISR","target":"RUS","roots":["04"],"modality":"asserted","date_offset_days":-5}]`,
		out:     `"events":[` + ev("ISRGOV", "RUSGOV", "04", "asserted", "") + `]`,
		line:    "events 0/1 quotes 0/0 actors 0/0 forbidden 0",
		reasons: []string{"no date not published-5 (2018-04-30)"},
	},
	{
		name: "modality list accepts either",
		gold: `"events":[{"id":"a","source":"USA","target":null,"roots":["13"],"modality":["asserted","hypothetical"]},{"id":"b","source":"USA","target":null,"roots":["13"],"modality":["asserted","hypothetical"]}]`,
		out:  `"events":[` + ev("USAGOV", "-", "13", "hypothetical", "") + `,` + ev("USAGOV", "IRN", "13", "asserted", "") + `]`,
		line: "events 2/2 quotes 0/0 actors 0/0 forbidden 0",
	},
	{
		name:    "modality list rejects negated",
		gold:    `"events":[{"id":"a","source":"USA","target":null,"roots":["13"],"modality":["asserted","hypothetical"]}]`,
		out:     `"events":[` + ev("USAGOV", "-", "13", "negated", "") + `]`,
		line:    "events 0/1 quotes 0/0 actors 0/0 forbidden 0",
		reasons: []string{"modality was negated, want asserted or hypothetical"},
	},
	{
		name:    "no event with the root",
		gold:    `"events":[{"id":"protest","source":"PSE","target":null,"roots":["14"],"modality":"asserted"}]`,
		out:     `"events":[` + ev("ISRMIL", "PSE", "19", "asserted", "") + `]`,
		line:    "events 0/1 quotes 0/0 actors 0/0 forbidden 0",
		reasons: []string{"no event with root 14"},
	},
	{
		name:    "no events at all",
		gold:    `"events":[{"id":"kill","source":"ISR","target":"PSE","roots":["18","19","20"]}]`,
		out:     `"events":[]`,
		line:    "events 0/1 quotes 0/0 actors 0/0 forbidden 0",
		reasons: []string{"no events were coded"},
	},
	{
		name:    "target wanted, none coded",
		gold:    `"events":[{"id":"kill","source":"ISR","target":"PSE","roots":["18","19","20"]}]`,
		out:     `"events":[` + ev("ISRMIL", "-", "19", "asserted", "") + `,` + ev("", "PSE", "19", "asserted", "") + `]`,
		line:    "events 0/1 quotes 0/0 actors 0/0 forbidden 0",
		reasons: []string{"closest #0 190 ISRMIL→- asserted «t»: no target, want PSE"},
	},
	{
		name: "null source and target accept none",
		gold: `"events":[{"id":"struck","source":null,"target":null,"roots":["19"],"modality":"asserted"}]`,
		out:  `"events":[` + ev("-", "-", "19", "asserted", "") + `]`,
		line: "events 1/1 quotes 0/0 actors 0/0 forbidden 0",
	},
	{
		name: "attributed_to after norm",
		gold: `"events":[{"id":"ask","source":"ISR","target":"USA","roots":["02"],"modality":"asserted","attributed_to":"نيويورك تايمز"}]`,
		out:  `"events":[` + ev("ISRGOV", "USAGOV", "02", "asserted", "", `"attributed_to":"صحيفة «نيويـورك   تايمزُ»"`) + `]`,
		line: "events 1/1 quotes 0/0 actors 0/0 forbidden 0",
	},
	{
		name:    "attributed_to missing",
		gold:    `"events":[{"id":"ask","source":"ISR","target":"USA","roots":["02"],"modality":"asserted","attributed_to":"نيويورك تايمز"}]`,
		out:     `"events":[` + ev("ISRGOV", "USAGOV", "02", "asserted", "") + `]`,
		line:    "events 0/1 quotes 0/0 actors 0/0 forbidden 0",
		reasons: []string{"not attributed to a source, want «نيويورك تايمز»"},
	},
	{
		name:    "one to one: a single event pairs once",
		gold:    `"events":[{"id":"a","source":"RUS","target":null,"roots":["04"]},{"id":"b","source":"RUS","target":null,"roots":["04"]}]`,
		out:     `"events":[` + ev("RUSGOV", "-", "04", "asserted", "") + `]`,
		line:    "events 1/2 quotes 0/0 actors 0/0 forbidden 0",
		reasons: []string{"#0 040 RUSGOV→- asserted «t» matches but is paired with gold event a"},
	},
	{
		name: "augmenting path frees an event",
		gold: `"events":[{"id":"wide","source":"RUS","target":null,"roots":["04"]},{"id":"narrow","source":"RUS","target":"ISR","roots":["04"]}]`,
		out:  `"events":[` + ev("RUSGOV", "ISRGOV", "04", "asserted", "") + `,` + ev("RUSGOV", "-", "04", "asserted", "") + `]`,
		line: "events 2/2 quotes 0/0 actors 0/0 forbidden 0",
	},
	{
		name:   "complete gold counts precision",
		gold:   `"complete":true,"events":[{"id":"a","source":"RUS","target":null,"roots":["04"]}]`,
		out:    `"events":[` + ev("RUSGOV", "-", "04", "asserted", "") + `,` + ev("RUSGOV", "-", "11", "asserted", "") + `,` + ev("IRN", "-", "04", "asserted", "") + `]`,
		line:   "events 1/1 quotes 0/0 actors 0/0 forbidden 0",
		judged: "1/3",
	},
	{
		name: "forbidden: background dated before is allowed",
		gold: `"forbidden":[{"why":"war recalled","roots":["19"],"modality":"asserted","allow_if_date_before":"2018-01-01"}]`,
		out:  `"events":[` + ev("ISR", "LBN", "19", "asserted", "2006-07-12") + `]`,
		line: "events 0/0 quotes 0/0 actors 0/0 forbidden 0",
	},
	{
		name: "forbidden: undated event is not background",
		gold: `"forbidden":[{"why":"war recalled","roots":["19"],"modality":"asserted","allow_if_date_before":"2018-01-01"}]`,
		out:  `"events":[` + ev("ISR", "LBN", "19", "asserted", "") + `,` + ev("ISR", "LBN", "19", "asserted", "2018-05-05") + `]`,
		line: "events 0/0 quotes 0/0 actors 0/0 forbidden 2",
	},
	{
		name: "forbidden: every given condition must hold",
		gold: `"forbidden":[{"why":"no US attack","roots":["18","19","20"],"modality":"asserted","source":"USA"}]`,
		out: `"events":[` + ev("USAMIL", "SYR", "19", "negated", "") + `,` + ev("-", "SYR", "19", "asserted", "") + `,` +
			ev("ISR", "SYR", "19", "asserted", "") + `,` + ev("USAMIL", "SYR", "19", "asserted", "") + `]`,
		line: "events 0/0 quotes 0/0 actors 0/0 forbidden 1",
	},
	{
		name: "forbidden: evidence alone, any root or modality",
		gold: `"forbidden":[{"why":"read also link","evidence_contains":"جيش الإسلام من الغوطة"},{"why":"mod without roots","modality":"negated","evidence_contains":"الغوطة"}]`,
		out: `"events":[` + ev("SYR", "-", "04", "hypothetical", "", `"evidence":{"sentence":"اقرأ أيضا: خروج «جيشُ الإسلام» من   الغوطة","start":0,"end":10}`) + `,` +
			ev("SYR", "-", "04", "asserted", "", `"evidence":{"sentence":"لا شيء","start":0,"end":5}`) + `]`,
		line: "events 0/0 quotes 0/0 actors 0/0 forbidden 2",
	},
	{
		name: "quotes: words after norm and speaker prefix",
		gold: `"quotes":[{"speaker":"USA","contains":"سيدفع ثمناً باهظاً"},{"speaker":"ISR","contains":"ترفض التعليق"},{"speaker":"SYR","contains":"على الأرجح"}]`,
		out: `"quotes":[{"speaker":{"code":"USAGOV","text":"ترامب"},"text":"«الأسد سيدفع ثمنـاً  باهظاً»","start":0,"end":9},` +
			`{"speaker":{"code":"RUS","text":"x"},"text":"قوات الدفاع ترفض التعليق","start":0,"end":9},` +
			`{"speaker":null,"text":"الهجوم على الأرجح أمريكي","start":0,"end":9}]`,
		line: "events 0/0 quotes 1/3 actors 0/0 forbidden 0",
	},
	{
		name: "actors: containment either way and code prefix",
		gold: `"actors":[{"text":"فلاديمير بوتين","code":"RUSGOV"},{"text":"الكرملين","code":"RUS"},{"text":"موسكو","code":"RUS"},{"text":"عمان","code":"OMN"}]`,
		out: `"actors":[{"text":"بوتين","start":0,"end":5,"code":"RUSGOV","kind":"person","rule":"r"},` +
			`{"text":"المتحدث باسم الكرملين","start":9,"end":20,"code":"RUSGOV","kind":"role","rule":"r"},` +
			`{"text":"","start":0,"end":0,"code":"RUS","kind":"place","rule":"r"},` +
			`{"text":"عمان","start":30,"end":34,"code":"JOR","kind":"place","rule":"r"}]`,
		line: "events 0/0 quotes 0/0 actors 2/4 forbidden 0",
	},
}

// files returns a case's gold and output JSON.
func (c goldCase) files() (gold, out string) {
	gold = `{"id":"case","file":"case.txt","lang":"ar","published":"2018-05-05","complete":false`
	if c.gold != "" {
		gold += "," + c.gold
	}
	out = `{"id":"case","published":"2018-05-05","actors":[],"events":[],"quotes":[]`
	if c.out != "" {
		out += "," + c.out
	}
	return gold + "}", out + "}"
}

func TestScore(t *testing.T) {
	for _, tt := range goldCases {
		t.Run(tt.name, func(t *testing.T) {
			gj, oj := tt.files()
			var g GoldDoc
			if err := json.Unmarshal([]byte(gj), &g); err != nil {
				t.Fatalf("gold: %v\n%s", err, gj)
			}
			var out report.Doc
			if err := json.Unmarshal([]byte(oj), &out); err != nil {
				t.Fatalf("output: %v\n%s", err, oj)
			}
			s := Score(g, out)
			if got, want := s.Line(), "case: "+tt.line; got != want {
				t.Errorf("Line() = %q, want %q", got, want)
			}
			if len(s.MissedEvents) != len(tt.reasons) {
				t.Fatalf("missed %v, want %d reasons %q", s.MissedEvents, len(tt.reasons), tt.reasons)
			}
			for i, m := range s.MissedEvents {
				if !strings.Contains(m.Reason, tt.reasons[i]) {
					t.Errorf("missed %s: reason %q, want it to contain %q", m.ID, m.Reason, tt.reasons[i])
				}
			}
			judged := ""
			if s.Judged != nil {
				judged = fmt.Sprintf("%d/%d", s.Judged.Hit, s.Judged.Total)
			}
			if judged != tt.judged {
				t.Errorf("judged %q, want %q", judged, tt.judged)
			}
		})
	}
}

func TestNorm(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"harakat and shadda", "ثمناً باهظاً مُهِمّ", "ثمنا باهظا مهم"},
		{"superscript alef and tatweel", "هٰذا الـقـرار", "هذا القرار"},
		{"quotation marks", "«الهجوم» “أمريكي” \"قال\" 'لا' ‘نعم’", "الهجوم أمريكي قال لا نعم"},
		{"white space collapsed and trimmed", " \tقال\u00a0\u00a0الرئيس\n\u2003إن\x1c ", "قال الرئيس إن"},
		{"hamza and taa marbuta kept", "الأمم المتحدة إلى", "الأمم المتحدة إلى"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := norm(tt.in); got != tt.want {
				t.Errorf("norm(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestModalities(t *testing.T) {
	tests := []struct {
		name, json string
		accepts    []string
		rejects    []string
	}{
		{"string", `"negated"`, []string{"negated"}, []string{"asserted"}},
		{"list", `["asserted","hypothetical"]`, []string{"asserted", "hypothetical"}, []string{"negated"}},
		{"null means asserted", `null`, []string{"asserted"}, []string{"hypothetical", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m Modalities
			if err := json.Unmarshal([]byte(tt.json), &m); err != nil {
				t.Fatal(err)
			}
			for _, a := range tt.accepts {
				if !m.accepts(a) {
					t.Errorf("%s does not accept %q", tt.json, a)
				}
			}
			for _, r := range tt.rejects {
				if m.accepts(r) {
					t.Errorf("%s accepts %q", tt.json, r)
				}
			}
		})
	}
	var m Modalities
	if err := json.Unmarshal([]byte(`3`), &m); err == nil {
		t.Error("a number was accepted as a modality")
	}
}

func TestReadGoldErrors(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"syntax error names the line", "{\n\"id\": \"x\",\n\"file\": \"x.txt\",,\n}", "bad.json:3:"},
		{"type error names the line", "{\"id\": \"x\",\n\"file\": \"x.txt\",\n\"complete\": \"yes\"}", "bad.json:3:"},
		{"no file", `{"id":"x","published":"2018-05-05"}`, `no "file"`},
		{"bad date", `{"id":"x","file":"x.txt","published":"5 May 2018"}`, `published "5 May 2018"`},
		{"event without roots", `{"id":"x","file":"x.txt","published":"2018-05-05","events":[{"id":"e","source":"ISR","target":null}]}`, `event 1 (e): no "roots"`},
		{"reading without roots", `{"id":"x","file":"x.txt","published":"2018-05-05","events":[{"id":"e","source":"ISR","target":null,"accept":[{"modality":"asserted"}]}]}`, "accept reading 1 has no"},
		{"bad allow date", `{"id":"x","file":"x.txt","published":"2018-05-05","forbidden":[{"why":"w","allow_if_date_before":"2018"}]}`, "forbidden 1: allow_if_date_before"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, "bad.json")
			if err := os.WriteFile(path, []byte(tt.text), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := ReadGold(path)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), path) {
				t.Errorf("ReadGold = %v, want an error naming %s and containing %q", err, path, tt.want)
			}
		})
	}
}

func TestBounds(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	n := func(v int) *int { return &v }
	r := NewGoldReport("dev", []DocScore{
		{ID: "a", Events: Count{3, 4}, Quotes: Count{1, 1}, Actors: Count{2, 2}, Forbidden: []ForbiddenHit{{}}},
		{ID: "b", Events: Count{4, 4}, Quotes: Count{0, 1}, Actors: Count{0, 0}},
	})
	tests := []struct {
		name    string
		b       Bounds
		summary string
	}{
		{"none", Bounds{}, "docs 2 event-recall 0.88 quote-recall 0.50 actor-recall 1.00 forbidden 1"},
		{"met", Bounds{MinEvents: f(0.875), MaxForbidden: n(1)}, "docs 2 event-recall 0.88 quote-recall 0.50 actor-recall 1.00 forbidden 1"},
		{"short", Bounds{MinEvents: f(0.9), MinQuotes: f(0.5), MinActors: f(1), MaxForbidden: n(0)},
			"short: events,forbidden docs 2 event-recall 0.88 quote-recall 0.50 actor-recall 1.00 forbidden 1"},
		{"precision without complete gold", Bounds{MinPrecision: f(0.1)},
			"short: precision docs 2 event-recall 0.88 quote-recall 0.50 actor-recall 1.00 forbidden 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r.Check(tt.b)
			if got := r.Summary(); got != tt.summary {
				t.Errorf("Summary() = %q, want %q", got, tt.summary)
			}
		})
	}
}

// sharedDir is the workplace's shared data beside the project.
const sharedDir = "../../shared"

// goldScore returns the path of ../shared/tools/gold-score, skipping the
// test when it or python3 is absent.
func goldScore(tb testing.TB) string {
	tb.Helper()
	path := filepath.Join(sharedDir, "tools", "gold-score")
	if _, err := os.Stat(path); err != nil {
		tb.Skipf("skipping: %s not found (../shared is absent in a fresh clone)", path)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		tb.Skip("skipping: gold-score needs python3, which is not installed")
	}
	return path
}

// pyDoc is what gold-score prints for one document with --verbose.
type pyDoc struct {
	line   string
	missed []string // missed event ids
}

// runGoldScore runs gold-score --verbose and parses its output.
func runGoldScore(t *testing.T, script, dir string, bounds []string, coder ...string) (docs []pyDoc, summary string) {
	t.Helper()
	args := append([]string{script, "--gold", dir, "--verbose"}, bounds...)
	cmd := exec.Command("python3", append(append(args, "--"), coder...)...)
	out, err := cmd.Output()
	var ee *exec.ExitError
	if err != nil && !(errors.As(err, &ee) && ee.ExitCode() == 1) {
		t.Fatalf("gold-score: %v\n%s", err, out)
	}
	ids := regexp.MustCompile(`'([^']*)'`)
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	for _, l := range lines[:len(lines)-1] {
		switch {
		case !strings.HasPrefix(l, " "):
			docs = append(docs, pyDoc{line: l})
		case strings.HasPrefix(l, "  missed_events: "):
			for _, m := range ids.FindAllStringSubmatch(l, -1) {
				docs[len(docs)-1].missed = append(docs[len(docs)-1].missed, m[1])
			}
		}
	}
	return docs, lines[len(lines)-1]
}

// compareWithGoldScore checks that r says what gold-score said.
func compareWithGoldScore(t *testing.T, r *GoldReport, docs []pyDoc, summary string) {
	t.Helper()
	if len(docs) != len(r.Docs) {
		t.Fatalf("gold-score scored %d documents, eval %d", len(docs), len(r.Docs))
	}
	for i, d := range r.Docs {
		if got := d.Line(); got != docs[i].line {
			t.Errorf("eval:       %s\ngold-score: %s", got, docs[i].line)
		}
		var missed []string
		for _, m := range d.MissedEvents {
			missed = append(missed, m.ID)
		}
		if !slices.Equal(missed, docs[i].missed) {
			t.Errorf("%s: eval missed %q, gold-score %q", d.ID, missed, docs[i].missed)
		}
	}
	if got := r.Summary(); got != summary {
		t.Errorf("eval:       %s\ngold-score: %s", got, summary)
	}
}

// TestAgreesWithGoldScoreOnCases scores the hand-made cases with
// gold-score, through a stand-in coder that prints each case's output.
func TestAgreesWithGoldScoreOnCases(t *testing.T) {
	script := goldScore(t)
	dir := t.TempDir()
	coder := filepath.Join(dir, "coder.sh")
	if err := os.WriteFile(coder, []byte("#!/bin/sh\nfor a in \"$@\"; do last=$a; done\ncat \"$last.out\"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	var scores []DocScore
	for i, c := range goldCases {
		id := fmt.Sprintf("case%02d", i)
		gj, oj := c.files()
		gj = strings.Replace(gj, `"id":"case","file":"case.txt"`, fmt.Sprintf(`"id":%q,"file":"%s.txt"`, id, id), 1)
		for name, text := range map[string]string{id + ".json": gj, id + ".txt.out": oj} {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		g, err := ReadGold(filepath.Join(dir, id+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var out report.Doc
		if err := json.Unmarshal([]byte(oj), &out); err != nil {
			t.Fatal(err)
		}
		scores = append(scores, Score(g, out))
	}
	bounds := []string{"--min-events", "0.9", "--min-quotes", "0.5", "--max-forbidden", "2", "--min-precision", "0.3"}
	docs, summary := runGoldScore(t, script, dir, bounds, "sh", coder)
	r := NewGoldReport(dir, scores)
	minEvents, minQuotes, maxForbidden, minPrecision := 0.9, 0.5, 2, 0.3
	r.Check(Bounds{MinEvents: &minEvents, MinQuotes: &minQuotes, MaxForbidden: &maxForbidden, MinPrecision: &minPrecision})
	compareWithGoldScore(t, r, docs, summary)
	t.Logf("gold-score: %s", summary)
}

// TestAgreesWithGoldScoreOnDev codes ../shared/gold/dev in process and with
// the marsad binary under gold-score, and compares what both say.
func TestAgreesWithGoldScoreOnDev(t *testing.T) {
	script := goldScore(t)
	gold := filepath.Join(sharedDir, "gold", "dev")
	bin := filepath.Join(t.TempDir(), "marsad")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/marsad").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	docs, summary := runGoldScore(t, script, gold, nil, bin, "code", "--format", "json")
	r, err := Gold(context.Background(), testPipeline(t), gold)
	if err != nil {
		t.Fatal(err)
	}
	compareWithGoldScore(t, r, docs, summary)
	var b strings.Builder
	r.WriteText(&b)
	t.Logf("eval --gold %s:\n%s", gold, b.String())
}

// TestNormAgreesWithGoldScore runs gold-score's own norm() on the same
// strings.
func TestNormAgreesWithGoldScore(t *testing.T) {
	script := goldScore(t)
	in := []string{
		"ثمناً باهظاً مُهِمّ", "هٰذا الـقـرار", "«الهجوم» “أمريكي” \"قال\" 'لا' ‘نعم’",
		" \tقال\u00a0\u00a0الرئيس\n\u2003إن\x1c\x1f\u2028\u3000\u200b\u180e\u0085 ", "\u064b\u0652\u0653\u0654\u0655\u065f",
	}
	src, _ := json.Marshal(in)
	prog := `import importlib.machinery, json, sys
m = importlib.machinery.SourceFileLoader("gold_score", sys.argv[1]).load_module()
print(json.dumps([m.norm(s) for s in json.loads(sys.argv[2])]))`
	out, err := exec.Command("python3", "-c", prog, script, string(src)).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	for i, s := range in {
		if got := norm(s); got != want[i] {
			t.Errorf("norm(%q) = %q, gold-score says %q", s, got, want[i])
		}
	}
}
