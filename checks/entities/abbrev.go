package entities

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/internal/translit"
)

//go:embed data/abbrev.tsv
var abbrevFile string

// shortForms holds, per language, the one-character short forms of
// places (data/abbrev.tsv) and the words that show one to be meant.
type shortForms struct {
	places        map[string]map[rune][]int // lang → character → places (index into places().list)
	before, after map[string][]string       // lang → context words
	beforeName    map[string]bool           // lang → a short form right before a foreign name counts (米アマゾン)
	home          map[string][]string       // lang → words for the writer's own country (国内, 我国)
	homeland      map[string][]int          // lang → the countries those words may mean
	writer        map[string][]int          // lang → the countries writing it, which a translation may name in a possessive
	capital       map[string][]string       // lang → words for "the capital", which a translation may name
	thatCountry   map[string][]string       // lang → words for "that country" (同国, 该国), which a translation may name
	thatCity      map[string][]string       // lang → words for "that city" (同市, 该市)
}

var abbrevs = sync.OnceValue(func() shortForms {
	sf, err := readShortForms("data/abbrev.tsv", abbrevFile)
	if err != nil {
		panic(err) // embedded data, tested
	}
	return sf
})

// readShortForms reads the lines LANG <TAB> PLACE-ID|before|after <TAB>
// words of file, named name in errors.
func readShortForms(name, file string) (shortForms, error) {
	sf := shortForms{places: map[string]map[rune][]int{}, before: map[string][]string{}, after: map[string][]string{},
		home: map[string][]string{}, homeland: map[string][]int{}, writer: map[string][]int{}, beforeName: map[string]bool{}, capital: map[string][]string{},
		thatCountry: map[string][]string{}, thatCity: map[string][]string{}}
	ids := map[string]int{}
	for k, p := range places().list {
		ids[p.id] = k
	}
	for i, line := range strings.Split(file, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 || cols[0] == "" || strings.TrimSpace(cols[2]) == "" {
			return sf, fmt.Errorf("%s:%d: want LANG <TAB> PLACE-ID, before, after, home, homeland, writer, capital, thatcountry, thatcity or beforename <TAB> words", name, i+1)
		}
		lang, kind, ws := cols[0], cols[1], strings.Fields(cols[2])
		switch kind {
		case "before":
			sf.before[lang] = append(sf.before[lang], ws...)
		case "after":
			sf.after[lang] = append(sf.after[lang], ws...)
		case "home":
			sf.home[lang] = append(sf.home[lang], ws...)
		case "capital":
			sf.capital[lang] = append(sf.capital[lang], ws...)
		case "thatcountry":
			sf.thatCountry[lang] = append(sf.thatCountry[lang], ws...)
		case "thatcity":
			sf.thatCity[lang] = append(sf.thatCity[lang], ws...)
		case "beforename":
			sf.beforeName[lang] = ws[0] == "yes"
		case "homeland", "writer":
			list := sf.homeland
			if kind == "writer" {
				list = sf.writer
			}
			for _, id := range ws {
				k, ok := ids[id]
				if !ok {
					return sf, fmt.Errorf("%s:%d: no place %q in places.tsv", name, i+1, id)
				}
				list[lang] = append(list[lang], k)
			}
		default:
			k, ok := ids[kind]
			if !ok {
				return sf, fmt.Errorf("%s:%d: no place %q in places.tsv", name, i+1, kind)
			}
			if sf.places[lang] == nil {
				sf.places[lang] = map[rune][]int{}
			}
			for _, w := range ws {
				r, n := utf8.DecodeRuneInString(w)
				if n != len(w) {
					return sf, fmt.Errorf("%s:%d: %q is no one character", name, i+1, w)
				}
				sf.places[lang][r] = append(sf.places[lang][r], k)
			}
		}
	}
	return sf, nil
}

// shortFormExplains reports whether the folded target word tw, of
// language tl, names a place that a source writes in a short form
// ("China" for 对华, "Philippines" for 日菲两国).
func shortFormExplains(tw, tl string, srcs []srcText) bool {
	sf := abbrevs()
	lt := places().in(tl)
	for _, s := range srcs {
		if homeExplains(sf, lt, tw, s) {
			return true
		}
		short := s.short
		if short == nil {
			short = shortPlaces(s)
		}
		for _, k := range short {
			if lt.hasWord(k, tw) {
				return true
			}
		}
	}
	return false
}

// shortPlaces returns the places that short forms in s stand for, each
// once: worked out once per source text, not once per target word.
func shortPlaces(s srcText) []int {
	sf := abbrevs()
	chars := sf.places[s.lang]
	if chars == nil {
		return []int{}
	}
	out := []int{}
	seen := map[int]bool{}
	for i, r := range s.raw {
		for _, k := range chars[r] {
			if !seen[k] && sf.meant(s.lang, s.raw, i) {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	return out
}

// namesCapital reports whether source text s has a word for "the
// capital" (столичный, 首都), which a translation may render by the
// city's name.
func (sf shortForms) namesCapital(s srcText) bool {
	return holdsAny(s, sf.capital[s.lang])
}

// refersTo reports whether source text s has a word for "that country"
// (for a country k) or "that city" (for a city), pointing back at a
// place named before, which a translation may render by its name:
// 同国 in "親日国として知られる同国" (Turkey, named a paragraph before).
func (sf shortForms) refersTo(s srcText, k int) bool {
	switch pl := places().list[k]; {
	case pl.country:
		return holdsAny(s, sf.thatCountry[s.lang])
	case pl.kind == 'C':
		return holdsAny(s, sf.thatCity[s.lang])
	}
	return false
}

// holdsAny reports whether the text of s, in lower case, holds one of
// words.
func holdsAny(s srcText, words []string) bool {
	low := strings.ToLower(s.raw)
	for _, w := range words {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// inHomeland reports whether place k is a country that a text in
// language lang may leave unnamed as the writer's own.
func (sf shortForms) inHomeland(lang string, k int) bool {
	return slices.Contains(sf.homeland[lang], k)
}

// writtenIn reports whether country k is one whose press writes lang
// (data/abbrev.tsv writer): a translation may name it before a body of
// its own for clarity ("the CNMV, Spain's market regulator").
func (sf shortForms) writtenIn(lang string, k int) bool {
	return slices.Contains(sf.writer[lang], k)
}

// homeExplains reports whether tw names a country that a word of s for
// the writer's own country may mean: "China" for 国内 (at home) or 回国
// (back home) in a Chinese text, "Japan" for 国内 in a Japanese one.
func homeExplains(sf shortForms, lt *langPlaces, tw string, s srcText) bool {
	for _, w := range sf.home[s.lang] {
		if !strings.Contains(s.raw, w) {
			continue
		}
		for _, k := range sf.homeland[s.lang] {
			if lt.hasWord(k, tw) {
				return true
			}
		}
		return false
	}
	return false
}

// meant reports whether the short form at byte i of text stands for its
// place: beside another short form (中美), after or before a word of its
// context (访华, 中方), or, in a language that writes so, right before a
// foreign name in katakana or Latin letters and after no kanji (米CNBC,
// not 玄米カレー).
func (sf shortForms) meant(lang, text string, i int) bool {
	_, n := utf8.DecodeRuneInString(text[i:])
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[i+n:])
	if len(sf.places[lang][before]) > 0 || len(sf.places[lang][after]) > 0 {
		return true
	}
	if sf.beforeName[lang] && !translit.IsHan(before) && (katakana(after) || unicode.Is(unicode.Latin, after)) {
		return true // 米アマゾン, 米CNBC: the country of a foreign firm
	}
	for _, w := range sf.before[lang] {
		if strings.HasSuffix(text[:i], w) {
			return true
		}
	}
	for _, w := range sf.after[lang] {
		if strings.HasPrefix(text[i+n:], w) {
			return true
		}
	}
	return false
}
