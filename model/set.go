package model

import (
	"errors"
	"io/fs"
	"strings"
)

// Set is the models the event coder consults. A nil model is not used.
//
// The protest confirmer learns from few examples (the protest dev set has
// 25 positive sentences, about 17 on the train side): naive Bayes confirms
// some of them where a perceptron learned only to say no.
type Set struct {
	Protest   *Linear // confirms asserted protests (root 14): classes no, yes
	Assault   *Linear // confirms asserted assaults (roots 18, 19, 20): classes no, yes
	Quad      *Linear // the kind of act a sentence reports: 0 none, GDELT quad classes 1-4
	Relevance *Linear // whether a sentence reports a political interaction: classes no, yes
}

// Files are the model files of a Set, under models/ in a data folder.
var Files = map[string]func(*Set) **Linear{
	"assault.tsv":   func(s *Set) **Linear { return &s.Assault },
	"protest.tsv":   func(s *Set) **Linear { return &s.Protest },
	"quad.tsv":      func(s *Set) **Linear { return &s.Quad },
	"relevance.tsv": func(s *Set) **Linear { return &s.Relevance },
}

// LoadSet reads the models in models/ of fsys; a missing file leaves its
// model nil, a malformed one is an error.
func LoadSet(fsys fs.FS) (*Set, error) {
	s := &Set{}
	for name, field := range Files {
		p, err := Load(fsys, "models/"+name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		*field(s) = p
	}
	return s, nil
}

// Version names the models of the set with their versions, for provenance.
func (s *Set) Version() string {
	var parts []string
	for _, p := range []*Linear{s.Protest, s.Assault, s.Quad, s.Relevance} {
		if p != nil {
			parts = append(parts, p.Name+"@"+p.Version)
		}
	}
	return strings.Join(parts, ",")
}
