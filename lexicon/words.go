package lexicon

import (
	"io/fs"
	"strconv"
	"strings"

	"marsad"
	"marsad/arabic"
)

// Particles are the closed-class words the grammar rules of the stages
// consult (prepositions, titles, negations…), by class, from
// arabic/particles.tsv.
type Particles struct {
	class  map[string]string // normalized single word → class
	Titles *Index[string]    // titles before a person's name, possibly multi-word
	// kinds are the nouns of a body's kind that may stand before its name
	// (منظمة, حركة): content words, which Class does not report.
	kinds map[string]bool
}

// IsKind reports whether the normalized word w names a kind of body that
// may stand before the body's name («منظمة هيومن رايتس ووتش»).
func (p *Particles) IsKind(w string) bool { return p.kinds[w] }

// Is reports whether the normalized word w belongs to class.
func (p *Particles) Is(w, class string) bool { return p.class[w] == class }

// Class returns the class of the normalized word w, "" if none.
func (p *Particles) Class(w string) string { return p.class[w] }

// LoadParticles reads arabic/particles.tsv.
func LoadParticles(fsys fs.FS, v *Vocab) (*Particles, error) {
	t, err := readTable(fsys, "arabic/particles.tsv", "word", "class")
	if err != nil {
		return nil, err
	}
	p := &Particles{class: map[string]string{}, Titles: NewIndex[string](v), kinds: map[string]bool{}}
	for _, r := range t.rows {
		w, c := Words(t.get(r, "word")), t.get(r, "class")
		if len(w) == 0 || c == "" {
			return nil, t.errorf(r, "empty word or class")
		}
		if c == "title" {
			p.Titles.AddWords(w, strings.Join(w, " "))
			continue
		}
		if len(w) != 1 {
			return nil, t.errorf(r, "particle %q is not one word", t.get(r, "word"))
		}
		if c == "kind" {
			p.kinds[w[0]] = true
			continue
		}
		if old, ok := p.class[w[0]]; ok && old != c {
			return nil, t.errorf(r, "%q is both %s and %s", t.get(r, "word"), old, c)
		}
		p.class[w[0]] = c
	}
	return p, nil
}

// Names holds the word lists used to recognise person names that are not
// in the actor lexicon.
type Names struct {
	Given     map[string]bool // given names
	Family    map[string]bool // family names from the same list
	Tokens    map[string]int  // person-name tokens seen in Wikidata, with counts
	Begin     map[string]int  // ANERcorp: times a word began a person name
	Inside    map[string]int  // ANERcorp: times a word continued a person name
	Stopwords map[string]bool
	given     map[string]bool // IsGiven, precomputed
	nameTok   map[string]bool // IsNameToken, precomputed
	// With a vocabulary (UseVocab), the given names are numbered in it and
	// givenIDs has bit id set for each: GivenSeg reads a token's cached
	// lookup instead of looking its stems up by string.
	vocab    *Vocab
	givenIDs []uint64
}

// UseVocab numbers the given names in v, for GivenSeg.
func (n *Names) UseVocab(v *Vocab) {
	n.vocab = v
	for w := range n.given {
		id := v.intern(w)
		for int(id>>6) >= len(n.givenIDs) {
			n.givenIDs = append(n.givenIDs, 0)
		}
		n.givenIDs[id>>6] |= 1 << (id & 63)
	}
}

// GivenSeg returns the first segmentation of word token t with neither an
// enclitic, the article nor the future marker whose stem is a given name
// (IsGiven): «ومحمد», «لخالد». It caches lookups on the token, as the
// pattern sets that share the vocabulary do (UseVocab), or looks the
// stems up by string without one.
func (n *Names) GivenSeg(t *marsad.Token) (marsad.Segmentation, bool) {
	if strings.Contains(t.Norm, "عبدال") {
		// «عبدالمنعم», «وعبدالله»: a compound given name in one word,
		// which the name lists hold in two.
		for _, s := range arabic.SegmentToken(*t) {
			if s.Suf == "" && !s.Det && !s.Fut && n.IsGiven(s.Stem) {
				return s, true
			}
		}
	}
	if n.vocab == nil {
		for _, s := range arabic.SegmentToken(*t) {
			if s.Suf == "" && !s.Det && !s.Fut && n.IsGiven(s.Stem) {
				return s, true
			}
		}
		return marsad.Segmentation{}, false
	}
	for _, r := range n.vocab.refs(t) {
		if int(r.ID>>6) >= len(n.givenIDs) || n.givenIDs[r.ID>>6]&(1<<(r.ID&63)) == 0 {
			continue
		}
		// Without enclitic and article, the segmentation's key (what the
		// vocabulary numbers) is its stem.
		if s := arabic.SegmentToken(*t)[r.Seg]; s.Suf == "" && !s.Det && !s.Fut {
			return s, true
		}
	}
	return marsad.Segmentation{}, false
}

// IsNameToken reports whether the normalized word w is known as part of a
// person's name and is not a stopword.
func (n *Names) IsNameToken(w string) bool { return n.nameTok[w] || joinedName(w) }

// joinedName reports whether w is a compound name written as one word:
// «عبدالمنعم», «عبدالله» (عبد + ال…) or «أبوالفتوح» (أبو + ال…).
func joinedName(w string) bool {
	return (strings.HasPrefix(w, "عبدال") || strings.HasPrefix(w, "ابوال")) && runes(w) >= 7
}

// Attested reports whether w is known to be borne by people, not only seen
// among the tokens of name lists: a given name, a family name, or a word
// tagged as part of a person's name at least twice in ANERcorp.
func (n *Names) Attested(w string) bool {
	return n.given[w] || n.Family[w] || n.Begin[w]+n.Inside[w] >= 2
}

// IsGiven reports whether w is a given name: in the given-name list or
// beginning a person's name at least twice in ANERcorp.
func (n *Names) IsGiven(w string) bool {
	return n.given[w] || strings.HasPrefix(w, "عبدال") && runes(w) >= 7
}

// index precomputes IsGiven and IsNameToken.
func (n *Names) index() {
	n.given, n.nameTok = map[string]bool{}, map[string]bool{}
	add := func(m map[string]bool, w string) {
		if !n.Stopwords[w] {
			m[w] = true
		}
	}
	for w := range n.Given {
		add(n.given, w)
		add(n.nameTok, w)
	}
	for w, c := range n.Begin {
		if c >= 2 {
			add(n.given, w)
		}
		add(n.nameTok, w)
	}
	for w := range n.Inside {
		add(n.nameTok, w)
	}
	for w := range n.Family {
		add(n.nameTok, w)
	}
	for w, c := range n.Tokens {
		if c > 0 {
			add(n.nameTok, w)
		}
	}
}

// LoadNames reads names/*.tsv and arabic/stopwords.tsv.
func LoadNames(fsys fs.FS) (*Names, error) {
	n := &Names{Given: map[string]bool{}, Family: map[string]bool{}, Tokens: map[string]int{},
		Begin: map[string]int{}, Inside: map[string]int{}, Stopwords: map[string]bool{}}
	t, err := readTable(fsys, "names/given-akhateeb.tsv", "name", "kind")
	if err != nil {
		return nil, err
	}
	for _, r := range t.rows {
		switch t.get(r, "kind") {
		case "given":
			n.Given[t.get(r, "name")] = true
		case "family":
			n.Family[t.get(r, "name")] = true
		default:
			return nil, t.errorf(r, "bad kind %q", t.get(r, "kind"))
		}
	}
	if t, err = readTable(fsys, "names/tokens-wikidata.tsv", "name", "count"); err != nil {
		return nil, err
	}
	for _, r := range t.rows {
		c, err := strconv.Atoi(t.get(r, "count"))
		if err != nil {
			return nil, t.errorf(r, "count: %v", err)
		}
		n.Tokens[t.get(r, "name")] = c
	}
	if t, err = readTable(fsys, "names/persons-anercorp.tsv", "name", "begin", "inside"); err != nil {
		return nil, err
	}
	for _, r := range t.rows {
		b, err1 := strconv.Atoi(t.get(r, "begin"))
		i, err2 := strconv.Atoi(t.get(r, "inside"))
		if err1 != nil || err2 != nil {
			return nil, t.errorf(r, "bad counts")
		}
		n.Begin[t.get(r, "name")], n.Inside[t.get(r, "name")] = b, i
	}
	if t, err = readTable(fsys, "arabic/stopwords.tsv", "word"); err != nil {
		return nil, err
	}
	for _, r := range t.rows {
		n.Stopwords[t.get(r, "word")] = true
	}
	n.index()
	return n, nil
}
