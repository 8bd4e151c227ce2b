// Package lexicon loads and validates marsad's data files (package
// marsad/data): actor names, roles, event patterns, reporting verbs, the
// CAMEO codebook and the CAMEO→PLOVER table. Entries are written in surface
// form and normalized here with arabic.Normalize; every error names the file
// and line.
package lexicon

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"
)

// table is a parsed TSV data file.
type table struct {
	file    string
	version string
	cols    map[string]int
	rows    []row
}

// row is one record with the line it came from.
type row struct {
	line   int
	fields []string
}

// get returns the named column of r ("" if the table has no such column).
func (t *table) get(r row, col string) string {
	i, ok := t.cols[col]
	if !ok || i >= len(r.fields) {
		return ""
	}
	return strings.TrimSpace(r.fields[i])
}

// errorf returns an error located at file:line.
func (t *table) errorf(r row, format string, args ...any) error {
	return fmt.Errorf("lexicon: %s:%d: %s", t.file, r.line, fmt.Sprintf(format, args...))
}

// readTable parses a TSV file of the form described in data/README.md: `#`
// comment lines (one of them `# version: …`), a column line, records. It
// checks that every record has as many fields as there are columns and that
// the required columns exist.
func readTable(fsys fs.FS, file string, required ...string) (*table, error) {
	f, err := fsys.Open(file)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	defer f.Close()
	t := &table{file: file}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		if strings.HasPrefix(text, "#") {
			if v, ok := strings.CutPrefix(strings.TrimSpace(strings.TrimPrefix(text, "#")), "version:"); ok && t.version == "" {
				t.version = strings.TrimSpace(v)
			}
			continue
		}
		fields := strings.Split(text, "\t")
		if t.cols == nil {
			t.cols = make(map[string]int, len(fields))
			for i, c := range fields {
				t.cols[strings.TrimSpace(c)] = i
			}
			for _, c := range required {
				if _, ok := t.cols[c]; !ok {
					return nil, fmt.Errorf("lexicon: %s:%d: missing column %q", file, line, c)
				}
			}
			continue
		}
		if len(fields) != len(t.cols) {
			return nil, fmt.Errorf("lexicon: %s:%d: %d fields, want %d", file, line, len(fields), len(t.cols))
		}
		t.rows = append(t.rows, row{line: line, fields: fields})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lexicon: %s: %w", file, err)
	}
	if t.cols == nil {
		return nil, fmt.Errorf("lexicon: %s: no column line", file)
	}
	if t.version == "" {
		return nil, fmt.Errorf("lexicon: %s: no '# version:' header", file)
	}
	return t, nil
}

// alternatives splits a `|`-separated field, dropping empty parts.
func alternatives(field string) []string {
	var out []string
	for _, p := range strings.Split(field, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
