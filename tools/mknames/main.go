// Command mknames regenerates marsad's name and stopword lists under data/
// from the public lists in ../shared/data (names-ar, anercorp, stopwords-ar).
// Each output keeps the licence of its source, stated in its header.
//
//	go run ./tools/mknames -shared ../shared/data -out data
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"marsad/arabic"
)

func main() {
	shared := flag.String("shared", "../shared/data", "the shared data folder")
	out := flag.String("out", "data", "the project's data folder")
	flag.Parse()
	stop := readStopwords(*shared)
	if err := writeStopwords(filepath.Join(*out, "arabic", "stopwords.tsv"), stop); err != nil {
		log.Fatal(err)
	}
	if err := writeGiven(*shared, filepath.Join(*out, "names", "given-akhateeb.tsv"), stop); err != nil {
		log.Fatal(err)
	}
	if err := writeANERcorp(*shared, filepath.Join(*out, "names", "persons-anercorp.tsv"), stop); err != nil {
		log.Fatal(err)
	}
	if err := writeWikidata(*shared, filepath.Join(*out, "names", "tokens-wikidata.tsv"), stop); err != nil {
		log.Fatal(err)
	}
}

func lines(path string) []string {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		out = append(out, strings.TrimPrefix(strings.TrimSpace(sc.Text()), "\uFEFF"))
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	return out
}

// readStopwords returns the union of both stopword lists, normalized.
func readStopwords(shared string) map[string]bool {
	stop := map[string]bool{}
	for _, f := range []string{"stopwords-iso-ar.txt", "mohataher-arabic-stop-words.txt"} {
		for _, w := range lines(filepath.Join(shared, "stopwords-ar", f)) {
			if n := arabic.NormalizeWord(w); n != "" && arabic.IsArabicLetter([]rune(n)[0]) {
				stop[n] = true
			}
		}
	}
	return stop
}

func write(path, header string, rows []string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	sort.Strings(rows)
	return os.WriteFile(path, []byte(header+strings.Join(rows, "\n")+"\n"), 0o644)
}

func writeStopwords(path string, stop map[string]bool) error {
	var rows []string
	for w := range stop {
		rows = append(rows, w)
	}
	return write(path, `# source: github.com/stopwords-iso/stopwords-ar @ 4a421ac9 (stopwords-ar.txt, MIT, (c) 2016 Gene Diaz) and github.com/mohataher/arabic-stop-words @ 76725542 (list.txt, MIT, (c) 2016 Mohamed Taher Alrefaie), via ../shared/data/stopwords-ar
# licence: MIT (both sources; their licence files are in data/LICENSES/)
# made: go run ./tools/mknames — union of both lists, normalized with arabic.Normalize, Arabic-script entries only
# version: 2026.11
word
`, rows)
}

func writeGiven(shared, path string, stop map[string]bool) error {
	seen := map[string]string{}
	for _, f := range []string{"akhateeb-male-first--names-in-arabic.txt", "akhateeb-female-first-names-in-arabic.txt"} {
		for _, w := range lines(filepath.Join(shared, "names-ar", f)) {
			if n := arabic.NormalizeWord(w); n != "" && !stop[n] {
				seen[n] = "given"
			}
		}
	}
	for _, w := range lines(filepath.Join(shared, "names-ar", "akhateeb-last-names-in-arabic.txt")) {
		if n := arabic.NormalizeWord(w); n != "" && !stop[n] {
			if _, ok := seen[n]; !ok {
				seen[n] = "family"
			}
		}
	}
	var rows []string
	for n, k := range seen {
		rows = append(rows, n+"\t"+k)
	}
	return write(path, `# source: github.com/AKhateeb/arabic-names @ 32d5ec88 (male, female first names and last names), via ../shared/data/names-ar
# licence: MIT (data/LICENSES/akhateeb-arabic-names)
# made: go run ./tools/mknames — normalized with arabic.Normalize; stopwords removed
# version: 2026.11
name	kind
`, rows)
}

// writeANERcorp lists the words tagged as person names in the ANERcorp
// training split, with how often they begin (B) or continue (I) a name.
func writeANERcorp(shared, path string, stop map[string]bool) error {
	type count struct{ b, i int }
	counts := map[string]*count{}
	for _, l := range lines(filepath.Join(shared, "anercorp", "ANERCorp_CamelLab_train.recon.txt")) {
		word, tag, ok := strings.Cut(l, " ")
		if !ok || !strings.HasSuffix(tag, "PERS") {
			continue
		}
		n := arabic.NormalizeWord(word)
		if n == "" || stop[n] || !arabic.IsArabicLetter([]rune(n)[0]) {
			continue
		}
		c := counts[n]
		if c == nil {
			c = &count{}
			counts[n] = c
		}
		if strings.HasPrefix(tag, "B-") {
			c.b++
		} else {
			c.i++
		}
	}
	var rows []string
	for n, c := range counts {
		rows = append(rows, fmt.Sprintf("%s\t%d\t%d", n, c.b, c.i))
	}
	return write(path, `# source: ANERcorp (Benajiba, Rosso & Benedí Ruiz 2007), CAMeL Lab train split as rebuilt in ../shared/data/anercorp
# licence: CC BY-SA 4.0 — this list is derived from ANERcorp and shares its licence; cite Benajiba et al. 2007 and Obeid et al. 2020 (CAMeL Tools)
# made: go run ./tools/mknames — words tagged B-PERS or I-PERS, normalized, stopwords removed; begin = times tagged B-PERS, inside = times tagged I-PERS
# version: 2026.11
name	begin	inside
`, rows)
}

// writeWikidata keeps the Arabic spellings of person-name tokens seen at
// least twice in Wikidata, three letters or longer, that are not stopwords.
func writeWikidata(shared, path string, stop map[string]bool) error {
	counts := map[string]int{}
	for _, l := range lines(filepath.Join(shared, "names-ar", "wikidata-en-ar-name-tokens.tsv")) {
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			continue
		}
		n := arabic.NormalizeWord(strings.ReplaceAll(f[1], " ", ""))
		c, err := strconv.Atoi(f[2])
		if err != nil || n == "" || stop[n] || len([]rune(n)) < 3 || !arabic.IsArabicLetter([]rune(n)[0]) {
			continue
		}
		counts[n] += c
	}
	var rows []string
	for n, c := range counts {
		if c >= 2 {
			rows = append(rows, fmt.Sprintf("%s\t%d", n, c))
		}
	}
	return write(path, `# source: github.com/steveash/NETransliteration-COLING2018 @ 5d5f59e5, data/wd_arabic.normalized.aligned.tokens (person-name tokens mined from Wikidata), via ../shared/data/names-ar
# licence: CC0-1.0 (data/LICENSES/wikidata-names-CC0)
# made: go run ./tools/mknames — Arabic side joined, normalized, summed over English spellings; kept if seen at least twice, 3+ letters, not a stopword
# version: 2026.11
name	count
`, rows)
}
