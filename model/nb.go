package model

import "math"

// TrainNB learns a multinomial naive Bayes model (McCallum and Nigam 1998)
// with add-alpha smoothing, each feature counted once per example. The
// weight of a feature for a class is the log of its smoothed share of the
// class's feature occurrences; the class prior is left out (uniform), as
// the dev sets are scored per class, not by accuracy, and their classes are
// far from balanced. Features never seen in training weigh nothing.
// Training has no order and no seed: the same examples give the same model.
func TrainNB(name string, classes []string, examples []Example, alpha float64) *Linear {
	n := len(classes)
	counts := map[string][]float64{}
	total := make([]float64, n)
	for _, ex := range examples {
		seen := make(map[string]bool, len(ex.Features))
		for _, f := range ex.Features {
			if seen[f] {
				continue
			}
			seen[f] = true
			c := counts[f]
			if c == nil {
				c = make([]float64, n)
				counts[f] = c
			}
			c[ex.Class]++
			total[ex.Class]++
		}
	}
	vocab := float64(len(counts))
	p := &Linear{Name: name, Classes: classes, Learner: "naive-bayes", weights: make(map[string][]float64, len(counts))}
	for f, c := range counts {
		w := make([]float64, n)
		for k := range w {
			w[k] = math.Log((c[k] + alpha) / (total[k] + alpha*vocab))
		}
		p.weights[f] = w
	}
	return p
}
