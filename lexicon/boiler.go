package lexicon

import "io/fs"

// Boiler is the page-furniture lexicon of arabic/boilerplate.tsv.
type Boiler struct {
	Start   *Index[string] // phrases that mark a line as furniture when it starts with them
	Any     *Index[string] // phrases that mark a line wherever they occur
	Version string
}

// LoadBoiler reads arabic/boilerplate.tsv.
func LoadBoiler(fsys fs.FS, v *Vocab) (*Boiler, error) {
	t, err := readTable(fsys, "arabic/boilerplate.tsv", "phrase", "where", "kind")
	if err != nil {
		return nil, err
	}
	b := &Boiler{Start: NewIndex[string](v), Any: NewIndex[string](v), Version: "boilerplate@" + t.version}
	for _, r := range t.rows {
		words := Words(t.get(r, "phrase"))
		if len(words) == 0 {
			return nil, t.errorf(r, "empty phrase")
		}
		switch t.get(r, "where") {
		case "start":
			b.Start.AddWords(words, t.get(r, "kind"))
		case "any":
			b.Any.AddWords(words, t.get(r, "kind"))
		default:
			return nil, t.errorf(r, "where %q: want start or any", t.get(r, "where"))
		}
	}
	return b, nil
}
