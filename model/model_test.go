package model

import (
	"bytes"
	"math"
	"testing"
	"testing/fstest"
)

// examples is a small separable task: the class is given by one of two
// marker features among shared noise.
func examples() []Example {
	var ex []Example
	for i := range 40 {
		noise := []string{"w:the", "w:news", "b:" + string(rune('a'+i%7))}
		ex = append(ex, Example{Features: append([]string{"w:protest"}, noise...), Class: 1})
		ex = append(ex, Example{Features: append([]string{"w:weather"}, noise...), Class: 0})
	}
	return ex
}

func TestTrainLearnsAndIsReproducible(t *testing.T) {
	ex := examples()
	a := Train("toy", []string{"no", "yes"}, ex, 5, 7)
	b := Train("toy", []string{"no", "yes"}, ex, 5, 7)
	for _, tt := range []struct {
		feats []string
		want  string
	}{
		{[]string{"w:protest", "w:the"}, "yes"},
		{[]string{"w:weather", "w:news"}, "no"},
	} {
		c, _ := a.Predict(tt.feats)
		if a.Classes[c] != tt.want {
			t.Errorf("Predict(%v) = %s, want %s", tt.feats, a.Classes[c], tt.want)
		}
	}
	var wa, wb bytes.Buffer
	if err := a.Write(&wa); err != nil {
		t.Fatal(err)
	}
	if err := b.Write(&wb); err != nil {
		t.Fatal(err)
	}
	if wa.String() != wb.String() {
		t.Error("two trainings with the same seed differ")
	}
}

func TestWriteLoadRoundTrip(t *testing.T) {
	for _, p := range []*Linear{
		Train("toy", []string{"no", "yes"}, examples(), 5, 7),
		TrainNB("toy", []string{"no", "yes"}, examples(), 0.5),
	} {
		p.Version = "2026.11.29"
		var buf bytes.Buffer
		if err := p.Write(&buf, "trained: a test"); err != nil {
			t.Fatal(err)
		}
		q, err := Load(fstest.MapFS{"toy.tsv": {Data: buf.Bytes()}}, "toy.tsv")
		if err != nil {
			t.Fatal(err)
		}
		if q.Name != "toy" || q.Version != p.Version || q.Learner != p.Learner || len(q.Classes) != 2 || q.Features() != p.Features() {
			t.Fatalf("loaded %s@%s (%s) %v with %d features, wrote %s@%s (%s) %v with %d", q.Name, q.Version, q.Learner, q.Classes, q.Features(), p.Name, p.Version, p.Learner, p.Classes, p.Features())
		}
		for _, ex := range examples() {
			pc, ps := p.Predict(ex.Features)
			qc, qs := q.Predict(ex.Features)
			// Weights are written with 5 significant digits.
			if pc != qc || ps-qs > 1e-3*max(1, ps) || qs-ps > 1e-3*max(1, ps) {
				t.Fatalf("%s: prediction changed after a round trip: %d %.4f vs %d %.4f", p.Learner, pc, ps, qc, qs)
			}
		}
	}
}

func TestTrainNB(t *testing.T) {
	// Two classes; "w:a" seen twice with class 0, once with class 1.
	ex := []Example{
		{Features: []string{"w:a", "w:b"}, Class: 0},
		{Features: []string{"w:a", "w:a"}, Class: 0}, // a repeated feature counts once
		{Features: []string{"w:a", "w:c"}, Class: 1},
	}
	p := TrainNB("toy", []string{"no", "yes"}, ex, 1)
	// Class 0 holds 3 feature occurrences (a, b, a), class 1 two (a, c);
	// the vocabulary is 3 features.
	for _, tt := range []struct {
		f    string
		c    int
		want float64
	}{
		{"w:a", 0, math.Log(3.0 / 6)},
		{"w:a", 1, math.Log(2.0 / 5)},
		{"w:b", 1, math.Log(1.0 / 5)},
		{"w:c", 1, math.Log(2.0 / 5)},
		{"w:unseen", 0, 0},
	} {
		if got := p.Weight(tt.f, tt.c); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("Weight(%s, %d) = %.4f, want %.4f", tt.f, tt.c, got, tt.want)
		}
	}
	for _, tt := range []struct {
		feats []string
		want  string
	}{
		{[]string{"w:b"}, "no"},
		{[]string{"w:c", "w:unseen"}, "yes"},
	} {
		if c, _ := p.Predict(tt.feats); p.Classes[c] != tt.want {
			t.Errorf("Predict(%v) = %s, want %s", tt.feats, p.Classes[c], tt.want)
		}
	}
	q := TrainNB("toy", []string{"no", "yes"}, examples(), 0.5)
	for _, ex := range examples() {
		if c, _ := q.Predict(ex.Features); c != ex.Class {
			t.Errorf("naive Bayes misreads a training example %v: %d", ex.Features, c)
		}
	}
}

func TestLoadRejectsBadFiles(t *testing.T) {
	for name, text := range map[string]string{
		"no classes":      "# model: x\nw:a\t1\t2\n",
		"too few weights": "# model: x\n# classes: no yes\nw:a\t1\n",
		"not a number":    "# model: x\n# classes: no yes\nw:a\t1\tz\n",
	} {
		if _, err := Load(fstest.MapFS{"m.tsv": {Data: []byte(text)}}, "m.tsv"); err == nil {
			t.Errorf("%s: Load accepted %q", name, text)
		}
	}
}

func TestSplitIsStableAndNormalized(t *testing.T) {
	a := Split("قَصفت الطائرات مواقع في سوريا")
	b := Split("قصفت الطائرات مواقع في سوريا")
	if a != b {
		t.Errorf("Split differs on diacritics: %s vs %s", a, b)
	}
	test := 0
	for i := range 1000 {
		if Split("جملة رقم "+string(rune('٠'+i%10))+string(rune('a'+i/10%26))+string(rune('a'+i/260))) == "test" {
			test++
		}
	}
	if test < 220 || test > 380 {
		t.Errorf("%d of 1000 sentences on the test side, want about %d", test, TestShare*100)
	}
}
