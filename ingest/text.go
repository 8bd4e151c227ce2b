// Package ingest turns input as it arrives into marsad Documents: plain
// text in UTF-8, UTF-16 or the legacy Arabic code page windows-1256, and
// JSON Lines of {"id","text","published"} records.
package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// ErrBinary is returned for input that is not text.
var ErrBinary = errors.New("ingest: not text (NUL bytes)")

// Encoding names the encoding Decode detected.
type Encoding string

// Encodings Decode recognises.
const (
	UTF8        Encoding = "utf-8"
	UTF16       Encoding = "utf-16"
	Windows1256 Encoding = "windows-1256"
)

// Decode returns b as UTF-8 text. A UTF-8 or UTF-16 byte-order mark decides
// the encoding; otherwise valid UTF-8 is taken as is and anything else is
// read as windows-1256, the legacy Arabic code page (every byte sequence is
// valid in it, so this is a fallback, reported in the encoding result).
// Input with NUL bytes and no UTF-16 mark is rejected as binary.
func Decode(b []byte) (string, Encoding, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		out, err := dec.Bytes(b)
		if err != nil {
			return "", UTF16, fmt.Errorf("ingest: utf-16: %w", err)
		}
		return string(out), UTF16, nil
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return "", "", ErrBinary
	}
	if utf8.Valid(b) {
		return string(b), UTF8, nil
	}
	out, err := charmap.Windows1256.NewDecoder().Bytes(b)
	if err != nil {
		return "", Windows1256, fmt.Errorf("ingest: windows-1256: %w", err)
	}
	return string(out), Windows1256, nil
}
