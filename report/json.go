// Package report writes coded documents: the JSON object described in
// ../shared/gold/README.md (one per line), a readable text form, and a
// GDELT-style tab-separated event table.
package report

import (
	"encoding/json"
	"io"
	"time"

	"marsad"
)

// Doc is the JSON form of a coded document.
type Doc struct {
	ID        string  `json:"id"`
	Published string  `json:"published,omitempty"`
	Actors    []Actor `json:"actors"`
	Events    []Event `json:"events"`
	Quotes    []Quote `json:"quotes"`
	Notes     []Note  `json:"notes,omitempty"`
	Error     string  `json:"error,omitempty"`
}

// Actor is an actor mention.
type Actor struct {
	Text         string   `json:"text"`
	Start        int      `json:"start"`
	End          int      `json:"end"`
	Code         string   `json:"code"`
	Name         string   `json:"name,omitempty"`
	Wikidata     string   `json:"wikidata,omitempty"`
	Kind         string   `json:"kind"`
	Ref          *int     `json:"ref,omitempty"` // index of the actor this one repeats
	Alternatives []string `json:"alternatives,omitempty"`
	Rule         string   `json:"rule"`
}

// Party is an event's source or target, or a quote's speaker.
type Party struct {
	Code  string `json:"code"`
	Text  string `json:"text"`
	Actor *int   `json:"actor,omitempty"` // index into actors
}

// Event is a coded event.
type Event struct {
	Source       *Party   `json:"source"`
	Target       *Party   `json:"target"`
	CAMEO        string   `json:"cameo"`
	Root         string   `json:"root"`
	PLOVER       string   `json:"plover,omitempty"`
	PLOVERMode   string   `json:"plover_mode,omitempty"`
	Goldstein    float64  `json:"goldstein"`
	QuadClass    int      `json:"quad_class"`
	Modality     string   `json:"modality"`
	Date         string   `json:"date,omitempty"`
	DateRule     string   `json:"date_rule,omitempty"`
	AttributedTo string   `json:"attributed_to,omitempty"`
	Evidence     Evidence `json:"evidence"`
	Trigger      string   `json:"trigger"`
	Rule         string   `json:"rule"`
	Model        string   `json:"model,omitempty"`
}

// Evidence is the sentence an event was read from.
type Evidence struct {
	Sentence string      `json:"sentence"`
	Start    int         `json:"start"`
	End      int         `json:"end"`
	Trigger  marsad.Span `json:"trigger"`
}

// Quote is an attributed quotation.
type Quote struct {
	Speaker *Party `json:"speaker"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Verb    string `json:"verb,omitempty"`
	Source  string `json:"source,omitempty"`
	Rule    string `json:"rule,omitempty"`
}

// Note is a diagnostic.
type Note struct {
	Stage   string `json:"stage"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Message string `json:"message"`
}

// dateLayout is the output date format.
const dateLayout = "2006-01-02"

// FromDocument converts a coded document to its JSON form.
func FromDocument(d *marsad.Document) Doc {
	out := Doc{
		ID:     d.ID,
		Actors: make([]Actor, 0, len(d.Mentions)), // never nil: [] in JSON
		Events: make([]Event, 0, len(d.Events)),
		Quotes: make([]Quote, 0, len(d.Quotes)),
	}
	if !d.Published.IsZero() {
		out.Published = d.Published.UTC().Format(dateLayout)
	}
	for _, m := range d.Mentions {
		a := Actor{Text: d.Surface(m.Span), Start: m.Start, End: m.End, Code: m.Code, Name: m.Name,
			Wikidata: m.Wikidata, Kind: m.Kind.String(), Alternatives: m.Alternatives, Rule: m.Rule}
		if m.Ref >= 0 {
			ref := m.Ref
			a.Ref = &ref
		}
		out.Actors = append(out.Actors, a)
	}
	party := func(i int, code string) *Party {
		if i < 0 && code == "" {
			return nil
		}
		// The party and its actor index in one allocation.
		pa := &struct {
			p   Party
			idx int
		}{p: Party{Code: code}, idx: i}
		p := &pa.p
		if i >= 0 {
			p.Actor = &pa.idx
			p.Text = d.Surface(d.Mentions[i].Span)
			if p.Code == "" {
				p.Code = d.Mentions[i].Code
			}
		}
		return p
	}
	var lastDate time.Time
	lastDay := ""
	for _, e := range d.Events {
		ev := Event{
			Source: party(e.Source, e.SourceCode), Target: party(e.Target, e.TargetCode),
			CAMEO: e.CAMEO, Root: e.Root, PLOVER: e.PLOVER, PLOVERMode: e.PLOVERMode,
			Goldstein: e.Goldstein, QuadClass: e.QuadClass, Modality: string(e.Modality),
			DateRule: e.DateRule, AttributedTo: e.AttributedTo, Rule: e.Rule, Model: e.Model,
			Trigger: d.Surface(e.Trigger),
		}
		if !e.Date.IsZero() {
			// Most events of a document share a date: format it once.
			if !e.Date.Equal(lastDate) || lastDay == "" {
				lastDate, lastDay = e.Date, e.Date.UTC().Format(dateLayout)
			}
			ev.Date = lastDay
		}
		if e.Sentence >= 0 && e.Sentence < len(d.Sentences) {
			s := d.Sentences[e.Sentence].Span
			ev.Evidence = Evidence{Sentence: d.Surface(s), Start: s.Start, End: s.End, Trigger: e.Trigger}
		}
		out.Events = append(out.Events, ev)
	}
	for _, q := range d.Quotes {
		qq := Quote{Text: d.Surface(q.Span), Start: q.Start, End: q.End, Verb: q.VerbText, Source: q.Source, Rule: q.Rule}
		if q.Speaker >= 0 || q.SpeakerCode != "" {
			qq.Speaker = party(q.Speaker, q.SpeakerCode)
		}
		out.Quotes = append(out.Quotes, qq)
	}
	for _, n := range d.Notes {
		out.Notes = append(out.Notes, Note{Stage: n.Stage, Start: n.Start, End: n.End, Message: n.Message})
	}
	return out
}

// WriteJSON writes the document as one line of JSON.
func WriteJSON(w io.Writer, d Doc) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(d)
}

// WriteJSONIndent writes the document as indented JSON, for reading.
func WriteJSONIndent(w io.Writer, d Doc) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(d)
}

// ParseDate parses a publication date: YYYY-MM-DD or an RFC 3339 time,
// returned as the UTC day.
func ParseDate(s string) (time.Time, error) {
	if t, err := time.Parse(dateLayout, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, err
	}
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
}
