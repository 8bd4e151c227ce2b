package model

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Linear is a multiclass linear model over sparse string features: one
// weight per feature and class; the prediction is the class with the
// highest sum of the weights of the features present. Two learners fill it:
// the averaged perceptron (Train) and multinomial naive Bayes (TrainNB),
// whose weights are log-probabilities; the file records which.
type Linear struct {
	Name    string
	Version string
	Classes []string
	Learner string // "perceptron" or "naive-bayes"
	weights map[string][]float64
}

// Example is one training instance.
type Example struct {
	Features []string
	Class    int
}

// Scores returns the score of every class for a feature set.
func (p *Linear) Scores(features []string) []float64 {
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
func (p *Linear) Predict(features []string) (int, float64) {
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

// Bias is the feature every example carries: its weights are the classes'
// priors.
const Bias = "bias"

// Shift adds by to class c's weight of the Bias feature: a binary model's
// decision threshold moves by that much.
func (p *Linear) Shift(c int, by float64) {
	w := p.weights[Bias]
	if w == nil {
		w = make([]float64, len(p.Classes))
		p.weights[Bias] = w
	}
	w[c] += by
}

// Weight returns the weight of feature f for class c (0 when unknown).
func (p *Linear) Weight(f string, c int) float64 {
	if w, ok := p.weights[f]; ok {
		return w[c]
	}
	return 0
}

// Features returns the number of features with weights.
func (p *Linear) Features() int { return len(p.weights) }

// Write saves the model as TSV: `#` header lines (name, version, classes,
// the notes given), then one line per feature: the feature and one weight
// per class, features sorted.
func (p *Linear) Write(w io.Writer, notes ...string) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# model: %s\n# version: %s\n# classes: %s\n", p.Name, p.Version, strings.Join(p.Classes, " "))
	if p.Learner != "" {
		fmt.Fprintf(bw, "# learner: %s\n", p.Learner)
	}
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
func Load(fsys fs.FS, file string) (*Linear, error) {
	f, err := fsys.Open(file)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	defer f.Close()
	p := &Linear{weights: map[string][]float64{}}
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
			case "learner":
				p.Learner = val
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
