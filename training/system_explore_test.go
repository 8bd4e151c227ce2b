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
	"marsad/lexicon"
	"marsad/model"
)

func TestExploreSystem(t *testing.T) {
	if os.Getenv("EXPLORE") == "" {
		t.Skip()
	}
	lex, _ := lexicon.Load(data.FS)
	if os.Getenv("NOMODELS") != "" {
		lex.Models = nil
	}
	pipe, _ := coder.New(lex)
	if os.Getenv("MODELS") != "" {
		pipe, _ = coder.NewWithModels(lex)
	}
	quad, _ := quadMap(data.FS)
	split := os.Getenv("SPLIT")
	code := func(text string) []marsad.Event {
		d := marsad.NewDocument("x", text, time.Time{})
		pipe.Process(context.Background(), d)
		return d.Events
	}
	f1 := func(tp, fp, fn float64) float64 {
		if tp == 0 {
			return 0
		}
		p, r := tp/(tp+fp), tp/(tp+fn)
		return 2 * p * r / (p + r)
	}
	for _, set := range []struct {
		file  string
		roots map[string]bool
	}{{"protest-detection-dev.tsv", map[string]bool{"14": true}}, {"assault-detection-dev.tsv", map[string]bool{"18": true, "19": true, "20": true}}} {
		rows, _ := ReadTSV("../../shared/data/dev-sets/" + set.file)
		var tp, fp, fn float64
		for _, r := range rows {
			if r.Label == "ambiguous" || (split != "" && model.Split(r.Text) != split) {
				continue
			}
			det := false
			for _, e := range code(r.Text) {
				if set.roots[e.Root] && e.Modality == marsad.Asserted {
					det = true
				}
			}
			y := r.Label == "yes"
			switch {
			case det && y:
				tp++
			case det:
				fp++
			case y:
				fn++
			}
		}
		fmt.Printf("%s F1 %.3f (tp %v fp %v fn %v)\n", set.file, f1(tp, fp, fn), tp, fp, fn)
	}
	rows, _ := ReadTSV("../../shared/data/dev-sets/un-quadclass-dev.tsv")
	conf := map[[2]int]float64{}
	for _, r := range rows {
		if split != "" && model.Split(r.Text) != split {
			continue
		}
		pred := 0
		for _, e := range code(r.Text) {
			if e.Modality == marsad.Asserted {
				pred = e.QuadClass
				break
			}
		}
		conf[[2]int{quad[r.Label], pred}]++
	}
	macro := 0.0
	for c := 0; c < 5; c++ {
		var tp, fp, fn float64
		for k, v := range conf {
			switch {
			case k[0] == c && k[1] == c:
				tp += v
			case k[1] == c:
				fp += v
			case k[0] == c:
				fn += v
			}
		}
		macro += f1(tp, fp, fn) / 5
	}
	fmt.Printf("quad macro-F1 %.3f\n", macro)
	rows, _ = ReadTSV("../../shared/data/dev-sets/un-relevance-dev.tsv")
	var tp, fp, fn float64
	for _, r := range rows {
		if split != "" && model.Split(r.Text) != split {
			continue
		}
		det := false
		for _, e := range code(r.Text) {
			if e.Modality == marsad.Asserted {
				det = true
			}
		}
		y := r.Label == "1"
		switch {
		case det && y:
			tp++
		case det:
			fp++
		case y:
			fn++
		}
	}
	fmt.Printf("relevance F1 %.3f\n", f1(tp, fp, fn))
}
