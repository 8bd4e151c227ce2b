package lexicon

import (
	"fmt"
	"io/fs"
	"sync"

	"marsad/data"
	"marsad/model"
)

// Lexicon is every data file marsad uses, loaded and validated.
type Lexicon struct {
	Actors    *Actors
	Particles *Particles
	Names     *Names
	Reporting *Reporting
	Codebook  *Codebook
	Dates     *Dates
	Boiler    *Boiler
	Events    *Events
	// The learned models (data/models) are read on first use (Models):
	// coding with the rules alone need not read them.
	fsys       fs.FS
	modelsOnce sync.Once
	models     *model.Set
	modelsErr  error
}

// Models returns the learned models of the lexicon's data, read once on
// first use.
func (l *Lexicon) Models() (*model.Set, error) {
	l.modelsOnce.Do(func() {
		if l.fsys != nil {
			l.models, l.modelsErr = model.LoadSet(l.fsys)
		}
	})
	return l.models, l.modelsErr
}

// Load reads and validates every lexicon in fsys (laid out as data/).
func Load(fsys fs.FS) (*Lexicon, error) {
	var (
		l   Lexicon
		err error
	)
	// One vocabulary numbers the words of every lexicon that looks tokens
	// up, so that a token is looked up once.
	vocab := NewVocab()
	if l.Actors, err = LoadActors(fsys, vocab); err != nil {
		return nil, err
	}
	if l.Particles, err = LoadParticles(fsys, vocab); err != nil {
		return nil, err
	}
	if l.Names, err = LoadNames(fsys); err != nil {
		return nil, err
	}
	l.Names.UseVocab(vocab)
	if l.Reporting, err = LoadReporting(fsys, vocab); err != nil {
		return nil, err
	}
	if l.Codebook, err = LoadCodebook(fsys); err != nil {
		return nil, err
	}
	if l.Dates, err = LoadDates(fsys, vocab); err != nil {
		return nil, err
	}
	if l.Boiler, err = LoadBoiler(fsys, vocab); err != nil {
		return nil, err
	}
	if l.Events, err = LoadEvents(fsys, l.Codebook, vocab, l.Particles); err != nil {
		return nil, err
	}
	l.fsys = fsys
	return &l, nil
}

var (
	embeddedOnce sync.Once
	embedded     *Lexicon
	embeddedErr  error
)

// Embedded returns the lexicons compiled into the binary, loaded once.
func Embedded() (*Lexicon, error) {
	embeddedOnce.Do(func() {
		embedded, embeddedErr = Load(data.FS)
		if embeddedErr != nil {
			embeddedErr = fmt.Errorf("embedded data: %w", embeddedErr)
		}
	})
	return embedded, embeddedErr
}

// Versions returns the version tags of every lexicon, for provenance.
func (l *Lexicon) Versions() []string {
	return []string{l.Actors.Version, l.Reporting.Version, l.Codebook.Version, l.Dates.Version, l.Boiler.Version, l.Events.Version}
}
