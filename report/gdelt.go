package report

import (
	"fmt"
	"hash/fnv"
	"io"
	"strconv"
	"strings"
	"time"

	"marsad"
	"marsad/lexicon"
)

// The GDELT export follows THE GDELT EVENT DATABASE DATA FORMAT CODEBOOK
// V2.0 (2/19/2015): the 61 columns of the event table, named as in GDELT's
// export header (SQLDATE, not the codebook's "Day"), then marsad's own
// columns. Actor codes are broken out as the CAMEO manual 1.1b3 chapter 3
// builds them (§3.1 hierarchy, Table 3.1 role codes, Table 3.2
// international codes, Table 3.3 region codes) and chapter 4 (religion).

// gdeltColumns is the header: GDELT 2.0's 61 event columns, in order.
var gdeltColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
	"Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
	"Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
	"ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// gdeltExtensions are marsad's columns after GDELT's 61.
var gdeltExtensions = []string{"Modality", "AttributedTo", "PLOVER", "EvidenceStart", "EvidenceEnd", "Trigger", "Rule"}

// GDELTColumns returns the header of the GDELT export: GDELT 2.0's 61 event
// columns followed by marsad's extensions.
func GDELTColumns() []string {
	return append(append([]string(nil), gdeltColumns...), gdeltExtensions...)
}

// WriteGDELTHeader writes the header line of the GDELT export (tab-separated
// column names). Write it once, before the rows of the first document.
func WriteGDELTHeader(w io.Writer) error {
	_, err := io.WriteString(w, strings.Join(GDELTColumns(), "\t")+"\n")
	return err
}

// WriteGDELT writes one tab-separated row per event of d, in the order of
// d.Events, without a header. cb supplies the GDELT Goldstein value of each
// CAMEO code (and the quad class where the event lacks one); with a nil cb,
// or for a code the codebook lacks, GoldsteinScale is left empty. A document
// without events (or with an error) writes nothing. The output depends only
// on d: the same document always gives the same rows and GLOBALEVENTIDs.
func WriteGDELT(w io.Writer, d Doc, cb *lexicon.Codebook) error {
	var b strings.Builder
	for i, e := range d.Events {
		b.WriteString(strings.Join(gdeltRow(d, i, e, cb), "\t"))
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// gdeltRow returns the columns of d's i-th event e.
func gdeltRow(d Doc, i int, e Event, cb *lexicon.Codebook) []string {
	row := make([]string, 0, len(gdeltColumns)+len(gdeltExtensions))
	dt := gdeltDateOf(e.Date)
	row = append(row, strconv.FormatUint(gdeltEventID(d.ID, i), 10),
		dt.SQLDate, dt.MonthYear, dt.Year, dt.Fraction)
	row = append(row, gdeltActorColumns(d, e.Source)...)
	row = append(row, gdeltActorColumns(d, e.Target)...)

	base, root := gdeltEventCodes(e.CAMEO)
	if e.Root != "" {
		root = e.Root
	}
	quad, goldstein := "", ""
	if e.QuadClass != 0 {
		quad = strconv.Itoa(e.QuadClass)
	}
	if c := lookupCode(cb, e.CAMEO); c != nil {
		goldstein = strconv.FormatFloat(c.GoldsteinGDELT, 'f', 1, 64)
		if quad == "" && c.Quad != 0 {
			quad = strconv.Itoa(c.Quad)
		}
	}
	// IsRootEvent would need the document's sentences (which is the first
	// news sentence); a Doc does not carry them, so it is always 0.
	// NumMentions, NumSources and NumArticles: one article, one mention.
	// AvgTone is not computed.
	row = append(row, "0", e.CAMEO, base, root, quad, goldstein, "1", "1", "1", "")
	// Actor1Geo_*, Actor2Geo_*, ActionGeo_*: no geocoding.
	for range 3 * 8 {
		row = append(row, "")
	}
	// DATEADDED is the event day, not the run time, so reruns are identical.
	dateAdded := ""
	if dt.SQLDate != "" {
		dateAdded = dt.SQLDate + "000000"
	}
	row = append(row, dateAdded, gdeltText(d.ID))

	evStart, evEnd := "", ""
	if e.Evidence.End > e.Evidence.Start { // an event read from no sentence has no span
		evStart, evEnd = strconv.Itoa(e.Evidence.Start), strconv.Itoa(e.Evidence.End)
	}
	row = append(row, gdeltText(e.Modality), gdeltText(e.AttributedTo), gdeltText(e.PLOVER),
		evStart, evEnd, gdeltText(e.Trigger), gdeltText(e.Rule))
	return row
}

// lookupCode returns the codebook entry of a CAMEO code, nil if there is
// none.
func lookupCode(cb *lexicon.Codebook, code string) *lexicon.Code {
	if cb == nil || code == "" {
		return nil
	}
	return cb.Lookup(code)
}

// gdeltEventID is a stable GLOBALEVENTID for the index-th event of document
// id: FNV-1a (64-bit) of "id#index" with the top bit cleared, so that the
// number fits the signed 64-bit integer GDELT loaders (BigQuery INTEGER,
// pandas int64) expect.
func gdeltEventID(id string, index int) uint64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s#%d", id, index)
	return h.Sum64() &^ (1 << 63)
}

// gdeltDate is an event date in GDELT's four date columns; all empty when
// the date is unknown.
type gdeltDate struct {
	SQLDate, MonthYear, Year, Fraction string
}

// gdeltDateOf converts a YYYY-MM-DD date. FractionDate is computed as the
// GDELT 2.0 codebook defines it, YYYY + (MONTH*30 + DAY)/365 to four
// decimals: an approximation (it passes 1 after 5 December) kept as GDELT
// has it, not a true fraction of the year.
func gdeltDateOf(s string) gdeltDate {
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return gdeltDate{}
	}
	y, m, day := t.Date()
	return gdeltDate{
		SQLDate:   t.Format("20060102"),
		MonthYear: t.Format("200601"),
		Year:      strconv.Itoa(y),
		Fraction:  strconv.FormatFloat(float64(y)+float64(int(m)*30+day)/365, 'f', 4, 64),
	}
}

// gdeltEventCodes returns the EventBaseCode and EventRootCode of a CAMEO
// code. GDELT codebook: a level-3 (4-digit) code's base is its 3-digit
// parent; for levels 2 and 1 the base is the code itself. The root is the
// first two digits.
func gdeltEventCodes(code string) (base, root string) {
	base = code
	if len(code) == 4 {
		base = code[:3]
	}
	if len(code) >= 2 {
		root = code[:2]
	}
	return base, root
}

// gdeltActor is the GDELT break-out of a CAMEO actor code.
type gdeltActor struct {
	Code       string // the code as GDELT writes it: no "---" placeholder
	Country    string
	KnownGroup string
	Religion1  string
	Religion2  string
	Types      [3]string
}

// Code blocks by the part of an actor code they fill in GDELT.
var (
	// transnationalCodes open a code that names no country: CAMEO manual
	// Table 3.2 (and UIS). GDELT lists them among its type codes.
	transnationalCodes = setOf("IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS")
	// roleCodes go to the Type columns: CAMEO Table 3.1 (primary,
	// secondary and tertiary roles), PTY (§3.1.4), the generic codes GDELT's
	// type list adds (PKO peacekeepers, SET settlers), the transnational
	// codes, and REL (religious actor), a Phoenix agent code marsad uses.
	roleCodes = setOf(
		"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF",
		"AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF",
		"MOD", "RAD", "PTY", "PKO", "SET", "REL",
		"IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS")
	// regionCodes are CAMEO's international regions (Table 3.3). First in
	// a code they stand for the country, as in GDELT's country list; inside
	// an organisation's code (IGOEUREEC, IGOWSTNAT) they only place it.
	regionCodes = setOf("AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR",
		"LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST")
	// religionCodes: CAMEO chapter 4's first trio of letters (Table 4.1),
	// the common denominations (Catholic, Protestant, Orthodox, Shia,
	// Sunni), and MUS, the Phoenix dictionaries' code for Muslim
	// (IMGMUSALQ). Only read after the first block: first, MUS is Mauritius.
	religionCodes = setOf("ATH", "BAH", "BUD", "CHR", "CON", "HIN", "JAN", "JEW", "MOS", "SHN", "SIK", "TAO",
		"ABR", "ADR", "EAR", "INR", "IRR", "ITR", "NRM", "CTH", "PRO", "DOX", "SHI", "SUN", "MUS")
)

func setOf(codes ...string) map[string]bool {
	m := make(map[string]bool, len(codes))
	for _, c := range codes {
		m[c] = true
	}
	return m
}

// splitActorCode breaks a CAMEO-style actor code into GDELT's actor columns
// (CAMEO manual 1.1b3 §3.1):
//
//   - the first block is the country (a region code counts, as in GDELT's
//     country list) unless it is a transnational code (IGO, NGO, IMG, …),
//     which is a type, or marsad's "---" (country unknown), which is dropped;
//   - role codes fill Type1..Type3 in order (any beyond three are only in
//     the code);
//   - religion codes fill Religion1 and Religion2;
//   - region codes after the first block are skipped;
//   - the first other block is the organisation's own code, KnownGroupCode
//     (IGOUNO → UNO, IGOEUREEC → EEC, NGOHRIAMN → AMN, PSEREBHMS → HMS);
//     a sub-organisation's code after it (HCR in IGOUNOREFHCR) stays in the
//     code only.
//
// A code that is not a run of three-letter blocks is returned as it is,
// with nothing broken out.
func splitActorCode(code string) gdeltActor {
	if !wellFormedActorCode(code) {
		return gdeltActor{Code: code}
	}
	a := gdeltActor{Code: code}
	nt, nr := 0, 0
	addType := func(c string) {
		if nt < len(a.Types) {
			a.Types[nt] = c
			nt++
		}
	}
	for i := 0; i < len(code); i += 3 {
		b := code[i : i+3]
		switch {
		case i == 0 && b == marsad.UnknownCountry:
			a.Code = code[3:]
		case i == 0 && transnationalCodes[b]:
			addType(b)
		case i == 0:
			a.Country = b
		case roleCodes[b]:
			addType(b)
		case religionCodes[b]:
			if nr == 0 {
				a.Religion1 = b
			} else if nr == 1 {
				a.Religion2 = b
			}
			nr++
		case regionCodes[b]:
		case a.KnownGroup == "":
			a.KnownGroup = b
		}
	}
	return a
}

// wellFormedActorCode reports whether code is a country (or "---") block
// followed by three-letter upper-case blocks.
func wellFormedActorCode(code string) bool {
	if code == "" || len(code)%3 != 0 {
		return false
	}
	for i := len(code) - len(strings.TrimPrefix(code, marsad.UnknownCountry)); i < len(code); i++ {
		if c := code[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// gdeltActorColumns returns the ten actor columns for an event's source or
// target (all empty for none). The name is the mention's canonical English
// name in upper case, as GDELT writes names, or else its Arabic surface.
func gdeltActorColumns(d Doc, p *Party) []string {
	if p == nil {
		return make([]string, 10)
	}
	a := splitActorCode(p.Code)
	name := p.Text
	if p.Actor != nil && *p.Actor >= 0 && *p.Actor < len(d.Actors) {
		if en := d.Actors[*p.Actor].Name; en != "" {
			name = strings.ToUpper(en)
		}
	}
	return []string{gdeltText(a.Code), gdeltText(name), a.Country, a.KnownGroup, "",
		a.Religion1, a.Religion2, a.Types[0], a.Types[1], a.Types[2]}
}

// gdeltText makes a text field safe for a tab-separated line: tabs and line
// breaks (including U+0085, U+2028 and U+2029) become spaces.
func gdeltText(s string) string {
	if !strings.ContainsAny(s, "\t\n\r\v\f\u0085\u2028\u2029") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
			return ' '
		}
		return r
	}, s)
}
