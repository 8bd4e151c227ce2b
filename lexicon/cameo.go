package lexicon

import (
	"io/fs"
	"strconv"
)

// Code is one CAMEO event code with its Goldstein weight, quad class and
// PLOVER mapping.
type Code struct {
	Code           string
	Name           string
	Root           string
	Quad           int     // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
	Goldstein      float64 // ICEWS value
	GoldsteinGDELT float64 // GDELT value (for the GDELT export)
	PLOVER         string  // PLOVER event type; "" where PLOVER drops the code
	PLOVERMode     string
	PLOVERContexts string
}

// Codebook is the CAMEO codebook.
type Codebook struct {
	Codes   map[string]*Code
	Version string
	// Unmapped lists codes the PLOVER tables name that the CAMEO codebook
	// lacks (the PLOVER table knows 1214, a later CAMEO addition).
	Unmapped []string
}

// Lookup returns a code's entry; nil if the code is not in CAMEO.
func (c *Codebook) Lookup(code string) *Code { return c.Codes[code] }

// LoadCodebook reads cameo/cameo.tsv, cameo/plover.tsv and
// cameo/plover-extra.tsv.
func LoadCodebook(fsys fs.FS) (*Codebook, error) {
	t, err := readTable(fsys, "cameo/cameo.tsv", "code", "name", "root", "quad_class", "goldstein", "goldstein_gdelt")
	if err != nil {
		return nil, err
	}
	cb := &Codebook{Codes: make(map[string]*Code, len(t.rows)), Version: "cameo@" + t.version}
	for _, r := range t.rows {
		c := &Code{Code: t.get(r, "code"), Name: t.get(r, "name"), Root: t.get(r, "root")}
		if c.Quad, err = strconv.Atoi(t.get(r, "quad_class")); err != nil {
			return nil, t.errorf(r, "quad_class: %v", err)
		}
		if c.Goldstein, err = strconv.ParseFloat(t.get(r, "goldstein"), 64); err != nil {
			return nil, t.errorf(r, "goldstein: %v", err)
		}
		if g := t.get(r, "goldstein_gdelt"); g != "" && g != "NA" {
			if c.GoldsteinGDELT, err = strconv.ParseFloat(g, 64); err != nil {
				return nil, t.errorf(r, "goldstein_gdelt: %v", err)
			}
		} else {
			c.GoldsteinGDELT = c.Goldstein
		}
		if cb.Codes[c.Code] != nil {
			return nil, t.errorf(r, "duplicate code %s", c.Code)
		}
		cb.Codes[c.Code] = c
	}
	for _, f := range []string{"cameo/plover.tsv", "cameo/plover-extra.tsv"} {
		p, err := readTable(fsys, f, "cameo", "plover_event", "plover_mode", "plover_contexts")
		if err != nil {
			return nil, err
		}
		for _, r := range p.rows {
			code := p.get(r, "cameo")
			c := cb.Codes[code]
			if c == nil {
				if len(code) < 2 || len(code) > 4 {
					return nil, p.errorf(r, "bad CAMEO code %q", code)
				}
				cb.Unmapped = append(cb.Unmapped, code)
				continue
			}
			c.PLOVER, c.PLOVERMode, c.PLOVERContexts = p.get(r, "plover_event"), p.get(r, "plover_mode"), p.get(r, "plover_contexts")
		}
	}
	return cb, nil
}
