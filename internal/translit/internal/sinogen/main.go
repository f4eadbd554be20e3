// Command sinogen writes sino_table.go of package translit, the Korean
// and Vietnamese readings of Han characters, japan_table.go, the
// Japanese ones, and canto_table.go, the Cantonese ones as Hong Kong's
// names spell them, romanised, as static Go data. Korean, Vietnamese and
// Japanese names written in Han characters in Chinese text (金正恩, Kim
// Jong-un; 明, Minh; 岸田文雄, Fumio Kishida) are read so in English, not
// in pinyin. Run it through data/gen-sino.sh, which fetches Debian's pinned
// unicode-data package and passes its Unihan_Readings.txt.bz2.
package main

import (
	"bufio"
	"compress/bzip2"
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/crossread/crossread/internal/translit/internal/runetable"
	"golang.org/x/text/unicode/norm"
)

func main() {
	in := flag.String("readings", "", "Unihan_Readings.txt.bz2")
	variants := flag.String("variants", "", "Unihan_Variants.txt.bz2: a simplified character without readings takes its traditional forms'")
	extra := flag.String("vietnamese", "", "vi-readings.tsv: Sino-Vietnamese readings Unihan lacks, added to its own")
	out := flag.String("o", "sino_table.go", "output file")
	flag.Parse()
	f, err := os.Open(*in)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	korean, vietnamese := map[rune][]string{}, map[rune][]string{}
	japanese, cantonese := map[rune][]string{}, map[rune][]string{}
	sc := bufio.NewScanner(bzip2.NewReader(f))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 3 || !strings.HasPrefix(cols[0], "U+") {
			continue
		}
		cp, err := strconv.ParseUint(cols[0][2:], 16, 32)
		if err != nil {
			continue
		}
		r := rune(cp)
		switch cols[1] {
		case "kHangul":
			for _, v := range strings.Fields(cols[2]) {
				syl, _, _ := strings.Cut(v, ":")
				for _, rom := range koreanSpellings([]rune(syl)[0]) {
					korean[r] = appendNew(korean[r], rom)
				}
			}
		case "kVietnamese":
			for _, v := range strings.Fields(cols[2]) {
				vietnamese[r] = appendNew(vietnamese[r], fold(v))
			}
		case "kCantonese":
			if r < 0x4E00 || r > 0x9FFF {
				continue // names are written in the common block
			}
			for _, v := range strings.Fields(cols[2]) {
				for _, rom := range cantoneseSpellings(v) {
					cantonese[r] = appendNew(cantonese[r], rom)
				}
			}
		case "kJapaneseKun", "kJapaneseOn":
			for _, v := range strings.Fields(cols[2]) {
				for _, rom := range japaneseSpellings(strings.ToLower(v)) {
					japanese[r] = appendNew(japanese[r], rom)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	if *extra != "" {
		if err := addReadings(*extra, vietnamese); err != nil {
			log.Fatal(err)
		}
	}
	if *variants != "" {
		trad, err := traditionalVariants(*variants)
		if err != nil {
			log.Fatal(err)
		}
		inherit(korean, trad)
		inherit(vietnamese, trad)
		inherit(japanese, trad)
		inherit(cantonese, trad)
	}
	readings := korean
	for r, vs := range vietnamese {
		for _, v := range vs {
			readings[r] = appendNew(readings[r], v)
		}
	}
	if err := write(*out, readings, japanese, cantonese); err != nil {
		log.Fatal(err)
	}
}

// addReadings adds the readings of a file of lines "characters<TAB>
// readings" (space separated; # opens a comment) to readings.
func addReadings(path string, readings map[rune][]string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for i, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		chars, rs, ok := strings.Cut(line, "\t")
		if !ok || strings.TrimSpace(rs) == "" {
			return fmt.Errorf("%s:%d: want characters, a tab and readings", path, i+1)
		}
		for _, c := range strings.Fields(chars) {
			r := []rune(c)
			if len(r) != 1 {
				return fmt.Errorf("%s:%d: %q is not one character", path, i+1, c)
			}
			for _, v := range strings.Fields(rs) {
				if f := fold(v); f != v {
					return fmt.Errorf("%s:%d: reading %q: write it %q", path, i+1, v, f)
				}
				readings[r[0]] = appendNew(readings[r[0]], v)
			}
		}
	}
	return nil
}

// traditionalVariants reads the kTraditionalVariant lines of
// Unihan_Variants.txt.bz2: each simplified character and the traditional
// ones it stands for (郑, 鄭; 锡, 錫).
func traditionalVariants(path string) (map[rune][]rune, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[rune][]rune{}
	sc := bufio.NewScanner(bzip2.NewReader(f))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 3 || cols[1] != "kTraditionalVariant" || !strings.HasPrefix(cols[0], "U+") {
			continue
		}
		cp, err := strconv.ParseUint(cols[0][2:], 16, 32)
		if err != nil {
			continue
		}
		for _, v := range strings.Fields(cols[2]) {
			if t, err := strconv.ParseUint(strings.TrimPrefix(v, "U+"), 16, 32); err == nil && rune(t) != rune(cp) {
				out[rune(cp)] = append(out[rune(cp)], rune(t))
			}
		}
	}
	return out, sc.Err()
}

// inherit gives each simplified character that has no readings of one
// system (Korean, Vietnamese or Japanese) those of its traditional forms: Unihan reads Korean and Vietnamese names in the
// characters those languages wrote, and Chinese news writes them
// simplified (尹锡悦, Yoon Suk-yeol; 范明政, Pham Minh Chinh).
func inherit(readings map[rune][]string, trad map[rune][]rune) {
	for s, ts := range trad {
		if len(readings[s]) > 0 {
			continue
		}
		var got []string
		for _, t := range ts {
			for _, r := range readings[t] {
				got = appendNew(got, r)
			}
		}
		if len(got) > 0 {
			readings[s] = got
		}
	}
}

// japaneseSpellings returns the ways English writes a Japanese reading
// of Unihan (Hepburn in capitals): as is, and with its long vowels short,
// as names drop them ("yuu" is Yu, "kou" Ko, "oo" O).
func japaneseSpellings(v string) []string {
	out := []string{v}
	short := strings.NewReplacer("uu", "u", "ou", "o", "oo", "o", "ei", "e").Replace(v)
	return appendNew(out, short)
}

func appendNew(list []string, s string) []string {
	if s == "" || slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// fold drops the marks of a Vietnamese syllable: "chính" → "chinh".
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ':
			b.WriteByte('d')
		case r >= 'a' && r <= 'z':
			b.WriteRune(r)
		}
	}
	return b.String()
}

// The Revised Romanization of Korean, by the jamo of a syllable.
var (
	initials = []string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	medials  = []string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
	finals   = []string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
	// Names keep older spellings: 김 Kim, 정 Jong or Jung, 은 Un, 문 Moon.
	devoiced = map[string]string{"g": "k", "d": "t", "b": "p", "r": "l"}
	vowels   = strings.NewReplacer("eo", "o", "eu", "u")
)

// koreanSpellings returns the romanisations of a Hangul syllable: Revised
// Romanization and the spellings names keep.
func koreanSpellings(syl rune) []string {
	s := int(syl) - 0xAC00
	if s < 0 || s >= 11172 {
		return nil
	}
	ini, med, fin := initials[s/588], medials[s%588/28], finals[s%28]
	rr := ini + med + fin
	out := []string{rr}
	old := vowels.Replace(med)
	if d, ok := devoiced[ini]; ok {
		out = appendNew(out, d+med+fin)
		out = appendNew(out, d+old+fin)
	}
	out = appendNew(out, ini+old+fin)
	if med == "eo" {
		out = appendNew(out, ini+"u"+fin) // 정 Jung
	}
	if med == "u" {
		out = appendNew(out, ini+"oo"+fin) // 문 Moon, 주 Joo
	}
	if med == "yu" {
		out = appendNew(out, ini+"yoo"+fin) // 윤 Yoon, 유 Yoo
	}
	if ini == "" && med == "i" && fin == "" {
		for _, name := range []string{"yi", "lee", "rhee"} {
			out = appendNew(out, name) // 이 (李) Lee, as the surname is spelt
		}
	}
	return out
}

func write(path string, readings, japanese, cantonese map[rune][]string) error {
	for _, t := range []struct {
		file, name string
		doc        []string
		readings   map[rune][]string
	}{
		{"sino_table.go", "sino", []string{
			"sinoRunes are the Han characters with a Korean or Vietnamese reading,",
			"in order, each as many times as it has readings; sinoReadings are the",
			"readings.",
		}, readings},
		{"japan_table.go", "japan", []string{
			"japanRunes are the Han characters with a Japanese reading (kun and",
			"on, Hepburn, long vowels also short), in order, each as many times as",
			"it has readings; japanReadings are the readings.",
		}, japanese},
		{"canto_table.go", "canto", []string{
			"cantoRunes are the Han characters of U+4E00-U+9FFF with a Cantonese",
			"reading, in order, each as many times as it has spellings;",
			"cantoReadings are the readings as Hong Kong's names spell them.",
		}, cantonese},
	} {
		src, err := runetable.Source("Code generated by sinogen from Unihan_Readings.txt and Unihan_Variants.txt (Unicode 15.0).", t.doc, t.name, t.readings)
		if err != nil {
			return err
		}
		if err := os.WriteFile(strings.Replace(path, "sino_table.go", t.file, 1), src, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Hong Kong's spellings of Jyutping initials and finals, as its names
// write them (陳 can Chan, 張 zoeng Cheung, 徐 ceoi Tsui, 楊 joeng Yeung,
// 吳 ng Ng, 潘 pun Poon): each a list, the commonest first.
var (
	cantoInitials = map[string][]string{
		"b": {"p"}, "p": {"p"}, "d": {"t"}, "t": {"t"}, "g": {"k"}, "k": {"k"}, "gw": {"kw"}, "kw": {"kw"},
		"z": {"ch", "ts"}, "c": {"ch", "ts"}, "s": {"s", "sh"}, "j": {"y"},
	}
	cantoFinals = map[string][]string{
		"aa": {"a"}, "aai": {"ai"}, "aau": {"au"}, "aam": {"am"}, "aan": {"an"}, "aang": {"ang"}, "aap": {"ap"}, "aat": {"at"}, "aak": {"ak"},
		"oe": {"eu"}, "oeng": {"eung"}, "oek": {"euk"},
		"eoi": {"ui", "eui"}, "eon": {"un", "eun"}, "eot": {"ut"},
		"yu": {"u", "yu"}, "yun": {"uen", "un"}, "yut": {"ut"},
		"u": {"u", "oo"}, "un": {"oon", "un"}, "ut": {"ut"}, "ui": {"ui"},
		"i": {"i", "ee"}, "ei": {"ei", "ee", "i"}, "ou": {"o", "ou"}, "au": {"au", "ow"},
		"e": {"e"}, "o": {"o", "oh"}, "oi": {"oi", "oy"},
	}
)

// cantoneseSpellings returns a Jyutping syllable with its tone ("wong4",
// "zoeng1") as Hong Kong's names spell it: 王 Wong, 張 Cheung, 李 Lee.
func cantoneseSpellings(jp string) []string {
	syl := strings.TrimRight(jp, "0123456789")
	if syl == "m" || syl == "ng" {
		return []string{syl} // 吳, 伍: Ng
	}
	ini := ""
	for _, i := range []string{"gw", "kw", "ng", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "w", "z", "c", "s", "j"} {
		if strings.HasPrefix(syl, i) && len(syl) > len(i) {
			ini = i
			break
		}
	}
	fin := syl[len(ini):]
	inis, ok := cantoInitials[ini]
	if !ok {
		inis = []string{ini}
	}
	fins, ok := cantoFinals[fin]
	if !ok {
		fins = []string{fin}
	}
	var out []string
	for _, i := range inis {
		for _, f := range fins {
			// A y before yu, i or u is heard in the vowel: 余 jyu Yu,
			// 以 ji Yee.
			if i == "y" && (fin == "yu" || fin == "yun" || fin == "yut") {
				f = "y" + strings.TrimPrefix(f, "y")
				out = appendNew(out, f)
				continue
			}
			out = appendNew(out, i+f)
		}
	}
	return out
}
