package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"
)

// Record is one line of JSON Lines input. Fields other than id, text and
// published are ignored.
type Record struct {
	ID        string    // the input's id; "NAME:LINE" if it has none
	Text      string    // the article text
	Published time.Time // UTC day; zero if absent
	Line      int       // 1-based line number in its file
	Err       error     // why the line could not be read; the other fields may be empty
}

// maxLine is the longest JSON line accepted: a long article with markup
// fits many times over.
const maxLine = 64 << 20

// ReadJSONL calls fn for each non-blank line of r, in order. A line that is
// not a JSON object with a string "text" yields a Record with Err set
// (naming the file and line) and reading goes on; an error from r or from
// fn stops it.
func ReadJSONL(r io.Reader, name string, fn func(Record) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	line := 0
	var buf []byte // reused from line to line: a Record keeps none of it
	for {
		b, err := readLine(br, buf[:0])
		buf = b
		if len(b) == 0 && err == io.EOF {
			return nil
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("ingest: %s:%d: %w", name, line+1, err)
		}
		line++
		if len(bytes.TrimSpace(b)) > 0 {
			rec := parseRecord(b, name, line)
			if ferr := fn(rec); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line of any length up to maxLine, without its end,
// into buf.
func readLine(br *bufio.Reader, buf []byte) ([]byte, error) {
	for {
		chunk, err := br.ReadSlice('\n')
		buf = append(buf, chunk...)
		if len(buf) > maxLine {
			return nil, fmt.Errorf("line longer than %d bytes", maxLine)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}

type rawRecord struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Published *string         `json:"published"`
}

func parseRecord(b []byte, name string, line int) Record {
	rec := Record{Line: line, ID: fmt.Sprintf("%s:%d", name, line)}
	var raw rawRecord
	if err := json.Unmarshal(b, &raw); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			err = fmt.Errorf("invalid JSON at byte %d: %v", syn.Offset, syn)
		}
		rec.Err = fmt.Errorf("ingest: %s:%d: %w", name, line, err)
		return rec
	}
	if len(raw.ID) > 0 && string(raw.ID) != "null" {
		var s string
		if json.Unmarshal(raw.ID, &s) == nil {
			rec.ID = s
		} else {
			rec.ID = string(raw.ID) // a numeric id, kept as written
		}
	}
	if raw.Text == nil {
		rec.Err = fmt.Errorf("ingest: %s:%d: no string field \"text\"", name, line)
		return rec
	}
	rec.Text = *raw.Text
	if raw.Published != nil && *raw.Published != "" {
		t, err := parseDay(*raw.Published)
		if err != nil {
			rec.Err = fmt.Errorf("ingest: %s:%d: published %q: want YYYY-MM-DD or an RFC 3339 time", name, line, *raw.Published)
			return rec
		}
		rec.Published = t
	}
	return rec
}

// parseDay parses YYYY-MM-DD or RFC 3339 and returns the UTC day.
func parseDay(s string) (time.Time, error) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, err
	}
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
}
