package report

import (
	"bytes"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"marsad"
	"marsad/data"
	"marsad/lexicon"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func TestSplitActorCode(t *testing.T) {
	tests := []struct {
		name string
		code string
		want gdeltActor
	}{
		{"empty", "", gdeltActor{}},
		{"country only", "OMN", gdeltActor{Code: "OMN", Country: "OMN"}},
		{"country and sector", "RUSGOV", gdeltActor{Code: "RUSGOV", Country: "RUS", Types: [3]string{"GOV"}}},
		{"two sectors", "RUSGOVMIL", gdeltActor{Code: "RUSGOVMIL", Country: "RUS", Types: [3]string{"GOV", "MIL"}}},
		{"more sectors than columns", "USAGOVMILLEGMED", gdeltActor{Code: "USAGOVMILLEGMED", Country: "USA", Types: [3]string{"GOV", "MIL", "LEG"}}},
		{"party", "LBNPTY", gdeltActor{Code: "LBNPTY", Country: "LBN", Types: [3]string{"PTY"}}},
		{"region as country", "AFRREB", gdeltActor{Code: "AFRREB", Country: "AFR", Types: [3]string{"REB"}}},
		{"unknown country", "---GOV", gdeltActor{Code: "GOV", Types: [3]string{"GOV"}}},
		{"unknown country, two sectors", "---GOVMIL", gdeltActor{Code: "GOVMIL", Types: [3]string{"GOV", "MIL"}}},
		{"placeholder alone", "---", gdeltActor{}},
		{"IGO", "IGOUNO", gdeltActor{Code: "IGOUNO", KnownGroup: "UNO", Types: [3]string{"IGO"}}},
		{"IGO with region", "IGOEUREEC", gdeltActor{Code: "IGOEUREEC", KnownGroup: "EEC", Types: [3]string{"IGO"}}},
		{"IGO with sector", "IGOJUDICC", gdeltActor{Code: "IGOJUDICC", KnownGroup: "ICC", Types: [3]string{"IGO", "JUD"}}},
		{"UN sub-organisation", "IGOUNOREFHCR", gdeltActor{Code: "IGOUNOREFHCR", KnownGroup: "UNO", Types: [3]string{"IGO", "REF"}}},
		{"generic IGO", "IGO", gdeltActor{Code: "IGO", Types: [3]string{"IGO"}}},
		{"NGO with sector", "NGOHRIAMN", gdeltActor{Code: "NGOHRIAMN", KnownGroup: "AMN", Types: [3]string{"NGO", "HRI"}}},
		{"generic NGO with sector", "NGOHRI", gdeltActor{Code: "NGOHRI", Types: [3]string{"NGO", "HRI"}}},
		{"IMG with religion", "IMGMUSALQ", gdeltActor{Code: "IMGMUSALQ", KnownGroup: "ALQ", Religion1: "MUS", Types: [3]string{"IMG"}}},
		{"two religion codes", "NGOCHRCTHDEV", gdeltActor{Code: "NGOCHRCTHDEV", Religion1: "CHR", Religion2: "CTH", Types: [3]string{"NGO", "DEV"}}},
		{"domestic armed group", "PSEREBHMS", gdeltActor{Code: "PSEREBHMS", Country: "PSE", KnownGroup: "HMS", Types: [3]string{"REB"}}},
		{"Mauritius is not Muslim", "MUSGOV", gdeltActor{Code: "MUSGOV", Country: "MUS", Types: [3]string{"GOV"}}},
		{"several codes", "TURPTY|MARPTY", gdeltActor{Code: "TURPTY|MARPTY"}},
		{"lower case", "rusgov", gdeltActor{Code: "rusgov"}},
		{"broken block", "RUSGO", gdeltActor{Code: "RUSGO"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := splitActorCode(tt.code); got != tt.want {
				t.Errorf("splitActorCode(%q) = %+v, want %+v", tt.code, got, tt.want)
			}
		})
	}
}

func TestGDELTDate(t *testing.T) {
	tests := []struct {
		name string
		date string
		want gdeltDate
	}{
		{"mid January", "2026-01-15", gdeltDate{"20260115", "202601", "2026", "2026.1233"}},
		{"codebook example", "2015-02-19", gdeltDate{"20150219", "201502", "2015", "2015.2164"}},
		{"leap day", "2024-02-29", gdeltDate{"20240229", "202402", "2024", "2024.2438"}},
		// GDELT's approximation passes the next year from 6 December on.
		{"new year's eve", "2025-12-31", gdeltDate{"20251231", "202512", "2025", "2026.0712"}},
		{"unknown", "", gdeltDate{}},
		{"not a date", "15/01/2026", gdeltDate{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := gdeltDateOf(tt.date); got != tt.want {
				t.Errorf("gdeltDateOf(%q) = %+v, want %+v", tt.date, got, tt.want)
			}
		})
	}
}

func TestGDELTEventCodes(t *testing.T) {
	tests := []struct {
		name, code, base, root string
	}{
		{"level 3", "0251", "025", "02"},
		{"level 2", "043", "043", "04"},
		{"level 2 of a two-digit root", "190", "190", "19"},
		{"root only", "19", "19", "19"},
		{"none", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base, root := gdeltEventCodes(tt.code)
			if base != tt.base || root != tt.root {
				t.Errorf("gdeltEventCodes(%q) = %q, %q, want %q, %q", tt.code, base, root, tt.base, tt.root)
			}
		})
	}
}

func loadCodebook(tb testing.TB) *lexicon.Codebook {
	tb.Helper()
	cb, err := lexicon.LoadCodebook(data.FS)
	if err != nil {
		tb.Fatal(err)
	}
	return cb
}

func TestGDELTGoldstein(t *testing.T) {
	cb := loadCodebook(t)
	tests := []struct {
		name string
		ev   Event
		cb   *lexicon.Codebook
		quad string
		want string
	}{
		{"make a visit", Event{CAMEO: "042", QuadClass: 1, Goldstein: 1.9}, cb, "1", "1.9"},
		// ICEWS weighs a denial -5, GDELT -2: the export must use GDELT's.
		{"deny responsibility", Event{CAMEO: "016", QuadClass: 1, Goldstein: -5}, cb, "1", "-2.0"},
		{"appeal for diplomatic cooperation", Event{CAMEO: "022", QuadClass: 1, Goldstein: 3.4}, cb, "1", "3.2"},
		{"four-digit code", Event{CAMEO: "0251", QuadClass: 1, Goldstein: -0.3}, cb, "1", "-0.3"},
		{"root code", Event{CAMEO: "19", QuadClass: 4}, cb, "4", "-10.0"},
		{"quad class from the codebook", Event{CAMEO: "190"}, cb, "4", "-10.0"},
		{"code not in CAMEO", Event{CAMEO: "099", QuadClass: 3, Goldstein: -2}, cb, "3", ""},
		{"no codebook", Event{CAMEO: "042", QuadClass: 1, Goldstein: 1.9}, nil, "1", ""},
	}
	quadCol, goldsteinCol := column(t, "QuadClass"), column(t, "GoldsteinScale")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			row := gdeltRow(Doc{ID: "d"}, 0, tt.ev, tt.cb)
			if got := row[quadCol]; got != tt.quad {
				t.Errorf("QuadClass for %s = %q, want %q", tt.ev.CAMEO, got, tt.quad)
			}
			if got := row[goldsteinCol]; got != tt.want {
				t.Errorf("GoldsteinScale for %s = %q, want %q", tt.ev.CAMEO, got, tt.want)
			}
		})
	}
}

func TestGDELTEventID(t *testing.T) {
	a, b := gdeltEventID("rt-putin-mediation", 0), gdeltEventID("rt-putin-mediation", 0)
	if a != b {
		t.Fatalf("gdeltEventID is not stable: %d then %d", a, b)
	}
	seen := map[uint64]string{}
	for _, id := range []string{"rt-putin-mediation", "rt-putin-mediation#1", "a", "a#1", ""} {
		for i := range 20 {
			n := gdeltEventID(id, i)
			if n > math.MaxInt64 {
				t.Errorf("gdeltEventID(%q, %d) = %d, does not fit int64", id, i, n)
			}
			key := id + "/" + string(rune('a'+i))
			if prev, ok := seen[n]; ok {
				t.Errorf("gdeltEventID(%q, %d) = %d, same as %s", id, i, n, prev)
			}
			seen[n] = key
		}
	}
}

func TestGDELTText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "بيان صادر عن الكرملين", "بيان صادر عن الكرملين"},
		{"tab", "قال\tإن", "قال إن"},
		{"newline", "السطر الأول\nالسطر الثاني", "السطر الأول السطر الثاني"},
		{"CRLF", "a\r\nb", "a  b"},
		{"line separator", "a\u2028b\u2029c", "a b c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := gdeltText(tt.in); got != tt.want {
				t.Errorf("gdeltText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestGDELTActorColumns(t *testing.T) {
	zero, one, out := 0, 1, 7
	d := Doc{Actors: []Actor{
		{Text: "فلاديمير بوتين", Code: "RUSGOV", Name: "Vladimir Putin"},
		{Text: "الحكومة", Code: "---GOV"},
	}}
	tests := []struct {
		name string
		p    *Party
		want []string
	}{
		{"none", nil, make([]string, 10)},
		{"English name in upper case", &Party{Code: "RUSGOV", Text: "بوتين", Actor: &zero},
			[]string{"RUSGOV", "VLADIMIR PUTIN", "RUS", "", "", "", "", "GOV", "", ""}},
		{"Arabic surface without a name", &Party{Code: "---GOV", Text: "الحكومة", Actor: &one},
			[]string{"GOV", "الحكومة", "", "", "", "", "", "GOV", "", ""}},
		{"code from context, no mention", &Party{Code: "IGOUNO"},
			[]string{"IGOUNO", "", "", "UNO", "", "", "", "IGO", "", ""}},
		{"actor index out of range", &Party{Code: "OMN", Text: "عمان", Actor: &out},
			[]string{"OMN", "عمان", "OMN", "", "", "", "", "", "", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := gdeltActorColumns(d, tt.p)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("gdeltActorColumns(%+v) = %q, want %q", tt.p, got, tt.want)
			}
		})
	}
}

func TestGDELTColumns(t *testing.T) {
	if len(gdeltColumns) != 61 {
		t.Errorf("len(gdeltColumns) = %d, want GDELT 2.0's 61", len(gdeltColumns))
	}
	cols := GDELTColumns()
	if cols[0] != "GLOBALEVENTID" || cols[60] != "SOURCEURL" || cols[61] != "Modality" || cols[len(cols)-1] != "Rule" {
		t.Errorf("GDELTColumns() = %q", cols)
	}
	seen := map[string]bool{}
	for _, c := range cols {
		if seen[c] {
			t.Errorf("column %s appears twice", c)
		}
		seen[c] = true
	}
}

// column returns the index of a header column.
func column(tb testing.TB, name string) int {
	tb.Helper()
	for i, c := range GDELTColumns() {
		if c == name {
			return i
		}
	}
	tb.Fatalf("no column %s", name)
	return -1
}

// gdeltDocs is a small hand-built report: a mediation story with three
// events (one with a tab and a line break in its text fields), a document
// without events and one that could not be coded.
func gdeltDocs() []Doc {
	idx := func(i int) *int { return &i }
	sentence := "وقال بيان صادر عن الكرملين إن بوتين أجرى اتصالا هاتفيا مع الرئيس الإيراني مسعود بزشكيان."
	return []Doc{
		{
			ID: "rt-putin-mediation", Published: "2026-01-15",
			Actors: []Actor{
				{Text: "بوتين", Start: 30, End: 35, Code: "RUSGOV", Name: "Vladimir Putin", Kind: "person"},
				{Text: "الرئيس الإيراني", Start: 60, End: 75, Code: "IRNGOV", Kind: "role"},
				{Text: "مسعود بزشكيان", Start: 76, End: 89, Code: "IRNGOV", Name: "Masoud Pezeshkian", Kind: "person"},
				{Text: "الأمم المتحدة", Start: 120, End: 133, Code: "IGOUNO", Name: "United Nations", Kind: "org"},
				{Text: "الحكومة", Start: 140, End: 147, Code: "---GOV", Kind: "role"},
			},
			Events: []Event{
				{
					Source: &Party{Code: "RUSGOV", Text: "بوتين", Actor: idx(0)},
					Target: &Party{Code: "IRNGOV", Text: "مسعود بزشكيان", Actor: idx(2)},
					CAMEO:  "041", Root: "04", PLOVER: "CONSULT", Goldstein: 1, QuadClass: 1,
					Modality: string(marsad.Asserted), Date: "2026-01-14", DateRule: "أمس",
					AttributedTo: "بيان صادر عن الكرملين",
					Evidence:     Evidence{Sentence: sentence, Start: 0, End: 90, Trigger: marsad.Span{Start: 36, End: 41}},
					Trigger:      "أجرى اتصالا هاتفيا", Rule: "verbs:041:اتصل@events@2026.11",
				},
				{
					Source: &Party{Code: "---GOV", Text: "الحكومة", Actor: idx(4)},
					Target: &Party{Code: "IGOUNO", Text: "الأمم المتحدة", Actor: idx(3)},
					CAMEO:  "0234", Root: "02", PLOVER: "REQUEST", Goldstein: 3.4, QuadClass: 1,
					Modality: string(marsad.Hypothetical), Date: "2026-01-15", DateRule: "published",
					Evidence: Evidence{Sentence: "…", Start: 100, End: 160, Trigger: marsad.Span{Start: 148, End: 153}},
					Trigger:  "قد\tتطلب\nنشر", Rule: "verbs:0234:طلب@events@2026.11",
				},
				{
					Source: &Party{Code: "ISRMIL", Text: "الجيش الإسرائيلي"},
					CAMEO:  "190", Root: "19", PLOVER: "FIGHT", Goldstein: -10, QuadClass: 4,
					Modality: string(marsad.Negated),
					Evidence: Evidence{Sentence: "…", Start: 170, End: 210, Trigger: marsad.Span{Start: 190, End: 195}},
					Trigger:  "لم يهاجم", Rule: "verbs:190:هاجم@events@2026.11",
				},
			},
		},
		{ID: "no-events", Published: "2026-01-15", Actors: []Actor{}, Events: []Event{}},
		{ID: "unreadable", Error: "unreadable.txt: invalid UTF-16", Actors: []Actor{}, Events: []Event{}},
	}
}

func TestWriteGDELTGolden(t *testing.T) {
	cb := loadCodebook(t)
	var buf bytes.Buffer
	if err := WriteGDELTHeader(&buf); err != nil {
		t.Fatal(err)
	}
	for _, d := range gdeltDocs() {
		if err := WriteGDELT(&buf, d, cb); err != nil {
			t.Fatal(err)
		}
	}
	got := buf.Bytes()

	lines := strings.Split(strings.TrimSuffix(string(got), "\n"), "\n")
	if len(lines) != 1+3 {
		t.Errorf("got %d lines, want a header and 3 rows", len(lines))
	}
	for i, l := range lines {
		if n := strings.Count(l, "\t") + 1; n != len(GDELTColumns()) {
			t.Errorf("line %d has %d columns, want %d", i+1, n, len(GDELTColumns()))
		}
	}

	golden := filepath.Join("testdata", "gdelt.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("GDELT export differs from %s (go test ./report -update rewrites it):\ngot:\n%s\nwant:\n%s", golden, got, want)
	}
}

func TestWriteGDELTReproducible(t *testing.T) {
	cb := loadCodebook(t)
	var a, b bytes.Buffer
	for _, d := range gdeltDocs() {
		if err := WriteGDELT(&a, d, cb); err != nil {
			t.Fatal(err)
		}
		if err := WriteGDELT(&b, d, cb); err != nil {
			t.Fatal(err)
		}
	}
	if a.String() != b.String() {
		t.Errorf("two runs differ:\n%s\n%s", a.String(), b.String())
	}
}
