package coder

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"marsad"
	"marsad/ingest"
	"marsad/report"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func pipeline(tb testing.TB) marsad.Pipeline {
	tb.Helper()
	p, err := Embedded()
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// goldenCases are whole documents coded and compared with
// testdata/<name>.golden. The publication date is part of the case.
var goldenCases = []struct {
	name, file, published string
}{
	{"rt-putin-mediation", "../examples/rt-putin-mediation.txt", "2026-01-15"},
	{"pentagon-denial", "testdata/pentagon-denial.txt", "2018-04-09"},
}

func TestGolden(t *testing.T) {
	p := pipeline(t)
	for _, c := range goldenCases {
		t.Run(c.name, func(t *testing.T) {
			b, err := os.ReadFile(c.file)
			if err != nil {
				t.Fatal(err)
			}
			day, _ := time.Parse("2006-01-02", c.published)
			d := marsad.NewDocument(c.name, string(b), day)
			if err := p.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, d)
			var got bytes.Buffer
			if err := report.WriteJSONIndent(&got, report.FromDocument(d)); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", c.name+".golden")
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./coder -update to create it)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("output differs from %s; run go test ./coder -update and read the diff\n%s", golden, firstDiff(got.String(), string(want)))
			}
		})
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) && i < len(w); i++ {
		if g[i] != w[i] {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + g[i] + "\nwant: " + w[i]
		}
	}
	return "lengths differ"
}

// checkInvariants checks every layer's spans: inside the text, non-empty
// where they must be, ordered; references in range.
func checkInvariants(t testing.TB, d *marsad.Document) {
	t.Helper()
	n := d.Runes()
	in := func(s marsad.Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }
	for i := 1; i < len(d.NormMap); i++ {
		if d.NormMap[i] < d.NormMap[i-1] {
			t.Fatalf("NormMap decreases at %d", i)
		}
	}
	for i, tok := range d.Tokens {
		if !in(tok.Span) || tok.Len() == 0 || (i > 0 && tok.Start < d.Tokens[i-1].End) {
			t.Fatalf("token %d %+v", i, tok)
		}
	}
	for i, s := range d.Sentences {
		if !in(s.Span) || (i > 0 && s.Start < d.Sentences[i-1].End) {
			t.Fatalf("sentence %d %+v", i, s.Span)
		}
	}
	for i, m := range d.Mentions {
		if !in(m.Span) || m.Len() == 0 || m.Ref >= len(d.Mentions) {
			t.Fatalf("mention %d %+v", i, m)
		}
	}
	for i, q := range d.Quotes {
		if !in(q.Span) || q.Speaker >= len(d.Mentions) || q.Quotation >= len(d.Quotations) {
			t.Fatalf("quote %d %+v", i, q)
		}
	}
	for i, e := range d.Events {
		if !in(e.Trigger) || e.Source >= len(d.Mentions) || e.Target >= len(d.Mentions) || e.Sentence >= len(d.Sentences) {
			t.Fatalf("event %d %+v", i, e)
		}
	}
}

// TestRunKeepsOrder codes many documents in parallel and checks the order.
func TestRunKeepsOrder(t *testing.T) {
	p := pipeline(t)
	in := make(chan Job)
	go func() {
		for i := range 50 {
			in <- Job{Seq: i, Doc: marsad.NewDocument(strconv.Itoa(i), strings.Repeat("قال الرئيس الروسي فلاديمير بوتين. ", i%7+1), time.Time{})}
		}
		close(in)
	}()
	next := 0
	err := Run(context.Background(), p, 4, in, func(j Job) error {
		if j.Seq != next {
			t.Errorf("got job %d, want %d", j.Seq, next)
		}
		next++
		return nil
	})
	if err != nil || next != 50 {
		t.Fatalf("Run: %v after %d jobs", err, next)
	}
}

// BenchmarkCodeExample measures the whole code path on the example report.
func BenchmarkCodeExample(b *testing.B) {
	p := pipeline(b)
	text, err := os.ReadFile("../examples/rt-putin-mediation.txt")
	if err != nil {
		b.Fatal(err)
	}
	day, _ := time.Parse("2006-01-02", "2026-01-15")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		d := marsad.NewDocument("rt", string(text), day)
		if err := p.Process(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCodeCorpus measures the whole code path (JSON Lines in, JSON
// out) on the 3,000 real articles of ../shared/data/news-ar-ant on one
// core, and reports articles per second.
func BenchmarkCodeCorpus(b *testing.B) {
	path := "../../shared/data/news-ar-ant/ant-v2.1-sample-3000.jsonl"
	raw, err := os.ReadFile(path)
	if err != nil {
		b.Skipf("skipping: %v (../shared is absent in a fresh clone)", err)
	}
	p := pipeline(b)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	articles := 0
	for b.Loop() {
		w := bufio.NewWriter(discard{})
		err := ingest.ReadJSONL(bytes.NewReader(raw), path, func(r ingest.Record) error {
			d := marsad.NewDocument(r.ID, r.Text, r.Published)
			if err := p.Process(context.Background(), d); err != nil {
				return err
			}
			articles++
			return report.WriteJSON(w, report.FromDocument(d))
		})
		if err != nil {
			b.Fatal(err)
		}
		w.Flush()
	}
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
