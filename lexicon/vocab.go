package lexicon

import (
	"sync"
	"sync/atomic"

	"marsad"
	"marsad/arabic"
)

// Vocab numbers the word forms of the pattern sets that share it, so that
// a token is looked up once (its segmentations against every form) and the
// matchers then compare integers. Tokens cache their form references,
// tagged with the vocabulary they belong to.
type Vocab struct {
	mu  sync.Mutex
	ids map[string]int32
	tag int32
	// memo caches, per word, its segmentations and the forms they are;
	// marbutaMemo does for words written with taa marbuta, which segment
	// differently (their final ه is no pronoun).
	memo, marbutaMemo arabic.WordCache[lookup]
}

// lookup is what a word's lookup found.
type lookup struct {
	segs []marsad.Segmentation
	refs []marsad.FormRef
}

var vocabTags atomic.Int32

// NewVocab returns an empty vocabulary with a tag of its own.
func NewVocab() *Vocab {
	return &Vocab{ids: map[string]int32{}, tag: vocabTags.Add(1)}
}

// intern returns the number of a form, adding it if new. Only loaders call
// it, before any matching.
func (v *Vocab) intern(form string) int32 {
	v.mu.Lock()
	defer v.mu.Unlock()
	id, ok := v.ids[form]
	if !ok {
		id = int32(len(v.ids)) + 1
		v.ids[form] = id
	}
	return id
}

// refs returns (and caches on the token) the forms of the vocabulary that
// the token's segmentations are, in segmentation order.
func (v *Vocab) refs(t *marsad.Token) []marsad.FormRef {
	if t.FormsTag == v.tag {
		return t.Forms // kept small enough to inline: matchers ask for every token
	}
	return v.lookUp(t)
}

// lookUp finds the forms of a token not looked up yet and caches them on it.
func (v *Vocab) lookUp(t *marsad.Token) []marsad.FormRef {
	look := func() lookup {
		l := lookup{segs: segsOf(*t)}
		for k, s := range l.segs {
			if id, ok := v.ids[s.Key()]; ok {
				l.refs = append(l.refs, marsad.FormRef{ID: id, Seg: int16(k)})
			}
		}
		return l
	}
	var l lookup
	switch {
	case t.Kind != marsad.Word:
		l = look()
	case t.Marbuta:
		l = v.marbutaMemo.Get(t.Norm, look)
	default:
		l = v.memo.Get(t.Norm, look)
	}
	out := l.refs
	if t.Kind == marsad.Word && t.Segs == nil {
		t.Segs = l.segs // shared, read-only
	}
	t.Forms, t.FormsTag = out, v.tag
	return out
}

// segsOf returns the segmentations a matcher considers for a token: all
// of a word's, only the whole form of a Latin word or a number, none of
// punctuation.
func segsOf(t marsad.Token) []arabic.Segmentation {
	switch t.Kind {
	case marsad.Word:
		return arabic.SegmentToken(t)
	case marsad.Latin, marsad.Number:
		return []arabic.Segmentation{{Stem: t.Norm, Lookup: t.Norm}}
	}
	return nil
}

// size returns the number of forms numbered so far.
func (v *Vocab) size() int {
	v.mu.Lock()
	defer v.mu.Unlock()
	return len(v.ids)
}
