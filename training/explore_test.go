package training

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"marsad"
	"marsad/coder"
	"marsad/data"
	"marsad/events"
	"marsad/lexicon"
	"marsad/model"
)

func macroF1(p *model.Perceptron, ex []model.Example, n int) float64 {
	tp := make([]float64, n)
	fp := make([]float64, n)
	fn := make([]float64, n)
	for _, e := range ex {
		c, _ := p.Predict(e.Features)
		if c == e.Class {
			tp[c]++
		} else {
			fp[c]++
			fn[e.Class]++
		}
	}
	s := 0.0
	for c := 0; c < n; c++ {
		if tp[c] > 0 {
			P, R := tp[c]/(tp[c]+fp[c]), tp[c]/(tp[c]+fn[c])
			s += 2 * P * R / (P + R)
		}
	}
	return s / float64(n)
}

func TestExploreQuad(t *testing.T) {
	if os.Getenv("EXPLORE") == "" {
		t.Skip()
	}
	lex, _ := lexicon.Load(data.FS)
	lex.Models = nil
	reading, _ := coder.NewReading(lex)
	ev := events.New(lex)
	quad, _ := quadMap(data.FS)
	rows, _ := ReadTSV("../../shared/data/dev-sets/un-quadclass-dev.tsv")
	var train, test []model.Example
	for _, r := range rows {
		d := marsad.NewDocument("x", r.Text, time.Time{})
		reading.Process(context.Background(), d)
		var feats []string
		for _, fs := range ev.Features(d) {
			feats = append(feats, fs...)
		}
		feats = filter(feats, os.Getenv("DROP"))
		ex := model.Example{Features: feats, Class: quad[r.Label]}
		if model.Split(r.Text) == "test" {
			test = append(test, ex)
		} else {
			train = append(train, ex)
		}
	}
	if os.Getenv("EXTRA0") != "" {
		seen := map[string]bool{}
		for _, r := range rows {
			seen[r.Text] = true
		}
		rel, _ := ReadTSV("../../shared/data/dev-sets/un-relevance-dev.tsv")
		n := 0
		for _, r := range rel {
			if r.Label != "0" || seen[r.Text] || model.Split(r.Text) == "test" {
				continue
			}
			d := marsad.NewDocument("x", r.Text, time.Time{})
			reading.Process(context.Background(), d)
			var feats []string
			for _, fs := range ev.Features(d) {
				feats = append(feats, fs...)
			}
			train = append(train, model.Example{Features: filter(feats, os.Getenv("DROP")), Class: 0})
			n++
		}
		fmt.Println("extra zeros", n)
	}
	for _, ep := range []int{5, 12, 25} {
		p := model.Train("q", []string{"0", "1", "2", "3", "4"}, train, ep, Seed)
		fmt.Printf("epochs %d: test macroF1 %.3f acc %.3f\n", ep, macroF1(p, test, 5), accuracy(p, test))
	}
}

func filter(fs []string, drop string) []string {
	if drop == "" {
		return fs
	}
	var out []string
	for _, f := range fs {
		if len(f) >= len(drop) && f[:len(drop)] == drop {
			continue
		}
		out = append(out, f)
	}
	return out
}
