// Command cldrgen writes the CLDR tables of package quantity
// (cldr_tables.go) from the CLDR JSON packages published on npm.
//
// The package versions and their sha512 integrity are pinned below; the
// tarballs are fetched with `npm pack` into a temporary directory (or read
// from -cache, a directory holding them already) and read without
// unpacking. The build never runs this: its output is committed. To
// regenerate, from the repository root:
//
//	go generate ./internal/quantity/...
//
// which runs `go run ./internal/cldrgen -o cldr_tables.go` in
// internal/quantity. To bump CLDR, change the versions and integrity
// values in packages (`npm view cldr-numbers-full@48 dist.integrity`),
// regenerate and review the diff of cldr_tables.go.
package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// packages are the pinned CLDR JSON packages and their npm integrity.
var packages = []struct{ name, version, integrity string }{
	{"cldr-numbers-full", "48.2.0", "sha512-0EQ+UkVDsyXOlxnWnL1RIENVZFqCnb04D1Yrku0obnOyttbuZz8tHmUd5c5AEvhGS/Gg2zI4fTaCm51LSGITog=="},
	{"cldr-units-full", "48.2.0", "sha512-BjDC7V46eeXzgalnIumrJ1XQDk8wJaOxNLME4hmkBT9Q0hnzxn3XgtavigPUwnljk7FxlNQW9Wx+hbFrARPrQg=="},
	{"cldr-dates-full", "48.2.0", "sha512-zMrKvjMO414HDftLr6vKH1fNQHakFNe+F1h4S0eg+zmL4WRi9pI41fxB3UrTJDY42MEM87jCuAw/qlqCgYKcAQ=="},
	{"cldr-rbnf", "48.2.0", "sha512-wFhWUOvGGGGSbBc99zJIjMvBxZ7s/fzPdtjLEkccbi8Uk+h/K1AzRiKjGtIqU1FEFNEkO8elkzojpEea0/td1Q=="},
}

// locales are the languages the checker reads, by CLDR locale id; the map
// key in the output is the same id.
var locales = []string{
	"en", "de", "fr", "es", "it", "pt", "pt-PT", "ru", "el", "fi", "id", "ja", "ko", "zh", "zh-Hant",
	"la", "sa", "pl", "cs", "hi", "uk", "he", "sk", "sl", "hr", "sr", "bg",
	"ar", "tr", "nl", "sv", "da", "nb", "ro", "hu", "vi",
	"fa", "ur", "th", "ca", "lt", "lv", "et", "ms", "ka",
	"bn", "ta", "mr", "ne", "kk", "az", "uz", "mk", "sq", "is", "fil", "hy", "be", "mn", "km", "am",
}

// wrongScales are scale words whose size in CLDR 48 is wrong, by locale:
// bn শত কো, "a hundred crore", is 10^9, which CLDR gives as 10^10.
var wrongScales = map[string][]string{"bn": {"শত\u00a0কো", "শত কো"}}

// currencyCodes are the currencies whose names and symbols are kept.
var currencyCodes = []string{
	"USD", "EUR", "GBP", "JPY", "CNY", "INR", "KRW", "RUB", "BRL", "CHF", "HKD", "AUD", "CAD", "TWD",
	"SGD", "PLN", "CZK", "SEK", "NOK", "DKK", "IDR", "MXN", "TRY", "UAH",
}

// unitKeys maps the CLDR units kept to the canonical symbols of package
// quantity (units.go gives their dimension and size).
var unitKeys = []struct{ key, unit string }{
	{"length-kilometer", "km"}, {"length-meter", "m"}, {"length-centimeter", "cm"}, {"length-millimeter", "mm"},
	{"length-mile", "mi"}, {"length-yard", "yd"}, {"length-foot", "ft"}, {"length-inch", "in"},
	{"length-nautical-mile", "nmi"},
	{"mass-tonne", "t"}, {"mass-kilogram", "kg"}, {"mass-gram", "g"}, {"mass-milligram", "mg"},
	{"mass-pound", "lb"}, {"mass-ounce", "oz"}, {"mass-ton", "ton"},
	{"area-square-kilometer", "km²"}, {"area-hectare", "ha"}, {"area-square-meter", "m²"},
	{"area-square-mile", "mi²"}, {"area-acre", "acre"}, {"area-square-foot", "ft²"},
	{"volume-liter", "l"}, {"volume-milliliter", "ml"}, {"volume-cubic-meter", "m³"}, {"volume-gallon", "gal"},
	{"volume-barrel", "bbl"},
	{"speed-kilometer-per-hour", "km/h"}, {"speed-mile-per-hour", "mph"}, {"speed-meter-per-second", "m/s"},
	{"speed-knot", "kn"},
	{"temperature-celsius", "°C"}, {"temperature-fahrenheit", "°F"}, {"temperature-generic", "°"},
	{"power-watt", "W"}, {"power-kilowatt", "kW"}, {"power-megawatt", "MW"}, {"power-gigawatt", "GW"},
	{"power-horsepower", "hp"},
	{"energy-joule", "J"}, {"energy-kilojoule", "kJ"}, {"energy-kilowatt-hour", "kWh"}, {"energy-kilocalorie", "kcal"},
	{"digital-byte", "B"}, {"digital-kilobyte", "kB"}, {"digital-megabyte", "MB"}, {"digital-gigabyte", "GB"},
	{"digital-terabyte", "TB"}, {"digital-petabyte", "PB"}, {"digital-bit", "bit"}, {"digital-kilobit", "kbit"},
	{"digital-megabit", "Mbit"}, {"digital-gigabit", "Gbit"}, {"digital-terabit", "Tbit"},
}

func main() {
	out := flag.String("o", "cldr_tables.go", "output file")
	cache := flag.String("cache", "", "directory holding the package tarballs; empty: fetch them with npm pack")
	flag.Parse()
	dir := *cache
	if dir == "" {
		tmp, err := os.MkdirTemp("", "cldrgen")
		if err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	files := map[string][]byte{} // "<package>/<path inside package/>" -> content
	for _, p := range packages {
		tgz := filepath.Join(dir, fmt.Sprintf("%s-%s.tgz", p.name, p.version))
		if _, err := os.Stat(tgz); err != nil {
			cmd := exec.Command("npm", "pack", p.name+"@"+p.version, "--pack-destination", dir)
			cmd.Stderr = os.Stderr
			if err := cmd.Run(); err != nil {
				log.Fatalf("npm pack %s@%s: %v", p.name, p.version, err)
			}
		}
		data, err := os.ReadFile(tgz)
		if err != nil {
			log.Fatal(err)
		}
		sum := sha512.Sum512(data)
		if got := "sha512-" + base64.StdEncoding.EncodeToString(sum[:]); got != p.integrity {
			log.Fatalf("%s: integrity %s; want %s", tgz, got, p.integrity)
		}
		if err := readTgz(data, p.name, files); err != nil {
			log.Fatalf("%s: %v", tgz, err)
		}
	}
	g := &gen{files: files}
	src := g.write()
	formatted, err := format.Source(src)
	if err != nil {
		os.WriteFile(*out+".broken", src, 0o644)
		log.Fatalf("format: %v", err)
	}
	if err := os.WriteFile(*out, formatted, 0o644); err != nil {
		log.Fatal(err)
	}
}

// readTgz keeps the JSON files of the locales needed.
func readTgz(data []byte, pkg string, files map[string][]byte) error {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return err
	}
	tr := tar.NewReader(zr)
	want := map[string]bool{"root": true}
	for _, l := range locales {
		want[l] = true
	}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		name := strings.TrimPrefix(h.Name, "package/")
		parts := strings.Split(name, "/")
		keep := false
		switch {
		case len(parts) == 3 && parts[0] == "main" && want[parts[1]]:
			keep = parts[2] == "numbers.json" || parts[2] == "currencies.json" || parts[2] == "units.json" || parts[2] == "ca-gregorian.json"
		case len(parts) == 2 && parts[0] == "rbnf" && strings.HasSuffix(parts[1], ".json"):
			keep = want[strings.TrimSuffix(parts[1], ".json")]
		}
		if !keep {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return err
		}
		files[pkg+"/"+name] = b
	}
}

type gen struct {
	files map[string][]byte
	b     bytes.Buffer
}

func (g *gen) json(path string, v any) bool {
	data, ok := g.files[path]
	if !ok {
		return false
	}
	if err := json.Unmarshal(data, v); err != nil {
		log.Fatalf("%s: %v", path, err)
	}
	return true
}

func (g *gen) p(format string, args ...any) { fmt.Fprintf(&g.b, format, args...) }

func (g *gen) write() []byte {
	g.p("// Code generated by cldrgen from CLDR 48 (npm ")
	for i, p := range packages {
		if i > 0 {
			g.p(", ")
		}
		g.p("%s@%s", p.name, p.version)
	}
	g.p("). DO NOT EDIT.\n\n")
	g.p("package quantity\n\n")
	g.p("// cldrVersion is the CLDR release the tables come from.\nconst cldrVersion = %q\n\n", packages[0].version)
	// A function, not a package variable: building the maps took 18 ms
	// at every start, also of commands that read no number.
	// A switch, not a map: a run reads two or three locales of them.
	g.p("// cldrNames lists the locales the tables hold.\nvar cldrNames = []string{")
	for i, l := range locales {
		if i > 0 {
			g.p(", ")
		}
		g.p("%q", l)
	}
	g.p("}\n\n")
	g.p("// cldrTable returns the tables of locale name, nil when there are none;\n// cldrLocale calls it once a locale.\n")
	g.p("func cldrTable(name string) *cldrLocale {\nswitch name {\n")
	for _, l := range locales {
		g.locale(l)
	}
	g.p("}\nreturn nil\n}\n")
	return g.b.Bytes()
}

type numbersJSON struct {
	Main map[string]struct {
		Numbers map[string]json.RawMessage `json:"numbers"`
	} `json:"main"`
}

func (g *gen) locale(l string) {
	var nj numbersJSON
	if !g.json("cldr-numbers-full/main/"+l+"/numbers.json", &nj) {
		log.Fatalf("no numbers for %s", l)
	}
	nums := nj.Main[l].Numbers
	var ns string
	json.Unmarshal(nums["defaultNumberingSystem"], &ns)
	if ns == "arab" || ns == "arabext" {
		// News online writes Arabic and Persian with Latin digits and
		// their separators; Arabic-Indic digits read as digits anyway.
		ns = "latn"
	}
	var symbols map[string]string
	if err := json.Unmarshal(nums["symbols-numberSystem-"+ns], &symbols); err != nil {
		json.Unmarshal(nums["symbols-numberSystem-latn"], &symbols)
	}
	var minGroup string
	json.Unmarshal(nums["minimumGroupingDigits"], &minGroup)
	var decFormats struct {
		Standard string `json:"standard"`
		Long     struct {
			DecimalFormat map[string]string `json:"decimalFormat"`
		} `json:"long"`
		Short struct {
			DecimalFormat map[string]string `json:"decimalFormat"`
		} `json:"short"`
	}
	if err := json.Unmarshal(nums["decimalFormats-numberSystem-"+ns], &decFormats); err != nil {
		json.Unmarshal(nums["decimalFormats-numberSystem-latn"], &decFormats)
	}
	indian := strings.Contains(decFormats.Standard, "#,##,##0")
	var pctFormats struct {
		Standard string `json:"standard"`
	}
	if err := json.Unmarshal(nums["percentFormats-numberSystem-"+ns], &pctFormats); err != nil {
		json.Unmarshal(nums["percentFormats-numberSystem-latn"], &pctFormats)
	}
	percentSpace := strings.Contains(pctFormats.Standard, "\u00a0%")
	dec, _ := firstRune(symbols["decimal"])
	grp, _ := firstRune(symbols["group"])
	mg, _ := strconv.Atoi(minGroup)

	g.p("case %q:\nreturn &cldrLocale{\n", l)
	g.p("decimal: %q, group: %q, minGroup: %d, indian: %v, digits: %q, percentSpace: %v,\n", dec, grp, mg, indian, ns, percentSpace)
	twoSizes := wordsOfTwoSizes(decFormats.Long.DecimalFormat, decFormats.Short.DecimalFormat)
	g.scales(l, decFormats.Long.DecimalFormat, false, twoSizes)
	g.scales(l, decFormats.Short.DecimalFormat, true, twoSizes)
	g.dates(l)
	g.currencies(l)
	g.units(l)
	g.rbnf(l)
	g.p("}\n")
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// scales writes the scale words of the compact decimal formats: the
// pattern "00 Millionen" under 10000000 says Millionen multiplies by 10⁶.
// Locales without their own data inherit root's K/M/G/T, which are left
// out.
// scaleOf reads one compact decimal format of CLDR: its key's power of
// ten ("1000000-count-one") and pattern ("0 Mio'.'") give the scale
// word and its size, or ok is false.
func scaleOf(key, pattern string) (word string, mult float64, ok bool) {
	base, _, _ := strings.Cut(key, "-")
	b, err := strconv.ParseFloat(base, 64)
	if err != nil || pattern == "0" {
		return "", 0, false
	}
	zeros := strings.Count(pattern, "0")
	if i := strings.IndexAny(pattern, "0"); i < 0 || strings.TrimSpace(strings.Trim(pattern[:i], "\u00a0\u200e\u200f\u061c'")) != "" {
		return "", 0, false // the word before the number (sw "elfu 0"): not read
	}
	word = strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(pattern, "0", ""), "'", ""))
	word = strings.Trim(word, "\u00a0 \u200e\u200f\u061c") // spaces and bidi marks: "\u200f אלף"
	if word == "" || zeros == 0 {
		return "", 0, false
	}
	mult = b
	for i := 1; i < zeros; i++ {
		mult /= 10
	}
	return word, mult, true
}

// wordsOfTwoSizes returns the scale words CLDR gives two sizes in a
// locale's formats, long and short (bn কো for 10^7 and 10^11; ne करोड
// 10^6 in its long formats, 10^7 in its short ones): an error of its
// data, so that neither is kept.
func wordsOfTwoSizes(formats ...map[string]string) map[string]bool {
	sizes := map[string]map[float64]bool{}
	for _, f := range formats {
		for key, p := range f {
			if w, m, ok := scaleOf(key, p); ok {
				if sizes[w] == nil {
					sizes[w] = map[float64]bool{}
				}
				sizes[w][m] = true
			}
		}
	}
	out := map[string]bool{}
	for w, ms := range sizes {
		out[w] = len(ms) > 1
	}
	return out
}

func (g *gen) scales(l string, formats map[string]string, short bool, twoSizes map[string]bool) {
	type sw struct {
		text string
		mult float64
	}
	seen := map[string]bool{}
	var out []sw
	keys := make([]string, 0, len(formats))
	for k := range formats {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		word, mult, ok := scaleOf(k, formats[k])
		if !ok || l == "la" || l == "sa" { // root data: K, M, G, T
			continue
		}
		if slices.Contains(wrongScales[l], word) || twoSizes[word] {
			continue
		}
		key := word + "\x00" + strconv.FormatFloat(mult, 'g', -1, 64)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, sw{word, mult})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].mult != out[j].mult {
			return out[i].mult < out[j].mult
		}
		return out[i].text < out[j].text
	})
	field := "longScales"
	if short {
		field = "shortScales"
	}
	g.p("%s: []scaleWord{", field)
	for _, s := range out {
		g.p("{text: %q, mult: %s}, ", s.text, strconv.FormatFloat(s.mult, 'e', -1, 64))
	}
	g.p("},\n")
}

func (g *gen) dates(l string) {
	var dj struct {
		Main map[string]struct {
			Dates struct {
				Calendars struct {
					Gregorian struct {
						Months      map[string]map[string]map[string]string `json:"months"`
						Days        map[string]map[string]map[string]string `json:"days"`
						Quarters    map[string]map[string]map[string]string `json:"quarters"`
						DateFormats map[string]any                          `json:"dateFormats"`
					} `json:"gregorian"`
				} `json:"calendars"`
			} `json:"dates"`
		} `json:"main"`
	}
	if !g.json("cldr-dates-full/main/"+l+"/ca-gregorian.json", &dj) {
		log.Fatalf("no dates for %s", l)
	}
	greg := dj.Main[l].Dates.Calendars.Gregorian
	forms := func(table map[string]map[string]map[string]string, width string, n int) [][]string {
		out := make([][]string, n)
		for _, ctx := range []string{"format", "stand-alone"} {
			for i := 1; i <= n; i++ {
				v := strings.TrimSpace(table[ctx][width][strconv.Itoa(i)])
				if v != "" && !contains(out[i-1], v) {
					out[i-1] = append(out[i-1], v)
				}
			}
		}
		return out
	}
	writeArr := func(field string, arr [][]string) {
		g.p("%s: [%d][]string{", field, len(arr))
		for _, forms := range arr {
			g.p("{")
			for _, f := range forms {
				g.p("%q, ", f)
			}
			g.p("}, ")
		}
		g.p("},\n")
	}
	writeArr("months", forms(greg.Months, "wide", 12))
	writeArr("monthsAbbr", forms(greg.Months, "abbreviated", 12))
	// Weekdays, Monday first: the wide forms, format and stand-alone.
	var days [][]string
	for _, d := range []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"} {
		var fs []string
		for _, ctx := range []string{"format", "stand-alone"} {
			if v := strings.TrimSpace(greg.Days[ctx]["wide"][d]); v != "" && !contains(fs, v) {
				fs = append(fs, v)
			}
		}
		days = append(days, fs)
	}
	writeArr("weekdays", days)
	writeArr("quarters", forms(greg.Quarters, "wide", 4))
	writeArr("quartersAbbr", forms(greg.Quarters, "abbreviated", 4))
	// The order of day, month and year in the short date format ("M/d/yy"
	// is "mdy"), by which a numeric date such as 03/04 is read.
	short, _ := greg.DateFormats["short"].(string)
	g.p("dateOrder: %q,\n", dateOrder(short))
	var after, before, glued []string
	for _, width := range []string{"wide", "abbreviated"} {
		var ps []string
		for i := 1; i <= 4; i++ {
			ps = append(ps, strings.TrimSpace(greg.Quarters["format"][width][strconv.Itoa(i)]))
		}
		a, b, gl := quarterWords(ps)
		for _, x := range []struct {
			w   string
			dst *[]string
		}{{a, &after}, {b, &before}, {gl, &glued}} {
			if x.w != "" && !contains(*x.dst, x.w) {
				*x.dst = append(*x.dst, x.w)
			}
		}
	}
	g.p("quarterAfter: %#v,\nquarterBefore: %#v,\nquarterGlued: %#v,\n", after, before, glued)
}

// quarterWords finds the word for quarter in the four quarter names: the
// text they share after the number ("2. Quartal": "Quartal"), before it
// ("Kuartal ke-2": "Kuartal") or glued to it ("Q2": "Q").
func quarterWords(ps []string) (after, before, glued string) {
	cs, cp := ps[0], ps[0]
	for _, p := range ps[1:] {
		for !strings.HasSuffix(p, cs) {
			_, size := utf8.DecodeRuneInString(cs)
			cs = cs[size:]
		}
		for !strings.HasPrefix(p, cp) {
			_, size := utf8.DecodeLastRuneInString(cp)
			cp = cp[:len(cp)-size]
		}
	}
	letter := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }
	if strings.IndexFunc(cs, letter) >= 0 {
		if i := strings.LastIndexAny(cs, " \u00a0"); i >= 0 {
			cs = cs[i+1:]
		}
		return strings.TrimLeftFunc(cs, func(r rune) bool { return !letter(r) || r == 'º' || r == 'ª' }), "", ""
	}
	if strings.IndexFunc(cp, letter) >= 0 {
		last, _ := utf8.DecodeLastRuneInString(cp)
		if letter(last) && !strings.ContainsAny(cp, " ") {
			return "", "", cp
		}
		w, _, _ := strings.Cut(cp, " ")
		return "", w, ""
	}
	return "", "", ""
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// currencies writes the names (display name and plural forms) and the
// symbols of the kept currencies.
func (g *gen) currencies(l string) {
	var cj struct {
		Main map[string]struct {
			Numbers struct {
				Currencies map[string]map[string]string `json:"currencies"`
			} `json:"numbers"`
		} `json:"main"`
	}
	if !g.json("cldr-numbers-full/main/"+l+"/currencies.json", &cj) {
		return
	}
	cur := cj.Main[l].Numbers.Currencies
	g.p("currencyNames: []currencyWord{")
	seen := map[string]bool{}
	for _, code := range currencyCodes {
		c := cur[code]
		keys := sortedKeys(c)
		for _, k := range keys {
			if k != "displayName" && !strings.HasPrefix(k, "displayName-count-") {
				continue
			}
			v := strings.TrimSpace(c[k])
			if v == "" || v == code || seen[v] {
				continue
			}
			seen[v] = true
			g.p("{%q, %q}, ", v, code)
		}
	}
	g.p("},\n")
	g.p("currencySymbols: []currencyWord{")
	seen = map[string]bool{}
	for _, code := range currencyCodes {
		v := cur[code]["symbol"]
		if v == "" || v == code || seen[v] {
			continue
		}
		seen[v] = true
		g.p("{%q, %q}, ", v, code)
	}
	g.p("},\n")
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// units writes the unit names: the long forms (every plural and case form
// of "{0} Kilometer") and the short ones ("km"), and the words for percent.
func (g *gen) units(l string) {
	var uj struct {
		Main map[string]struct {
			Units map[string]json.RawMessage `json:"units"`
		} `json:"main"`
	}
	if !g.json("cldr-units-full/main/"+l+"/units.json", &uj) {
		return
	}
	var long, short map[string]map[string]string
	json.Unmarshal(uj.Main[l].Units["long"], &long)
	json.Unmarshal(uj.Main[l].Units["short"], &short)
	names := func(m map[string]string) []string {
		var out []string
		for _, k := range sortedKeys(m) {
			if !strings.Contains(k, "count-") {
				continue
			}
			v := m[k]
			if !strings.HasPrefix(v, "{0}") {
				continue // a unit written before or around the number
			}
			w := strings.TrimSpace(strings.ReplaceAll(v, "{0}", ""))
			w = strings.Trim(w, "\u00a0\u202f ")
			if w != "" && !contains(out, w) {
				out = append(out, w)
			}
		}
		return out
	}
	g.p("unitNames: []unitWord{")
	for _, u := range unitKeys {
		for _, w := range names(long[u.key]) {
			g.p("{%q, %q}, ", w, u.unit)
		}
	}
	g.p("},\n")
	g.p("unitAbbrs: []unitWord{")
	for _, u := range unitKeys {
		for _, w := range names(short[u.key]) {
			g.p("{%q, %q}, ", w, u.unit)
		}
	}
	g.p("},\n")
	g.p("percentWords: []string{")
	for _, w := range names(long["concentr-percent"]) {
		if w != "%" {
			g.p("%q, ", w)
		}
	}
	g.p("},\n")
}

// rbnf runs the spell-out rules of the language forward (0 to 100, and
// beyond as spellRange says) and writes the words found, cardinal and
// ordinal, for reverse lookup.
func (g *gen) rbnf(l string) {
	var rj struct {
		Rbnf struct {
			Rbnf struct {
				SpelloutRules map[string]json.RawMessage `json:"SpelloutRules"`
			} `json:"rbnf"`
		} `json:"rbnf"`
	}
	if !g.json("cldr-rbnf/rbnf/"+l+".json", &rj) {
		return
	}
	r := &rbnf{sets: map[string][][2]string{}}
	for name, raw := range rj.Rbnf.Rbnf.SpelloutRules {
		var rules [][2]string
		if json.Unmarshal(raw, &rules) == nil {
			r.sets[name] = rules
		}
	}
	cardinal := map[string]int{}
	ordinal := map[string]int{}
	for _, name := range sortedKeys(r.sets) {
		if strings.HasPrefix(name, "%%") || strings.Contains(name, "year") || strings.Contains(name, "verbose") {
			continue
		}
		isOrd := strings.HasPrefix(name, "%spellout-ordinal")
		isCard := strings.HasPrefix(name, "%spellout-cardinal") || strings.HasPrefix(name, "%spellout-numbering")
		if !isOrd && !isCard {
			continue
		}
		for _, n := range spellRange(name, isOrd) {
			s, ok := r.format(name, n, 0)
			s = strings.TrimSpace(strings.ReplaceAll(s, "\u00ad", ""))
			if !ok || s == "" || strings.ContainsAny(s, "0123456789") {
				continue
			}
			m := cardinal
			if isOrd {
				if n > 31 {
					continue
				}
				m = ordinal
			}
			for _, f := range apostropheForms(s) {
				if _, dup := m[f]; !dup {
					m[f] = n
				}
			}
		}
	}
	writeMap := func(field string, m map[string]int) {
		g.p("%s: map[string]int{", field)
		for _, k := range sortedKeys(m) {
			g.p("%q: %d, ", k, m[k])
		}
		g.p("},\n")
	}
	writeMap("cardinals", cardinal)
	writeMap("ordinalWords", ordinal)
}

// spellRange is the numbers whose spelled-out forms are kept for the rule
// set name: 0 to 100 in every set; the round hundreds and thousands
// ("zweihundert", "двухсот", "tres mil") in every cardinal set, case
// forms included; every number up to 999 ("dreihundertfünfzig", "two
// hundred fifty") in the plain numbering and cardinal sets only, to keep
// the tables small.
func spellRange(name string, ordinal bool) []int {
	var ns []int
	for n := 0; n <= 100; n++ {
		ns = append(ns, n)
	}
	if ordinal {
		return ns
	}
	if name == "%spellout-numbering" || name == "%spellout-cardinal" {
		for n := 101; n <= 999; n++ {
			ns = append(ns, n)
		}
	} else {
		for n := 200; n <= 900; n += 100 {
			ns = append(ns, n)
		}
	}
	for n := 1000; n <= 9000; n += 1000 {
		ns = append(ns, n)
	}
	return ns
}

// rbnf is a small interpreter of ICU rule-based number format rules,
// enough for integers: rule selection by base value, the substitutions
// →→, ←←, =rule= with named rule sets, and optional [...] text. Plural
// $(...)$ forms and decimal formats make a rule fail.
type rbnf struct {
	sets map[string][][2]string
}

func (r *rbnf) format(set string, n, depth int) (string, bool) {
	rules, ok := r.sets[set]
	if !ok || depth > 20 {
		return "", false
	}
	bestBase, best, radix := -1, "", 10
	for _, rule := range rules {
		key := rule[0]
		rad := 10
		if b, rd, ok := strings.Cut(key, "/"); ok {
			key = b
			rad, _ = strconv.Atoi(rd)
		}
		base, err := strconv.Atoi(key)
		if err != nil || base > n || base < bestBase {
			continue
		}
		bestBase, best, radix = base, rule[1], rad
	}
	if bestBase < 0 {
		return "", false
	}
	divisor := 1
	for divisor*radix <= bestBase {
		divisor *= radix
	}
	text := strings.TrimSuffix(best, ";")
	text = strings.TrimPrefix(text, "'")
	return r.expand(set, text, n, divisor, depth)
}

func (r *rbnf) expand(set, text string, n, divisor, depth int) (string, bool) {
	if strings.Contains(text, "$(") {
		return "", false
	}
	var b strings.Builder
	rs := []rune(text)
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		switch c {
		case '[':
			j := i + 1
			for j < len(rs) && rs[j] != ']' {
				j++
			}
			if n%divisor != 0 {
				s, ok := r.expand(set, string(rs[i+1:j]), n, divisor, depth)
				if !ok {
					return "", false
				}
				b.WriteString(s)
			}
			i = j
		case '→', '←', '=':
			j := i + 1
			for j < len(rs) && rs[j] != c {
				j++
			}
			if j >= len(rs) {
				return "", false
			}
			name := string(rs[i+1 : j])
			if c == '→' && j+1 < len(rs) && rs[j+1] == '→' {
				return "", false // →→→
			}
			target := set
			if name != "" {
				if !strings.HasPrefix(name, "%") {
					return "", false // a decimal format
				}
				target = name
			}
			v := n
			switch c {
			case '→':
				v = n % divisor
			case '←':
				v = n / divisor
			}
			s, ok := r.format(target, v, depth+1)
			if !ok {
				return "", false
			}
			b.WriteString(s)
			i = j
		default:
			b.WriteRune(c)
		}
	}
	return b.String(), true
}

// dateOrder returns the order of the day, month and year fields of a
// CLDR date pattern as three letters ("dmy"), quoted literals skipped;
// "" when a field is missing.
func dateOrder(pattern string) string {
	order := ""
	quoted := false
	for _, r := range pattern {
		switch {
		case r == '\'':
			quoted = !quoted
		case quoted:
		case (r == 'd' || r == 'M' || r == 'L' || r == 'y') && !strings.ContainsRune(order, map[rune]rune{'d': 'd', 'M': 'm', 'L': 'm', 'y': 'y'}[r]):
			order += string(map[rune]rune{'d': 'd', 'M': 'm', 'L': 'm', 'y': 'y'}[r])
		}
	}
	if len(order) != 3 {
		return ""
	}
	return order
}

// apostropheForms returns s and, when it has CLDR's modifier-letter
// apostrophe (uk "пʼять"), s with the apostrophes texts use instead: ' and ’.
func apostropheForms(s string) []string {
	if !strings.Contains(s, "ʼ") {
		return []string{s}
	}
	return []string{s, strings.ReplaceAll(s, "ʼ", "'"), strings.ReplaceAll(s, "ʼ", "’")}
}
