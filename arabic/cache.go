package arabic

import "sync"

// WordCache memoizes a value computed from a word (a segmentation, a
// lexicon lookup): words repeat, so most of a document's words have been
// seen before. It is safe for concurrent use (readers share a lock) and
// bounded: past Max words it computes without storing.
type WordCache[V any] struct {
	Max int // most words kept; 0 means DefaultCacheWords
	mu  sync.RWMutex
	m   map[string]V
}

// DefaultCacheWords is the default bound of a WordCache.
const DefaultCacheWords = 1 << 18

// Get returns the value for word, computing it with make on first use.
func (c *WordCache[V]) Get(word string, make func() V) V {
	c.mu.RLock()
	v, ok := c.m[word]
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
		c.m = map[string]V{}
	}
	if len(c.m) < limit {
		c.m[word] = v
	}
	c.mu.Unlock()
	return v
}
