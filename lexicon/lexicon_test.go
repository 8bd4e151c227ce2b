package lexicon

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

func TestEmbeddedLoads(t *testing.T) {
	l, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if got := l.Codebook.Unmapped; !reflect.DeepEqual(got, []string{"1214"}) {
		t.Errorf("PLOVER codes missing from CAMEO: %v, want only 1214", got)
	}
	for _, code := range []string{"01", "02", "041", "190", "2042"} {
		if l.Codebook.Lookup(code) == nil {
			t.Errorf("CAMEO code %s missing", code)
		}
	}
	if c := l.Codebook.Lookup("041"); c.PLOVER != "CONSULT" || c.Quad != 1 || c.Goldstein != 1 {
		t.Errorf("041 = %+v", c)
	}
	if c := l.Codebook.Lookup("020"); c.PLOVER != "REQUEST" {
		t.Errorf("020 PLOVER %q, want REQUEST (plover-extra.tsv)", c.PLOVER)
	}
	if len(l.Actors.Country("IRN").Codes) != 1 {
		t.Errorf("IRN not loaded")
	}
}

func TestUNMembersPresent(t *testing.T) {
	l, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range l.Actors.Entities {
		if e.Kind == CountryName {
			n++
		}
	}
	if n < 193 {
		t.Errorf("%d countries, want every UN member (193) at least", n)
	}
}

// TestLoadErrors checks that bad data files are reported with file and line.
func TestLoadErrors(t *testing.T) {
	header := "# version: 2026.11\ncode\ten\twikidata\tnames\tadjectives\tcapitals\tweak\n"
	tests := []struct {
		name, file, body, want string
	}{
		{"field count", "actors/countries.tsv", header + "IRN\tIran\n", "actors/countries.tsv:3: 2 fields, want 7"},
		{"bad code", "actors/countries.tsv", header + "Iran\tIran\t\tإيران\t\t\t\n", `actors/countries.tsv:3: bad country code "Iran"`},
		{"duplicate", "actors/countries.tsv", header + "IRN\tIran\t\tإيران\t\t\t\nIRN\tIran\t\tإيران\t\t\t\n", "actors/countries.tsv:4: duplicate country IRN"},
		{"no version", "actors/countries.tsv", "code\ten\twikidata\tnames\tadjectives\tcapitals\tweak\n", "no '# version:' header"},
	}

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{tt.file: {Data: []byte(tt.body)}}
			_, err := LoadActors(fsys, nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("LoadActors: %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestPeopleDates(t *testing.T) {
	fsys := fstest.MapFS{
		"actors/countries.tsv": {Data: []byte("# version: 1\ncode\ten\twikidata\tnames\tadjectives\tcapitals\tweak\nIRN\tIran\t\tإيران\tإيراني\tطهران\t\n")},
		"actors/places.tsv":    {Data: []byte("# version: 1\nnames\tcode\tkind\ten\twikidata\n")},
		"actors/people-x.tsv": {Data: []byte("# version: 1\nnames\ten\twikidata\tcode\trole\tstart\tend\n" +
			"حسن روحاني|روحاني\tHassan Rouhani\t\tIRNGOV\thead_of_government\t2013-08-03\t2021-08-03\n" +
			"إبراهيم رئيسي|~رئيسي\tEbrahim Raisi\t\tIRNGOV\thead_of_government\t2021-08-03\t2024-05-19\n" +
			"مسعود بزشكيان|بزشكيان\tMasoud Pezeshkian\t\tIRNGOV\thead_of_government\t2024-07-28\t\n" +
			"بلا تاريخ\tBad\t\tIRNGOV\tother\t2024-07-28\t2020\n")},
		"actors/orgs.tsv":    {Data: []byte("# version: 1\nnames\tcode\ten\twikidata\tadjectives\n")},
		"actors/sectors.tsv": {Data: []byte("# version: 1\nnames\tsector\tkind\ten\n")},
	}
	_, err := LoadActors(fsys, nil)
	if err == nil || !strings.Contains(err.Error(), "actors/people-x.tsv:6: end 2020 before start") {
		t.Errorf("want a dated error for the bad term, got %v", err)
	}
}
