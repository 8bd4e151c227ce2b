package model

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
)

// Perceptron is a multiclass averaged perceptron (Collins 2002; the
// averaging as in Daumé's "A Course in Machine Learning", ch. 4): one weight
// vector per class over sparse string features; the prediction is the class
// with the highest score.
type Perceptron struct {
	Name    string
	Version string
	Classes []string
	weights map[string][]float64
}

// Example is one training instance.
type Example struct {
	Features []string
	Class    int
}

// Scores returns the score of every class for a feature set.
func (p *Perceptron) Scores(features []string) []float64 {
	s := make([]float64, len(p.Classes))
	for _, f := range features {
		if w, ok := p.weights[f]; ok {
			for c := range s {
				s[c] += w[c]
			}
		}
	}
	return s
}

// Predict returns the best class and its margin over the second best.
func (p *Perceptron) Predict(features []string) (int, float64) {
	s := p.Scores(features)
	best, second := 0, math.Inf(-1)
	for c := 1; c < len(s); c++ {
		if s[c] > s[best] {
			second = s[best]
			best = c
		} else if s[c] > second {
			second = s[c]
		}
	}
	if len(s) == 1 {
		second = 0
	}
	return best, s[best] - second
}

// Weight returns the weight of feature f for class c (0 when unknown).
func (p *Perceptron) Weight(f string, c int) float64 {
	if w, ok := p.weights[f]; ok {
		return w[c]
	}
	return 0
}

// Train learns a perceptron from examples in epochs passes, visiting the
// examples in an order shuffled by seed, so that training is reproducible.
func Train(name string, classes []string, examples []Example, epochs int, seed uint64) *Perceptron {
	type acc struct {
		w, total []float64
		stamp    []int
	}
	feats := map[string]*acc{}
	get := func(f string) *acc {
		a := feats[f]
		if a == nil {
			n := len(classes)
			a = &acc{w: make([]float64, n), total: make([]float64, n), stamp: make([]int, n)}
			feats[f] = a
		}
		return a
	}
	update := func(a *acc, c, step int, delta float64) {
		// Lazy averaging: add the weight's value for the steps it was left
		// unchanged, then change it.
		a.total[c] += float64(step-a.stamp[c]) * a.w[c]
		a.stamp[c] = step
		a.w[c] += delta
	}
	cur := &Perceptron{Classes: classes, weights: map[string][]float64{}}
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9E3779B97F4A7C15))
	step := 0
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			ex := examples[i]
			step++
			// Score with the current (not averaged) weights.
			scores := make([]float64, len(classes))
			for _, f := range ex.Features {
				if a, ok := feats[f]; ok {
					for c := range scores {
						scores[c] += a.w[c]
					}
				}
			}
			guess := 0
			for c := range scores {
				if scores[c] > scores[guess] {
					guess = c
				}
			}
			if guess == ex.Class {
				continue
			}
			for _, f := range ex.Features {
				a := get(f)
				update(a, ex.Class, step, 1)
				update(a, guess, step, -1)
			}
		}
	}
	for f, a := range feats {
		w := make([]float64, len(classes))
		keep := false
		for c := range w {
			total := a.total[c] + float64(step-a.stamp[c])*a.w[c]
			w[c] = total / float64(step)
			if math.Abs(w[c]) >= 1e-4 {
				keep = true
			}
		}
		if keep {
			cur.weights[f] = w
		}
	}
	cur.Name = name
	return cur
}

// Features returns the number of features with weights.
func (p *Perceptron) Features() int { return len(p.weights) }

// Write saves the model as TSV: `#` header lines (name, version, classes,
// the notes given), then one line per feature: the feature and one weight
// per class, features sorted.
func (p *Perceptron) Write(w io.Writer, notes ...string) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# model: %s\n# version: %s\n# classes: %s\n", p.Name, p.Version, strings.Join(p.Classes, " "))
	for _, n := range notes {
		fmt.Fprintf(bw, "# %s\n", n)
	}
	names := make([]string, 0, len(p.weights))
	for f := range p.weights {
		names = append(names, f)
	}
	sort.Strings(names)
	for _, f := range names {
		bw.WriteString(f)
		for _, x := range p.weights[f] {
			bw.WriteByte('\t')
			bw.WriteString(strconv.FormatFloat(x, 'g', 5, 64))
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// Load reads a model written by Write from fsys.
func Load(fsys fs.FS, file string) (*Perceptron, error) {
	f, err := fsys.Open(file)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	defer f.Close()
	p := &Perceptron{weights: map[string][]float64{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if h, ok := strings.CutPrefix(text, "# "); ok {
			key, val, _ := strings.Cut(h, ": ")
			switch key {
			case "model":
				p.Name = val
			case "version":
				p.Version = val
			case "classes":
				p.Classes = strings.Fields(val)
			}
			continue
		}
		if text == "" {
			continue
		}
		fields := strings.Split(text, "\t")
		if len(p.Classes) == 0 || len(fields) != len(p.Classes)+1 {
			return nil, fmt.Errorf("model: %s:%d: %d fields, want feature + %d weights", file, line, len(fields), len(p.Classes))
		}
		w := make([]float64, len(p.Classes))
		for c := range w {
			if w[c], err = strconv.ParseFloat(fields[c+1], 64); err != nil {
				return nil, fmt.Errorf("model: %s:%d: %v", file, line, err)
			}
		}
		p.weights[fields[0]] = w
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("model: %s: %w", file, err)
	}
	if p.Name == "" || p.Version == "" || len(p.Classes) < 2 {
		return nil, fmt.Errorf("model: %s: missing model, version or classes header", file)
	}
	return p, nil
}
