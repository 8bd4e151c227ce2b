package report

import (
	"fmt"
	"io"
	"strings"
)

// WriteText writes a coded document for a human reader: actors, quotes and
// events, each with its evidence.
func WriteText(w io.Writer, d Doc) error {
	var b strings.Builder
	fmt.Fprintf(&b, "== %s", d.ID)
	if d.Published != "" {
		fmt.Fprintf(&b, " (published %s)", d.Published)
	}
	b.WriteString("\n")
	if d.Error != "" {
		fmt.Fprintf(&b, "error: %s\n", d.Error)
	}
	if len(d.Actors) > 0 {
		b.WriteString("actors:\n")
		for _, a := range d.Actors {
			code := a.Code
			if code == "" {
				code = "?"
				if len(a.Alternatives) > 0 {
					code += " (" + strings.Join(a.Alternatives, "|") + ")"
				}
			}
			fmt.Fprintf(&b, "  %-12s %-7s %s", code, a.Kind, a.Text)
			if a.Name != "" {
				fmt.Fprintf(&b, " = %s", a.Name)
			}
			fmt.Fprintf(&b, "  [%d:%d]\n", a.Start, a.End)
		}
	}
	if len(d.Quotes) > 0 {
		b.WriteString("quotes:\n")
		for _, q := range d.Quotes {
			fmt.Fprintf(&b, "  %s %s: «%s»", partyString(q.Speaker), q.Verb, q.Text)
			if q.Source != "" {
				fmt.Fprintf(&b, " (source: %s)", q.Source)
			}
			b.WriteString("\n")
		}
	}
	if len(d.Events) > 0 {
		b.WriteString("events:\n")
		for _, e := range d.Events {
			fmt.Fprintf(&b, "  %s %s → %s  %s %s  %s  goldstein %+.1f quad %d  %s",
				e.Date, partyString(e.Source), partyString(e.Target), e.CAMEO, e.PLOVER, e.Modality, e.Goldstein, e.QuadClass, e.Trigger)
			if e.AttributedTo != "" {
				fmt.Fprintf(&b, "  (according to %s)", e.AttributedTo)
			}
			fmt.Fprintf(&b, "\n      %s\n", e.Evidence.Sentence)
		}
	}
	for _, n := range d.Notes {
		fmt.Fprintf(&b, "note: %s [%d:%d] %s\n", n.Stage, n.Start, n.End, n.Message)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func partyString(p *Party) string {
	if p == nil {
		return "-"
	}
	code := p.Code
	if code == "" {
		code = "?"
	}
	if p.Text == "" {
		return code
	}
	return code + " " + p.Text
}
