package arabic

import (
	"strings"
	"sync"
)

// WordCache memoizes a value computed from a word (a segmentation, a
// lexicon lookup): words repeat, so most of a document's words have been
// seen before. It is safe for concurrent use (readers share a lock) and
// bounded: past Max words it computes without storing.
type WordCache[V any] struct {
	Max int // most words kept; 0 means DefaultCacheWords
	mu  sync.RWMutex
	// m numbers the words kept; their values lie in vals. A map of small
	// entries is probed with fewer cache misses than one holding the
	// values, and a lexicon matcher probes it for every token.
	m map[string]int32
	// short holds the words of up to shortKey bytes (most Arabic words, at
	// two bytes a letter) inline in the map's slots: a probe then compares
	// the key without following a pointer to its bytes.
	short map[shortKey]int32
	vals  []V
	// keys holds the bytes of the words kept, side by side: a word is
	// mostly a slice of a document's text, which a key would keep alive
	// and whose words lie far apart in memory.
	keys strings.Builder
}

// keyChunk is the size of the blocks the keys are copied into.
const keyChunk = 64 << 10

// shortKey is a word of up to 16 bytes, zero-padded (a word holds no NUL
// byte when it is stored this way).
type shortKey [16]byte

// short returns word as a shortKey, if it fits.
func short(word string) (shortKey, bool) {
	var k shortKey
	if len(word) > len(k) || strings.IndexByte(word, 0) >= 0 {
		return k, false
	}
	copy(k[:], word)
	return k, true
}

// DefaultCacheWords is the default bound of a WordCache.
const DefaultCacheWords = 1 << 18

// Get returns the value for word, computing it with make on first use.
func (c *WordCache[V]) Get(word string, make func() V) V {
	sk, isShort := short(word)
	c.mu.RLock()
	var (
		k  int32
		ok bool
	)
	if isShort {
		k, ok = c.short[sk]
	} else {
		k, ok = c.m[word]
	}
	var v V
	if ok {
		v = c.vals[k]
	}
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = make()
	limit := c.Max
	if limit == 0 {
		limit = DefaultCacheWords
	}
	c.mu.Lock()
	if c.m == nil {
		c.m, c.short = map[string]int32{}, map[shortKey]int32{}
	}
	if len(c.vals) < limit {
		switch {
		case isShort:
			if _, dup := c.short[sk]; !dup {
				c.short[sk] = int32(len(c.vals))
				c.vals = append(c.vals, v)
			}
		default:
			if _, dup := c.m[word]; dup {
				break
			}
			if c.keys.Cap()-c.keys.Len() < len(word) {
				// A full block stays alive through the keys in it; the next
				// is a new one, so those strings are never written to.
				c.keys = strings.Builder{}
				c.keys.Grow(max(keyChunk, len(word)))
			}
			at := c.keys.Len()
			c.keys.WriteString(word)
			c.m[c.keys.String()[at:]] = int32(len(c.vals))
			c.vals = append(c.vals, v)
		}
	}
	c.mu.Unlock()
	return v
}
