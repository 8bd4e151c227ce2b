package eval

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"marsad"
	"marsad/data"
	"marsad/model"
	"marsad/report"
)

// Splits DevSets accepts: every labelled row, or only the rows model.Split
// puts on one side. Models are trained on the train side, so the honest
// figure is the test side.
const (
	SplitAll   = "all"
	SplitTrain = "train"
	SplitTest  = "test"
)

// QuadFile is the data file that maps marsad's (GDELT) quad classes to the
// labels of the quad-class dev set.
const QuadFile = "eval/quadclass.tsv"

// binarySpec describes a binary dev set as ../shared/data/dev-sets/README.md
// defines it.
type binarySpec struct {
	name, file        string
	textCol, labelCol string
	labels            map[string]int // 1 positive, 0 negative, -1 skipped
	roots             []string       // an asserted event with one of these roots detects; nil: any root
}

// detectionLabels are the labels of the protest and assault sets.
var detectionLabels = map[string]int{"yes": 1, "easy no": 0, "difficult no": 0, "ambiguous": -1}

var (
	protestSpec   = binarySpec{"protest detection", "protest-detection-dev.tsv", "text", "label", detectionLabels, []string{"14"}}
	assaultSpec   = binarySpec{"assault detection", "assault-detection-dev.tsv", "text", "label", detectionLabels, []string{"18", "19", "20"}}
	relevanceSpec = binarySpec{"relevance", "un-relevance-dev.tsv", "ar", "Relevant", map[string]int{"1": 1, "0": 0}, nil}
	quadSetFile   = "un-quadclass-dev.tsv"
)

// DevReport holds the figures on the labelled dev sets.
type DevReport struct {
	Dir       string       `json:"dir"`
	Split     string       `json:"split"`
	Sentences int          `json:"sentences"` // rows coded
	Distinct  int          `json:"distinct"`  // distinct sentences among them (each is coded once)
	Seconds   float64      `json:"seconds"`   // time spent coding
	Protest   *BinaryScore `json:"protest"`
	Assault   *BinaryScore `json:"assault"`
	Quad      *QuadScore   `json:"quad"`
	Relevance *BinaryScore `json:"relevance"`
}

// BinaryScore is a detection task's result.
type BinaryScore struct {
	Name      string    `json:"name"`
	File      string    `json:"file"`
	Roots     []string  `json:"roots"`   // the roots that detect; empty: any
	Rows      int       `json:"rows"`    // rows scored
	Skipped   int       `json:"skipped"` // rows labelled ambiguous
	Confusion Confusion `json:"confusion"`
	Precision float64   `json:"precision"`
	Recall    float64   `json:"recall"`
	F1        float64   `json:"f1"`
	// Misses are positives not detected, FalseAlarms negatives detected, in
	// file order.
	Misses      []Example `json:"-"`
	FalseAlarms []Example `json:"-"`
}

// Example is a dev-set row worth reading.
type Example struct {
	Line  int           // in the set's file
	Text  string        // the sentence
	Gold  int           // its label (quad set)
	Got   int           // the label coded (quad set)
	Event *report.Event // the event that decided it; nil if none
}

// QuadScore is the 5-way quad-class result.
type QuadScore struct {
	File     string    `json:"file"`
	Rows     int       `json:"rows"`
	Names    []string  `json:"names"`  // by label
	Matrix   [][]int   `json:"matrix"` // [label][coded]
	PerClass []ClassF1 `json:"per_class"`
	MacroF1  float64   `json:"macro_f1"`
	// Misses are rows of a class other than 0 coded otherwise;
	// FalseAlarms rows of class 0 coded as another.
	Misses      []Example `json:"-"`
	FalseAlarms []Example `json:"-"`
}

// ClassF1 is one class's figures in a multi-class task.
type ClassF1 struct {
	Label     int     `json:"label"`
	Name      string  `json:"name"`
	Gold      int     `json:"gold"`  // rows with this label
	Coded     int     `json:"coded"` // rows coded as it
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// ClassConfusion returns the one-against-rest counts of class c in a
// square confusion matrix m[gold][coded].
func ClassConfusion(m [][]int, c int) Confusion {
	var cf Confusion
	for g := range m {
		for p := range m[g] {
			switch {
			case g == c && p == c:
				cf.TP += m[g][p]
			case p == c:
				cf.FP += m[g][p]
			case g == c:
				cf.FN += m[g][p]
			default:
				cf.TN += m[g][p]
			}
		}
	}
	return cf
}

// MacroF1 returns the mean over all classes of m of each class's F1 (a
// class never labelled nor coded counts 0, as in scikit-learn with its
// labels given).
func MacroF1(m [][]int) float64 {
	if len(m) == 0 {
		return 0
	}
	sum := 0.0
	for c := range m {
		sum += ClassConfusion(m, c).F1()
	}
	return sum / float64(len(m))
}

// quadMap maps marsad's quad classes to the quad set's labels.
type quadMap struct {
	label [5]int    // by GDELT quad class (0: no asserted event)
	names [5]string // by label
}

// loadQuadMap reads QuadFile from fsys: columns gdelt_quad, label, name,
// each of gdelt_quad and label 0..4 exactly once.
func loadQuadMap(fsys fs.FS) (*quadMap, error) {
	b, err := fs.ReadFile(fsys, QuadFile)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInternal, err)
	}
	bad := func(line int, format string, args ...any) error {
		return fmt.Errorf("%w: %s:%d: %s", ErrInternal, QuadFile, line, fmt.Sprintf(format, args...))
	}
	m := &quadMap{}
	var cols []string
	var seenQuad, seenLabel [5]bool
	version := false
	for n, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		n++
		line = strings.TrimRight(line, "\r")
		if strings.HasPrefix(line, "#") {
			if strings.HasPrefix(strings.TrimSpace(line[1:]), "version:") {
				version = true
			}
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if cols == nil {
			cols = f
			if !slices.Equal(cols, []string{"gdelt_quad", "label", "name"}) {
				return nil, bad(n, "columns %q, want gdelt_quad, label, name", cols)
			}
			continue
		}
		if len(f) != len(cols) {
			return nil, bad(n, "%d fields, want %d", len(f), len(cols))
		}
		q, err1 := strconv.Atoi(f[0])
		l, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil || q < 0 || q > 4 || l < 0 || l > 4 {
			return nil, bad(n, "gdelt_quad %q, label %q: want numbers 0-4", f[0], f[1])
		}
		if seenQuad[q] || seenLabel[l] {
			return nil, bad(n, "gdelt_quad %d or label %d given twice", q, l)
		}
		seenQuad[q], seenLabel[l] = true, true
		m.label[q], m.names[l] = l, strings.TrimSpace(f[2])
	}
	if !version {
		return nil, fmt.Errorf("%w: %s: no '# version:' header", ErrInternal, QuadFile)
	}
	for q, ok := range seenQuad {
		if !ok {
			return nil, fmt.Errorf("%w: %s: no row for gdelt_quad %d", ErrInternal, QuadFile, q)
		}
	}
	return m, nil
}

// devRow is one labelled sentence.
type devRow struct {
	line  int
	text  string
	label string
}

// readTSV reads a dev-set file: a header naming the columns, then one row
// per line, tab-separated; a cell may be quoted with doubled inner quotes.
// It returns the text and label columns; a malformed row is an error naming
// the file and line.
func readTSV(r io.Reader, name, textCol, labelCol string) ([]devRow, error) {
	cr := csv.NewReader(r)
	cr.Comma = '\t'
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err != nil {
		return nil, csvError(name, err)
	}
	header[0] = strings.TrimPrefix(header[0], "\uFEFF")
	ti, li := slices.Index(header, textCol), slices.Index(header, labelCol)
	if ti < 0 || li < 0 {
		return nil, fmt.Errorf("eval: %s:1: columns %q, want %q and %q", name, header, textCol, labelCol)
	}
	var rows []devRow
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) != len(header) {
			return nil, fmt.Errorf("eval: %s:%d: %d fields, want %d", name, line, len(rec), len(header))
		}
		text := rec[ti]
		if strings.ContainsAny(text, "\r\n") {
			return nil, fmt.Errorf("eval: %s:%d: the text runs over several lines (a quote opened and not closed?)", name, line)
		}
		if !utf8.ValidString(text) {
			return nil, fmt.Errorf("eval: %s:%d: text is not valid UTF-8", name, line)
		}
		rows = append(rows, devRow{line: line, text: text, label: strings.TrimSpace(rec[li])})
	}
	return rows, nil
}

func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("eval: %s:%d: %w", name, pe.Line, pe.Err)
	}
	if err == io.EOF {
		return fmt.Errorf("eval: %s: empty file", name)
	}
	return fmt.Errorf("eval: %s: %w", name, err)
}

func readTSVFile(dir, file, textCol, labelCol string) ([]devRow, error) {
	path := filepath.Join(dir, file)
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	return readTSV(f, path, textCol, labelCol)
}

// labelled is a dev row with its class, ready to score.
type labelled struct {
	devRow
	class int // binary: 1 positive, 0 negative; quad: the label
	doc   int // index of its distinct sentence
}

// DevSets codes every sentence of the dev sets in dir (normally
// ../shared/data/dev-sets) as its own document without a publication date,
// keeping the rows model.Split puts on the given side (SplitAll: every
// row), and scores protest and assault detection, the 5-way quad class and
// relevance as the folder's README defines them.
func DevSets(ctx context.Context, p marsad.Pipeline, dir, split string) (*DevReport, error) {
	if split != SplitAll && split != SplitTrain && split != SplitTest {
		return nil, fmt.Errorf("eval: split %q: want all, train or test", split)
	}
	qm, err := loadQuadMap(data.FS)
	if err != nil {
		return nil, err
	}
	rep := &DevReport{Dir: dir, Split: split}
	var docs []*marsad.Document
	index := map[string]int{}
	add := func(file string, r devRow) int {
		if i, ok := index[r.text]; ok {
			return i
		}
		index[r.text] = len(docs)
		docs = append(docs, marsad.NewDocument(file+":"+strconv.Itoa(r.line), r.text, time.Time{}))
		return len(docs) - 1
	}
	keep := func(text string) bool { return split == SplitAll || model.Split(text) == split }

	type binarySet struct {
		spec binarySpec
		rows []labelled
		skip int
	}
	var binaries []*binarySet
	for _, spec := range []binarySpec{protestSpec, assaultSpec, relevanceSpec} {
		rows, err := readTSVFile(dir, spec.file, spec.textCol, spec.labelCol)
		if err != nil {
			return nil, err
		}
		set := &binarySet{spec: spec}
		for _, r := range rows {
			class, ok := spec.labels[r.label]
			if !ok {
				return nil, fmt.Errorf("eval: %s:%d: label %q: want %s", filepath.Join(dir, spec.file), r.line, r.label, labelList(spec.labels))
			}
			if !keep(r.text) {
				continue
			}
			if class < 0 {
				set.skip++
				continue
			}
			set.rows = append(set.rows, labelled{devRow: r, class: class, doc: add(spec.file, r)})
		}
		binaries = append(binaries, set)
	}
	qrows, err := readTSVFile(dir, quadSetFile, "ar", "QuadClass")
	if err != nil {
		return nil, err
	}
	var quad []labelled
	for _, r := range qrows {
		l, err := strconv.Atoi(r.label)
		if err != nil || l < 0 || l > 4 {
			return nil, fmt.Errorf("eval: %s:%d: label %q: want 0-4", filepath.Join(dir, quadSetFile), r.line, r.label)
		}
		if keep(r.text) {
			quad = append(quad, labelled{devRow: r, class: l, doc: add(quadSetFile, r)})
		}
	}

	// Code each distinct sentence once, keeping its asserted events.
	start := time.Now()
	asserted := make([][]report.Event, len(docs))
	err = codeAll(ctx, p, docs, func(i int, out report.Doc) error {
		for _, e := range out.Events {
			if e.Modality == string(marsad.Asserted) {
				asserted[i] = append(asserted[i], e)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	rep.Seconds = time.Since(start).Seconds()
	rep.Distinct = len(docs)

	for _, set := range binaries {
		s := &BinaryScore{Name: set.spec.name, File: set.spec.file, Roots: set.spec.roots, Rows: len(set.rows), Skipped: set.skip}
		if s.Roots == nil {
			s.Roots = []string{}
		}
		for _, r := range set.rows {
			ev := firstWithRoot(asserted[r.doc], set.spec.roots)
			ex := Example{Line: r.line, Text: r.text, Event: ev}
			switch {
			case r.class == 1 && ev != nil:
				s.Confusion.TP++
			case r.class == 1:
				s.Confusion.FN++
				s.Misses = append(s.Misses, ex)
			case ev != nil:
				s.Confusion.FP++
				s.FalseAlarms = append(s.FalseAlarms, ex)
			default:
				s.Confusion.TN++
			}
		}
		s.Precision, s.Recall, s.F1 = s.Confusion.Precision(), s.Confusion.Recall(), s.Confusion.F1()
		rep.Sentences += s.Rows
		switch set.spec.file {
		case protestSpec.file:
			rep.Protest = s
		case assaultSpec.file:
			rep.Assault = s
		default:
			rep.Relevance = s
		}
	}

	q := &QuadScore{File: quadSetFile, Rows: len(quad), Names: qm.names[:], Matrix: make([][]int, 5)}
	for c := range q.Matrix {
		q.Matrix[c] = make([]int, 5)
	}
	for _, r := range quad {
		got, ev := 0, (*report.Event)(nil)
		if evs := asserted[r.doc]; len(evs) > 0 {
			ev = &evs[0]
			if ev.QuadClass >= 0 && ev.QuadClass <= 4 {
				got = qm.label[ev.QuadClass]
			}
		}
		q.Matrix[r.class][got]++
		ex := Example{Line: r.line, Text: r.text, Gold: r.class, Got: got, Event: ev}
		switch {
		case r.class != 0 && got != r.class:
			q.Misses = append(q.Misses, ex)
		case r.class == 0 && got != 0:
			q.FalseAlarms = append(q.FalseAlarms, ex)
		}
	}
	for c := range q.Matrix {
		cf := ClassConfusion(q.Matrix, c)
		q.PerClass = append(q.PerClass, ClassF1{Label: c, Name: q.Names[c], Gold: cf.TP + cf.FN, Coded: cf.TP + cf.FP,
			Precision: cf.Precision(), Recall: cf.Recall(), F1: cf.F1()})
	}
	q.MacroF1 = MacroF1(q.Matrix)
	rep.Quad = q
	rep.Sentences += q.Rows
	return rep, nil
}

// firstWithRoot returns the first event whose root is in roots (any root
// when roots is nil), or nil.
func firstWithRoot(events []report.Event, roots []string) *report.Event {
	for i := range events {
		if roots == nil || slices.Contains(roots, events[i].Root) {
			return &events[i]
		}
	}
	return nil
}

func labelList(labels map[string]int) string {
	var l []string
	for k := range labels {
		l = append(l, strconv.Quote(k))
	}
	slices.Sort(l)
	return strings.Join(l, ", ")
}

// WriteText writes the report for a reader: for each set its F1, precision,
// recall and counts, then up to show misses and show false alarms with the
// event that fired; the quad set's per-class figures and confusion matrix.
func (r *DevReport) WriteText(w io.Writer, show int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "dev sets %s, split %s", r.Dir, r.Split)
	switch r.Split {
	case SplitTest:
		b.WriteString(" (the rows model.Split keeps out of training: the honest figures)")
	case SplitTrain:
		b.WriteString(" (the rows the models are trained on: optimistic figures)")
	default:
		b.WriteString(" (train and test rows: models have seen part of them)")
	}
	fmt.Fprintf(&b, "\n%d rows, %d distinct sentences coded in %.1fs\n", r.Sentences, r.Distinct, r.Seconds)
	for _, s := range []*BinaryScore{r.Protest, r.Assault} {
		if s != nil {
			s.write(&b, show)
		}
	}
	if r.Quad != nil {
		r.Quad.write(&b, show)
	}
	if r.Relevance != nil {
		r.Relevance.write(&b, show)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// exampleWidth is how many code points of a sentence are shown.
const exampleWidth = 160

func (s *BinaryScore) write(b *strings.Builder, show int) {
	what := "any asserted event"
	if len(s.Roots) > 0 {
		what = "an asserted event with " + rootsNoun(s.Roots)
	}
	fmt.Fprintf(b, "\n%s (%s; detected: %s): F1 %.3f  P %.3f  R %.3f\n", s.Name, s.File, what, s.F1, s.Precision, s.Recall)
	fmt.Fprintf(b, "  %d rows", s.Rows)
	if s.Skipped > 0 {
		fmt.Fprintf(b, " (%d ambiguous skipped)", s.Skipped)
	}
	fmt.Fprintf(b, ": TP %d  FP %d  FN %d  TN %d\n", s.Confusion.TP, s.Confusion.FP, s.Confusion.FN, s.Confusion.TN)
	writeExamples(b, s.File, s.Misses, s.FalseAlarms, show, nil)
}

func (q *QuadScore) write(b *strings.Builder, show int) {
	fmt.Fprintf(b, "\nquad class (%s; class of the first asserted event, via data/%s): macro-F1 %.3f\n", q.File, QuadFile, q.MacroF1)
	fmt.Fprintf(b, "  %d rows\n  %-24s %6s %6s %6s %6s %6s\n", q.Rows, "label", "P", "R", "F1", "gold", "coded")
	for _, c := range q.PerClass {
		fmt.Fprintf(b, "  %-24s %6.3f %6.3f %6.3f %6d %6d\n", fmt.Sprintf("%d %s", c.Label, c.Name), c.Precision, c.Recall, c.F1, c.Gold, c.Coded)
	}
	fmt.Fprintf(b, "  confusion (rows: label, columns: coded)\n  %-24s", "")
	for c := range q.Matrix {
		fmt.Fprintf(b, " %6d", c)
	}
	b.WriteString("\n")
	for g, row := range q.Matrix {
		fmt.Fprintf(b, "  %-24s", fmt.Sprintf("%d %s", g, q.Names[g]))
		for _, n := range row {
			fmt.Fprintf(b, " %6d", n)
		}
		b.WriteString("\n")
	}
	writeExamples(b, q.File, q.Misses, q.FalseAlarms, show, q.Names)
}

// writeExamples writes up to show misses and show false alarms. With names
// (a multi-class set) each row also shows its label and the label coded.
func writeExamples(b *strings.Builder, file string, misses, alarms []Example, show int, names []string) {
	if show <= 0 || len(misses)+len(alarms) == 0 {
		return
	}
	b.WriteString("  confusions worth reading:\n")
	one := func(kind string, ex Example) {
		fmt.Fprintf(b, "    %s %s:%d", kind, file, ex.Line)
		if names != nil {
			fmt.Fprintf(b, " (label %d %s, coded %d %s)", ex.Gold, names[ex.Gold], ex.Got, names[ex.Got])
		}
		fmt.Fprintf(b, "\n      «%s»\n", truncate(ex.Text, exampleWidth))
		if e := ex.Event; e != nil {
			fmt.Fprintf(b, "      fired %s «%s» %s→%s  [%s]\n", e.CAMEO, e.Trigger, partyShort(e.Source), partyShort(e.Target), ruleString(e))
		}
	}
	for i, ex := range misses {
		if i == show {
			fmt.Fprintf(b, "    … %d more misses\n", len(misses)-show)
			break
		}
		one("miss", ex)
	}
	for i, ex := range alarms {
		if i == show {
			fmt.Fprintf(b, "    … %d more false alarms\n", len(alarms)-show)
			break
		}
		one("false alarm", ex)
	}
}
