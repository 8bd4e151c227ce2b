package model

import (
	"math"
	"math/rand/v2"
)

// Train learns a multiclass averaged perceptron (Collins 2002; the averaging
// as in Daumé's "A Course in Machine Learning", ch. 4) from examples in
// epochs passes, visiting the examples in an order shuffled by seed, so that
// training is reproducible.
func Train(name string, classes []string, examples []Example, epochs int, seed uint64) *Linear {
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
	cur := &Linear{Classes: classes, weights: map[string][]float64{}}
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
	cur.Learner = "perceptron"
	return cur
}
