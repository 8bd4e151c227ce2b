package ingest

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

const arabic = "نفت وزارة الدفاع الأمريكية، الأحد، أن تكون طائراتها قد قصفت مطارا."

func utf16Bytes(s string, bigEndian bool) []byte {
	b := []byte{0xFF, 0xFE}
	if bigEndian {
		b = []byte{0xFE, 0xFF}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestDecode(t *testing.T) {
	cp1256, err := charmap.Windows1256.NewEncoder().String(arabic)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		in   []byte
		want string
		enc  Encoding
		err  error
	}{
		{"utf-8", []byte(arabic), arabic, UTF8, nil},
		{"utf-8 with a byte-order mark", append([]byte{0xEF, 0xBB, 0xBF}, arabic...), arabic, UTF8, nil},
		{"utf-16 little-endian", utf16Bytes(arabic, false), arabic, UTF16, nil},
		{"utf-16 big-endian", utf16Bytes(arabic, true), arabic, UTF16, nil},
		{"windows-1256", []byte(cp1256), arabic, Windows1256, nil},
		{"binary", []byte{'P', 'K', 3, 4, 0, 0}, "", "", ErrBinary},
		{"empty", nil, "", UTF8, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := Decode(tt.in)
			if !errors.Is(err, tt.err) {
				t.Fatalf("error %v, want %v", err, tt.err)
			}
			if got != tt.want || enc != tt.enc {
				t.Errorf("got %q (%s), want %q (%s)", got, enc, tt.want, tt.enc)
			}
		})
	}
}

func TestReadJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a", "text": "قال الرئيس", "published": "2018-04-09"}`,
		``,
		`{"id": 7, "text": "نص", "published": "2018-04-09T23:30:00+03:00", "title": "ignored"}`,
		`{"text": "بلا معرف"}`,
		`{"id": "b", "text": "نص", "published": "9 April"}`,
		`{"id": "c"}`,
		`{"id": "d", "text": "مقطوع`,
		`{"id": "e", "text": "الأخير"}`,
	}, "\n")
	var got []Record
	err := ReadJSONL(strings.NewReader(in), "articles.jsonl", func(r Record) error {
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		id, text, day, errPart string
		line                   int
	}{
		{"a", "قال الرئيس", "2018-04-09", "", 1},
		{"7", "نص", "2018-04-09", "", 3}, // the RFC 3339 time's UTC day
		{"articles.jsonl:4", "بلا معرف", "", "", 4},
		{"b", "", "", `articles.jsonl:5: published "9 April"`, 5},
		{"c", "", "", `articles.jsonl:6: no string field "text"`, 6},
		{"articles.jsonl:7", "", "", "articles.jsonl:7: invalid JSON", 7},
		{"e", "الأخير", "", "", 8},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d records, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		day := ""
		if !g.Published.IsZero() {
			day = g.Published.Format(time.DateOnly)
		}
		if g.ID != w.id || g.Line != w.line || (w.errPart == "" && (g.Text != w.text || day != w.day)) {
			t.Errorf("record %d: got id %q line %d text %q day %q, want %q %d %q %q", i, g.ID, g.Line, g.Text, day, w.id, w.line, w.text, w.day)
		}
		switch {
		case w.errPart == "" && g.Err != nil:
			t.Errorf("record %d: unexpected error %v", i, g.Err)
		case w.errPart != "" && (g.Err == nil || !strings.Contains(g.Err.Error(), w.errPart)):
			t.Errorf("record %d: error %v, want one containing %q", i, g.Err, w.errPart)
		}
	}
}

func TestReadJSONLStopsOnCallbackError(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := ReadJSONL(strings.NewReader("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"), "x", func(Record) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("got %v after %d records, want stop after 1", err, n)
	}
}

// FuzzReadJSONL: any input is read without panic, records come in line
// order, and a record without an error came from a line with a text field.
func FuzzReadJSONL(f *testing.F) {
	f.Add("{\"id\":\"a\",\"text\":\"نص\",\"published\":\"2018-04-09\"}\n\n{\"text\":1}\n{")
	f.Add("\xff\xfe{}\n")
	f.Fuzz(func(t *testing.T, in string) {
		last := 0
		err := ReadJSONL(strings.NewReader(in), "fuzz.jsonl", func(r Record) error {
			if r.Line <= last {
				t.Fatalf("line %d after line %d", r.Line, last)
			}
			last = r.Line
			if line := strings.Split(in, "\n")[r.Line-1]; r.Err == nil && !json.Valid([]byte(strings.TrimSuffix(line, "\r"))) {
				t.Fatalf("line %d read though it is not JSON: %q", r.Line, line)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzDecode: whatever the bytes, Decode returns valid UTF-8 or an error.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(arabic))
	f.Add(utf16Bytes(arabic, true))
	f.Add([]byte{0xc7, 0xe1, 0xd1, 0xc6, 0xed, 0xd3})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, _, err := Decode(b)
		if err == nil && !utf8.ValidString(s) {
			t.Fatalf("Decode(%q) = %q: not UTF-8", b, s)
		}
	})
}
