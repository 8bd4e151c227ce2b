package lexicon

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"marsad"
	"marsad/arabic"
)

// WordSpec is one word of a pattern (data/README.md, "The word-pattern
// language"): a set of normalized forms, any of which matches.
type WordSpec struct {
	Source   string              // the spec as written
	Forms    map[string]bool     // normalized forms
	Present  map[string]bool     // the forms that are present-tense verbs (for قد + imperfect, س + imperfect)
	Kind     map[string]FormKind // what each form is
	ids      []int32             // the forms as numbered by the pattern set's vocabulary, sorted
	mask     uint64              // bit id%64 of each of ids: most forms fail this before the search
	Optional bool
	Kinds    string   // the alternatives' kinds: v (verb), n (noun), p (participle), w (literal)
	presents []string // the present tense of each verb alternative, as written
	// near: an adjective after a noun (n:ضربة p:عسكري) qualifies it and
	// stands right after it, past at most one other adjective; «الضربات
	// التي نفذتها إسرائيل على مواقع عسكرية» is no «ضربات عسكرية».
	near bool
}

// Pattern is a parsed word pattern.
type Pattern struct {
	Source string
	Words  []WordSpec
}

// gapStop reports a word that ends the reach of a pattern's next word: a complementizer opens
// another clause («دفع موسكو إلى الإعلان عن أن قواتها …» is no «دفع
// قوات»), a preposition of time an adjunct («أطلقتها روسيا في أعقاب
// الضربات» is no «أطلق ضربات»). Normalized.
// (A switch, not a map: it runs for every word of every gap.)
func gapStop(n string) bool {
	switch n {
	case "ان", "بان", "وان", "انه", "انها", "بعد", "عقب", "اعقاب", "اثر":
		return true
	}
	return false
}

// MaxGap is the most tokens that may stand between two consecutive words of
// a pattern.
const MaxGap = 6

// ParsePattern parses a pattern of the word-pattern language.
func ParsePattern(s string) (Pattern, error) {
	p := Pattern{Source: s}
	for _, w := range strings.Fields(s) {
		spec := WordSpec{Source: w, Forms: map[string]bool{}, Present: map[string]bool{}, Kind: map[string]FormKind{}}
		if strings.HasSuffix(w, "?") {
			spec.Optional = true
			w = strings.TrimSuffix(w, "?")
		}
		for _, alt := range strings.Split(w, "|") {
			forms, kind, err := expandAlt(alt)
			if err != nil {
				return Pattern{}, fmt.Errorf("pattern %q: %w", s, err)
			}
			spec.Kinds += kind
			for _, f := range forms {
				spec.Forms[f] = true
				spec.Kind[f] |= formKind(kind, f)
			}
			if kind == "v" {
				_, present, _ := strings.Cut(strings.TrimPrefix(alt, "v:"), "/")
				for _, f := range VerbPresent(present) {
					spec.Present[f] = true
				}
				spec.presents = append(spec.presents, present)
			}
		}
		nounPossessives(&spec)
		p.Words = append(p.Words, spec)
	}
	if len(p.Words) == 0 {
		return Pattern{}, fmt.Errorf("empty pattern")
	}
	for k := 1; k < len(p.Words); k++ {
		w, prev := &p.Words[k], &p.Words[k-1]
		// Adjective alternatives (p:, or literal adjectives beside them:
		// «p:كيميائي|سامة») after a word that may be a noun.
		w.near = strings.Contains(w.Kinds, "p") && strings.Trim(w.Kinds, "pw") == "" && strings.Contains(prev.Kinds, "n")
	}
	if p.Words[0].Optional {
		return Pattern{}, fmt.Errorf("pattern %q: the head (first word) cannot be optional", s)
	}
	return p, nil
}

// WithFirstPerson adds to every verb of the pattern its first-person plural
// present forms (VerbFirstPerson: ندين, نطالب), marked FirstPersonForm, except
// the forms skip names (nouns and names that share the shape: نصيب, نجيب)
// and forms that are already a third-person form of the word. Event and
// modality patterns take them; reporting verbs do not (a quotation's «نقول»
// introduces no quotation of its own).
func (p *Pattern) WithFirstPerson(skip func(form string) bool) {
	for i := range p.Words {
		spec := &p.Words[i]
		for _, present := range spec.presents {
			for _, f := range VerbFirstPerson(present) {
				if spec.Forms[f] || skip(f) {
					continue
				}
				spec.Forms[f] = true
				spec.Present[f] = true
				spec.Kind[f] = VerbForm | FirstPersonForm
			}
		}
	}
}

// nounPossessives marks literal forms that are a noun of the same spec with
// a possessive pronoun (n:انتقاد|انتقاده: «its criticism») as nouns: the
// shape of a literal alone would read them as verbs.
func nounPossessives(spec *WordSpec) {
	for f, k := range spec.Kind {
		if k == VerbForm && spec.NounPossessive(f) != "" {
			spec.Kind[f] = NounForm
		}
	}
}

// NounPossessive returns the third-person pronoun by which form is one of
// the spec's nouns with a possessive (انتقاده: انتقاد + ه), or "".
func (w *WordSpec) NounPossessive(form string) string {
	for _, suf := range []string{"هما", "ها", "هم", "هن", "ه"} {
		stem, ok := strings.CutSuffix(form, suf)
		if !ok || stem == "" {
			continue
		}
		if w.Kind[stem]&NounForm != 0 || w.Kind[strings.TrimSuffix(stem, "ت")+"ه"]&NounForm != 0 {
			return suf
		}
	}
	return ""
}

func expandAlt(alt string) ([]string, string, error) {
	if alt == "" {
		return nil, "", fmt.Errorf("empty alternative")
	}
	kind, body, ok := strings.Cut(alt, ":")
	if !ok || len(kind) != 1 {
		w := Words(alt)
		if len(w) != 1 {
			return nil, "", fmt.Errorf("literal %q is not one word", alt)
		}
		return w, "w", nil
	}
	if body == "" {
		return nil, "", fmt.Errorf("empty %s: form", kind)
	}
	switch kind {
	case "v":
		past, present, ok := strings.Cut(body, "/")
		if !ok || past == "" || present == "" || strings.Contains(present, "/") {
			return nil, "", fmt.Errorf("verb %q: want v:PAST/PRESENT", body)
		}
		return Verb(past, present), "v", nil
	case "n":
		return Noun(body), "n", nil
	case "p", "a":
		return Adjective(body), "p", nil
	}
	return nil, "", fmt.Errorf("unknown form kind %q in %q", kind, alt)
}

// FormKind says what a form of a pattern word is: a verb, a noun, a
// participle. A form may be several at once (قصف: the verb and its noun).
type FormKind uint8

// Form kinds.
const (
	VerbForm FormKind = 1 << iota
	NounForm
	ParticipleForm
	FirstPersonForm // with VerbForm: a first-person plural present (ندين)
)

// formKind classifies a generated or literal form. Literal forms are read by
// their shape, as the lexicon writes them to restrict a word to some of its
// forms: with the article a noun; م…ا / م…ين / م…ة a circumstantial
// participle (مطالبا, مطالبين); a sound feminine plural of five letters or
// more a noun (احتجاجات: no verb ends so); otherwise a verb (دعمت, يدعم).
func formKind(kind, form string) FormKind {
	switch kind {
	case "v":
		return VerbForm
	case "n":
		return NounForm
	case "p":
		return ParticipleForm
	}
	switch {
	case strings.HasPrefix(form, "ال"):
		return NounForm
	case strings.HasPrefix(form, "م") && (strings.HasSuffix(form, "ا") || strings.HasSuffix(form, "ين") || strings.HasSuffix(form, "ه")) && runes(form) >= 4:
		return ParticipleForm
	case strings.HasSuffix(form, "ات") && runes(form) >= 5:
		return NounForm
	}
	return VerbForm
}

// KindOf returns what the token matched as, given the segmentation the
// match used.
func (w *WordSpec) KindOf(norm string, seg arabic.Segmentation) FormKind {
	if k := w.Kind[norm]; k != 0 {
		return k
	}
	return w.Kind[seg.Key()]
}

// matches reports whether token t is one of the spec's forms (in any of
// its segmentations). Only word-like tokens match.
func (w *WordSpec) matches(v *Vocab, t *marsad.Token) bool {
	if t.Kind != marsad.Word && t.Kind != marsad.Latin {
		return false
	}
	for _, r := range v.refs(t) {
		if w.has(r.ID) {
			return true
		}
	}
	return false
}

// verbAt reports whether token j (< limit) is one of the spec's forms as a
// verb: after «أن» a verb is its subjunctive, in the same clause.
func (w *WordSpec) verbAt(v *Vocab, toks []marsad.Token, j, limit int) bool {
	if j >= limit || !w.matches(v, &toks[j]) {
		return false
	}
	for _, s := range arabic.SegmentToken(toks[j]) {
		if w.KindOf(toks[j].Norm, s)&VerbForm != 0 {
			return true
		}
	}
	return false
}

// has reports whether form id is one of the spec's.
func (w *WordSpec) has(id int32) bool {
	if w.mask&(1<<(id&63)) == 0 {
		return false
	}
	lo, hi := 0, len(w.ids)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case w.ids[m] < id:
			lo = m + 1
		case w.ids[m] > id:
			hi = m
		default:
			return true
		}
	}
	return false
}

// PatternSet indexes patterns by the forms of their head word.
type PatternSet[T any] struct {
	vocab *Vocab
	heads map[int32][]patternRef[T]
	n     int
	// byID is heads as a slice indexed by form id, made on first use;
	// isHead has bit id set where byID[id] is not empty: a small bitmap
	// stays in cache where byID, read for every word, would not.
	once   sync.Once
	byID   [][]patternRef[T]
	isHead []uint64
}

type patternRef[T any] struct {
	p   *Pattern
	val T
}

// PatternMatch is a pattern found in a token sequence.
type PatternMatch[T any] struct {
	Tokens  []int // token index of each pattern word; -1 for an optional word not found
	Seg     arabic.Segmentation
	Val     T
	Pattern *Pattern
}

// Head returns the token index of the head word.
func (m PatternMatch[T]) Head() int { return m.Tokens[0] }

// Last returns the token index of the last word found.
func (m PatternMatch[T]) Last() int {
	last := m.Tokens[0]
	for _, t := range m.Tokens {
		if t > last {
			last = t
		}
	}
	return last
}

// NewPatternSet returns an empty set whose forms are numbered in v; sets
// that share a vocabulary share the tokens' cached lookups.
func NewPatternSet[T any](v *Vocab) *PatternSet[T] {
	return &PatternSet[T]{vocab: v, heads: map[int32][]patternRef[T]{}}
}

// Add adds a parsed pattern.
func (s *PatternSet[T]) Add(p *Pattern, v T) {
	for k := range p.Words {
		w := &p.Words[k]
		if w.ids == nil {
			for f := range w.Forms {
				w.ids = append(w.ids, s.vocab.intern(f))
			}
			slices.Sort(w.ids)
			w.ids = slices.Compact(w.ids)
			for _, id := range w.ids {
				w.mask |= 1 << (id & 63)
			}
		}
	}
	for _, id := range p.Words[0].ids {
		s.heads[id] = append(s.heads[id], patternRef[T]{p: p, val: v})
	}
	s.n++
}

// Len returns the number of patterns.
func (s *PatternSet[T]) Len() int { return s.n }

// At returns the patterns whose head is toks[i] and whose other words
// follow in order before limit (an exclusive token index: the end of the
// clause or sentence), each within MaxGap words of the previous word found.
// Longer matches (more words found) come first; the least segmented reading
// of the head that matches wins. It caches lookups on the tokens.
func (s *PatternSet[T]) At(toks []marsad.Token, i, limit int) []PatternMatch[T] {
	return s.AppendAt(nil, toks, i, limit)
}

// AppendAt appends to out what At returns, and returns the extended slice:
// a caller that tries every token can reuse one buffer.
func (s *PatternSet[T]) AppendAt(out []PatternMatch[T], toks []marsad.Token, i, limit int) []PatternMatch[T] {
	if k := toks[i].Kind; k != marsad.Word && k != marsad.Latin {
		return out
	}
	refs := s.vocab.refs(&toks[i])
	if len(refs) == 0 {
		return out
	}
	s.once.Do(func() {
		n := s.vocab.size() + 1
		s.byID = make([][]patternRef[T], n)
		s.isHead = make([]uint64, (n+63)/64)
		for id, refs := range s.heads {
			s.byID[id] = refs
			s.isHead[id>>6] |= 1 << (id & 63)
		}
	})
	from := len(out)
	var segs []arabic.Segmentation
	for k, r := range refs {
		if len(out) > from && r.Seg != refs[k-1].Seg {
			break // the least segmented reading that matches wins
		}
		if int(r.ID) >= len(s.byID) || s.isHead[r.ID>>6]&(1<<(r.ID&63)) == 0 {
			continue
		}
		for _, ref := range s.byID[r.ID] {
			if segs == nil {
				segs = segsOf(toks[i])
			}
			if idx, ok := s.matchTail(toks, i, limit, ref.p); ok {
				out = append(out, PatternMatch[T]{Tokens: idx, Seg: segs[r.Seg], Val: ref.val, Pattern: ref.p})
			}
		}
	}
	ms := out[from:]
	for a := 1; a < len(ms); a++ {
		for b := a; b > 0 && found(ms[b].Tokens) > found(ms[b-1].Tokens); b-- {
			ms[b], ms[b-1] = ms[b-1], ms[b]
		}
	}
	return out
}

func found(toks []int) int {
	n := 0
	for _, t := range toks {
		if t >= 0 {
			n++
		}
	}
	return n
}

// matchTail matches the words after the head.
func (s *PatternSet[T]) matchTail(toks []marsad.Token, head, limit int, p *Pattern) ([]int, bool) {
	if len(p.Words) == 1 {
		return []int{head}, true
	}
	// Most tries fail: match into a buffer on the stack and copy only a
	// match out.
	var buf [8]int
	idx := buf[:0]
	if len(p.Words) > len(buf) {
		idx = make([]int, 0, len(p.Words))
	}
	idx = append(idx, head)
	prev := head
	for k := 1; k < len(p.Words); k++ {
		w := &p.Words[k]
		at := -1
		gap := 0 // words between, not counting punctuation and quotation marks
		maxGap := MaxGap
		if w.near {
			maxGap = 1
		}
		for j := prev + 1; j < limit && gap <= maxGap; j++ {
			if w.matches(s.vocab, &toks[j]) {
				at = j
				break
			}
			if gapStop(toks[j].Norm) && !w.verbAt(s.vocab, toks, j+1, limit) {
				break // «دفع موسكو إلى الإعلان عن أن قواتها»: another clause («الحق أن ترد» is one)
			}
			if toks[j].Kind != marsad.Punct && toks[j].Kind != marsad.QuoteMark {
				gap++
			}
		}
		idx = append(idx, at)
		if at < 0 {
			if !w.Optional {
				return nil, false
			}
			continue
		}
		prev = at
	}
	return slices.Clone(idx), true
}
