package eval

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"marsad"
	"marsad/data"
)

func TestMacroF1(t *testing.T) {
	tests := []struct {
		name string
		m    [][]int
		want float64
	}{
		{"diagonal", [][]int{{3, 0, 0}, {0, 2, 0}, {0, 0, 1}}, 1},
		// class 0: TP 1 FP 0 FN 1 → 2/3; class 1: TP 1 FP 1 FN 0 → 2/3;
		// class 2: 1; class 3: TP 1 FP 1 → 2/3; class 4: TP 1 FN 1 → 2/3.
		{"five classes", [][]int{
			{1, 1, 0, 0, 0},
			{0, 1, 0, 0, 0},
			{0, 0, 1, 0, 0},
			{0, 0, 0, 1, 0},
			{0, 0, 0, 1, 1},
		}, 11.0 / 15},
		{"a class never labelled nor coded counts 0", [][]int{{2, 0}, {0, 0}}, 0.5},
		{"everything coded irrelevant", [][]int{{5, 0, 0}, {4, 0, 0}, {1, 0, 0}}, (2.0 * 5 / (2*5 + 5)) / 3},
		{"empty", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MacroF1(tt.m); math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("MacroF1(%v) = %v, want %v", tt.m, got, tt.want)
			}
		})
	}
}

func TestClassConfusion(t *testing.T) {
	m := [][]int{{50, 3, 2}, {4, 20, 1}, {6, 0, 9}}
	tests := []struct {
		class int
		want  Confusion
	}{
		{0, Confusion{TP: 50, FP: 10, FN: 5, TN: 30}},
		{1, Confusion{TP: 20, FP: 3, FN: 5, TN: 67}},
		{2, Confusion{TP: 9, FP: 3, FN: 6, TN: 77}},
	}
	for _, tt := range tests {
		t.Run(string(rune('0'+tt.class)), func(t *testing.T) {
			if got := ClassConfusion(m, tt.class); got != tt.want {
				t.Errorf("ClassConfusion(m, %d) = %+v, want %+v", tt.class, got, tt.want)
			}
		})
	}
}

func TestReadTSV(t *testing.T) {
	tests := []struct {
		name, in  string
		textCol   string
		wantTexts []string
		wantLines []int
		wantErr   string
	}{
		{name: "plain rows", in: "text\tlabel\nتظاهر الآلاف\tyes\nفاز الفريق\teasy no\n", textCol: "text",
			wantTexts: []string{"تظاهر الآلاف", "فاز الفريق"}, wantLines: []int{2, 3}},
		{name: "doubled quotes in a quoted cell", in: "text\tlabel\n\"اوقعت القرعة \"\"الاخضر\"\" في المجموعة\"\teasy no\n", textCol: "text",
			wantTexts: []string{`اوقعت القرعة "الاخضر" في المجموعة`}, wantLines: []int{2}},
		{name: "a bare quote inside a cell is kept", in: "text\tlabel\nقال \"لا\" اليوم\tyes\n", textCol: "text",
			wantTexts: []string{`قال "لا" اليوم`}, wantLines: []int{2}},
		{name: "CRLF and byte-order mark", in: "\uFEFFar\tRelevant\r\nنص\t1\r\nنص آخر\t0\r\n", textCol: "ar",
			wantTexts: []string{"نص", "نص آخر"}, wantLines: []int{2, 3}},
		{name: "too few fields", in: "text\tlabel\nأ\tyes\nب\n", textCol: "text", wantErr: "set.tsv:3: 1 fields, want 2"},
		{name: "too many fields", in: "text\tlabel\nأ\tyes\tno\n", textCol: "text", wantErr: "set.tsv:2: 3 fields, want 2"},
		{name: "a quote opened and not closed", in: "text\tlabel\nأ\tyes\n\"ب\tyes\nج\tno\n", textCol: "text", wantErr: "set.tsv:3:"},
		{name: "missing column", in: "ar\tlabel\nأ\tyes\n", textCol: "text", wantErr: "set.tsv:1: columns"},
		{name: "empty file", in: "", textCol: "text", wantErr: "set.tsv: empty file"},
		{name: "invalid UTF-8", in: "text\tlabel\n\xc8\xe6\tyes\n", textCol: "text", wantErr: "set.tsv:2: text is not valid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			labelCol := "label"
			if tt.textCol == "ar" {
				labelCol = "Relevant"
			}
			rows, err := readTSV(strings.NewReader(tt.in), "dir/set.tsv", tt.textCol, labelCol)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("readTSV = %v, want error containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != len(tt.wantTexts) {
				t.Fatalf("%d rows, want %d: %+v", len(rows), len(tt.wantTexts), rows)
			}
			for i, r := range rows {
				if r.text != tt.wantTexts[i] || r.line != tt.wantLines[i] {
					t.Errorf("row %d = line %d %q, want line %d %q", i, r.line, r.text, tt.wantLines[i], tt.wantTexts[i])
				}
			}
		})
	}
}

func TestLoadQuadMap(t *testing.T) {
	const header = "# source: s\n# licence: MIT\n# made: m\n# version: 2026.11\n"
	good := header + "gdelt_quad\tlabel\tname\n0\t0\tirrelevant\n1\t4\tverbal cooperation\n2\t2\tmaterial cooperation\n3\t3\tverbal conflict\n4\t1\tmaterial conflict\n"
	tests := []struct{ name, file, wantErr string }{
		{"valid", good, ""},
		{"label given twice", strings.Replace(good, "4\t1\tmaterial", "4\t2\tmaterial", 1), QuadFile + ":10: gdelt_quad 4 or label 2 given twice"},
		{"no version", strings.Replace(good, "# version: 2026.11\n", "", 1), "no '# version:' header"},
		{"wrong columns", strings.Replace(good, "gdelt_quad\tlabel", "quad\tlabel", 1), QuadFile + ":5: columns"},
		{"not a number", strings.Replace(good, "3\t3\t", "3\tthree\t", 1), QuadFile + ":9: gdelt_quad \"3\", label \"three\""},
		{"missing row", strings.Replace(good, "2\t2\tmaterial cooperation\n", "", 1), "no row for gdelt_quad 2"},
		{"short row", strings.Replace(good, "0\t0\tirrelevant", "0\t0", 1), QuadFile + ":6: 2 fields, want 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := loadQuadMap(fstest.MapFS{QuadFile: {Data: []byte(tt.file)}})
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("loadQuadMap = %v, want error containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if m.label != [5]int{0, 4, 2, 3, 1} {
				t.Errorf("labels by quad = %v, want [0 4 2 3 1]", m.label)
			}
		})
	}
	t.Run("embedded", func(t *testing.T) {
		m, err := loadQuadMap(data.FS)
		if err != nil {
			t.Fatal(err)
		}
		// GDELT: 1 verbal cooperation, 2 material cooperation, 3 verbal
		// conflict, 4 material conflict; the set's labels 4, 2, 3, 1.
		if m.label != [5]int{0, 4, 2, 3, 1} || m.names[1] != "material conflict" || m.names[4] != "verbal cooperation" {
			t.Errorf("embedded %s: labels %v, names %q", QuadFile, m.label, m.names)
		}
	})
}

// fakeEvents is a stage that codes, for every word "@ROOT/MODALITY/QUAD" of
// the text, an event with that root, modality and quad class.
type fakeEvents struct{}

func (fakeEvents) Name() string         { return "fake" }
func (fakeEvents) Reads() marsad.Layer  { return marsad.LayerText }
func (fakeEvents) Writes() marsad.Layer { return marsad.LayerEvents }
func (fakeEvents) Process(_ context.Context, d *marsad.Document) error {
	for _, w := range strings.Fields(d.Text) {
		spec, ok := strings.CutPrefix(w, "@")
		if !ok {
			continue
		}
		f := strings.Split(spec, "/")
		d.Events = append(d.Events, marsad.Event{Source: -1, Target: -1, Sentence: -1, Root: f[0], CAMEO: f[0] + "0",
			Modality: marsad.Modality(f[1]), QuadClass: int(f[2][0] - '0'), Rule: "fake"})
	}
	return nil
}

// writeDevSets writes a dev-set folder with the given files over a default
// set of small, hand-labelled ones.
func writeDevSets(tb testing.TB, files map[string]string) string {
	tb.Helper()
	all := map[string]string{
		"protest-detection-dev.tsv": "text\tlabel\n" +
			"احتج المتظاهرون @14/asserted/3\tyes\n" + // TP
			"قد يحتجون @14/hypothetical/3\tyes\n" + // FN: not asserted
			"فاز الفريق\teasy no\n" + // TN
			"شغب في الملعب @14/asserted/3\tdifficult no\n" + // FP
			"غامض @14/asserted/3\tambiguous\n" + // skipped
			"\"قالوا \"\"لا\"\" @14/asserted/3\"\tyes\n", // TP, quoted cell
		"assault-detection-dev.tsv": "text\tlabel\n" +
			"قصف @19/asserted/4\tyes\n" + // TP
			"لم يقصف @19/negated/4\tyes\n" + // FN
			"تظاهرة @14/asserted/3\teasy no\n" + // TN: not an assault root
			"مجزرة @20/asserted/4\tdifficult no\n", // FP
		"un-relevance-dev.tsv": "ar\tRelevant\r\n" +
			"زيارة @04/asserted/1\t1\r\n" + // TP
			"لا شيء\t1\r\n" + // FN
			"زيارة مرتقبة @04/hypothetical/1\t0\r\n" + // TN
			"قصف @19/asserted/4\t0\r\n", // FP (also in the quad set: coded once)
		"un-quadclass-dev.tsv": "ar\tQuadClass\r\n" +
			"قصف @19/asserted/4\t1\r\n" +
			"مساعدات @07/asserted/2\t2\r\n" +
			"إدانة @11/asserted/3\t3\r\n" +
			"زيارة @04/asserted/1\t4\r\n" +
			"دعوة @04/hypothetical/1 وإدانة @11/asserted/3\t4\r\n" + // first asserted: verbal conflict
			"لا شيء\t0\r\n" +
			"هجوم @19/asserted/4\t0\r\n",
	}
	for k, v := range files {
		all[k] = v
	}
	dir := tb.TempDir()
	for name, text := range all {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

func TestDevSets(t *testing.T) {
	p, err := marsad.NewPipeline(fakeEvents{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := DevSets(context.Background(), p, writeDevSets(t, nil), SplitAll)
	if err != nil {
		t.Fatal(err)
	}
	binaries := []struct {
		name    string
		s       *BinaryScore
		want    Confusion
		skipped int
	}{
		{"protest", r.Protest, Confusion{TP: 2, FP: 1, FN: 1, TN: 1}, 1},
		{"assault", r.Assault, Confusion{TP: 1, FP: 1, FN: 1, TN: 1}, 0},
		{"relevance", r.Relevance, Confusion{TP: 1, FP: 1, FN: 1, TN: 1}, 0},
	}
	for _, tt := range binaries {
		t.Run(tt.name, func(t *testing.T) {
			if tt.s.Confusion != tt.want || tt.s.Skipped != tt.skipped {
				t.Errorf("%s: %+v, %d skipped; want %+v, %d skipped", tt.name, tt.s.Confusion, tt.s.Skipped, tt.want, tt.skipped)
			}
			if len(tt.s.Misses) != tt.want.FN || len(tt.s.FalseAlarms) != tt.want.FP {
				t.Errorf("%s: %d misses, %d false alarms listed", tt.name, len(tt.s.Misses), len(tt.s.FalseAlarms))
			}
			for _, fa := range tt.s.FalseAlarms {
				if fa.Event == nil || fa.Event.Modality != "asserted" {
					t.Errorf("%s: false alarm at line %d without the asserted event that fired: %+v", tt.name, fa.Line, fa.Event)
				}
			}
		})
	}
	t.Run("quad", func(t *testing.T) {
		want := [][]int{
			{1, 1, 0, 0, 0},
			{0, 1, 0, 0, 0},
			{0, 0, 1, 0, 0},
			{0, 0, 0, 1, 0},
			{0, 0, 0, 1, 1},
		}
		for g := range want {
			for c := range want[g] {
				if r.Quad.Matrix[g][c] != want[g][c] {
					t.Fatalf("matrix %v, want %v", r.Quad.Matrix, want)
				}
			}
		}
		if math.Abs(r.Quad.MacroF1-11.0/15) > 1e-12 {
			t.Errorf("macro-F1 %v, want 11/15", r.Quad.MacroF1)
		}
		if len(r.Quad.Misses) != 1 || r.Quad.Misses[0].Line != 6 || len(r.Quad.FalseAlarms) != 1 || r.Quad.FalseAlarms[0].Line != 8 {
			t.Errorf("misses %+v, false alarms %+v", r.Quad.Misses, r.Quad.FalseAlarms)
		}
	})
	t.Run("each distinct sentence coded once", func(t *testing.T) {
		// «قصف» is in three sets, «زيارة» and «لا شيء» in two.
		if r.Sentences != 5+4+4+7 || r.Distinct != 16 {
			t.Errorf("%d rows, %d distinct; want 20 and 16", r.Sentences, r.Distinct)
		}
	})
	t.Run("splits partition the rows", func(t *testing.T) {
		var rows [2]int
		for i, split := range []string{SplitTrain, SplitTest} {
			rs, err := DevSets(context.Background(), p, writeDevSets(t, nil), split)
			if err != nil {
				t.Fatal(err)
			}
			rows[i] = rs.Sentences + rs.Protest.Skipped
		}
		if rows[0]+rows[1] != r.Sentences+r.Protest.Skipped {
			t.Errorf("train %d + test %d rows, want %d", rows[0], rows[1], r.Sentences+r.Protest.Skipped)
		}
	})
	t.Run("text report", func(t *testing.T) {
		var b strings.Builder
		if err := r.WriteText(&b, 1); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"split all", "protest detection", "F1 0.667", "TP 2  FP 1  FN 1  TN 1", "1 ambiguous skipped",
			"macro-F1 0.733", "false alarm protest-detection-dev.tsv:5", "fired 140", "(label 4 verbal cooperation, coded 3 verbal conflict)"} {
			if !strings.Contains(b.String(), want) {
				t.Errorf("report lacks %q:\n%s", want, b.String())
			}
		}
	})
}

func TestDevSetsErrors(t *testing.T) {
	p, err := marsad.NewPipeline(fakeEvents{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		files map[string]string
		split string
		want  string
	}{
		{"unknown detection label", map[string]string{"protest-detection-dev.tsv": "text\tlabel\nأ\tyes\nب\tmaybe\n"}, SplitAll,
			"protest-detection-dev.tsv:3: label \"maybe\""},
		{"quad label out of range", map[string]string{"un-quadclass-dev.tsv": "ar\tQuadClass\nأ\t1\nب\t5\n"}, SplitAll,
			"un-quadclass-dev.tsv:3: label \"5\": want 0-4"},
		{"malformed row", map[string]string{"un-relevance-dev.tsv": "ar\tRelevant\nأ\t1\tx\n"}, SplitAll,
			"un-relevance-dev.tsv:2: 3 fields, want 2"},
		{"bad split", nil, "dev", "split \"dev\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DevSets(context.Background(), p, writeDevSets(t, tt.files), tt.split)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("DevSets = %v, want an error containing %q", err, tt.want)
			}
		})
	}
	t.Run("missing file", func(t *testing.T) {
		dir := writeDevSets(t, nil)
		os.Remove(filepath.Join(dir, "un-relevance-dev.tsv"))
		if _, err := DevSets(context.Background(), p, dir, SplitAll); err == nil || !strings.Contains(err.Error(), "un-relevance-dev.tsv") {
			t.Errorf("DevSets = %v, want an error naming the missing file", err)
		}
	})
}

// TestDevSetsShared scores the real dev sets: every row is read (the
// counts of ../shared/data/dev-sets/README.md) and the splits partition
// them.
func TestDevSetsShared(t *testing.T) {
	dir := filepath.Join(sharedDir, "data", "dev-sets")
	if _, err := os.Stat(filepath.Join(dir, "README.md")); err != nil {
		t.Skipf("skipping: %s not found (../shared is absent in a fresh clone)", dir)
	}
	p := testPipeline(t)
	reports := map[string]*DevReport{}
	for _, split := range []string{SplitAll, SplitTrain, SplitTest} {
		r, err := DevSets(context.Background(), p, dir, split)
		if err != nil {
			t.Fatal(err)
		}
		reports[split] = r
	}
	rows := func(r *DevReport) [4]int {
		return [4]int{r.Protest.Rows + r.Protest.Skipped, r.Assault.Rows + r.Assault.Skipped, r.Quad.Rows, r.Relevance.Rows}
	}
	if got, want := rows(reports[SplitAll]), [4]int{720, 949, 1791, 3409}; got != want {
		t.Errorf("rows read (protest, assault, quad, relevance) = %v, want %v as the README lists", got, want)
	}
	train, test := rows(reports[SplitTrain]), rows(reports[SplitTest])
	for i := range train {
		if train[i]+test[i] != rows(reports[SplitAll])[i] {
			t.Errorf("set %d: train %d + test %d rows, want %d", i, train[i], test[i], rows(reports[SplitAll])[i])
		}
	}
	var b strings.Builder
	reports[SplitTest].WriteText(&b, 0)
	t.Logf("eval --dev-sets %s --split test:\n%s", dir, b.String())
}
