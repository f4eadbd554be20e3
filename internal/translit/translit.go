// Package translit spells names written in Han characters and kana in
// Latin letters, and reduces spellings to a consonant skeleton, so that a
// name can be recognised across scripts: 习近平 is "xi jin ping", トランプ
// is "toranpu", and both "toranpu" and "Trump" have the skeleton "trmp".
//
// The pinyin table (data/pinyin.txt.gz, compiled into pinyin_table.go by
// internal/pinyingen) holds every reading of each character in the pinyin
// npm package; the kana table (data/kana.tsv) is the Hepburn chart, read
// on first use. internal/gen/gen.mjs says how the pinyin data was made.
package translit

import (
	"embed"
	"slices"

	"strings"
	"sync"
	"unicode"
)

//go:embed data/kana.tsv data/zh-translit.txt
var dataFS embed.FS

//go:generate go run ./internal/pinyingen

// Pinyin returns the toneless readings of a Han character ("zhong" and
// "chong" for 重), and none for any other rune. The readings are static
// data (pinyin_table.go), searched in place: reading them from the data
// file took most of a short check's start.
func Pinyin(r rune) []string {
	return readingsOf(pinyinRunes[:], pinyinReadings[:], r)
}

// SinoReadings returns the Korean and Vietnamese readings of a Han
// character, romanised ("kim", "gim", "geum" for 金; "minh" for 明), and
// none for any other rune: Korean and Vietnamese names written in Han
// characters are read so in English (sino_table.go, from Unihan).
func SinoReadings(r rune) []string {
	return readingsOf(sinoRunes[:], sinoReadings[:], r)
}

// JapaneseReadings returns the Japanese readings of a Han character, kun
// and on, romanised ("kishi" and "gan" for 岸; "yuu" and "yu" for 雄),
// and none for any other rune: Japanese names written in Han characters
// are read so in English (japan_table.go, from Unihan).
func JapaneseReadings(r rune) []string {
	return readingsOf(japanRunes[:], japanReadings[:], r)
}

// Voiced returns a Japanese reading with its first consonant voiced, as
// it is inside a compound (rendaku: 田 "ta" in 岸田, Kishida), or "" when
// it has none to voice.
func Voiced(reading string) string {
	for _, p := range [][2]string{{"sh", "j"}, {"ch", "j"}, {"ts", "z"}, {"k", "g"}, {"s", "z"}, {"t", "d"}, {"h", "b"}, {"f", "b"}} {
		if strings.HasPrefix(reading, p[0]) {
			return p[1] + reading[len(p[0]):]
		}
	}
	return ""
}

// GeminationStem returns what is left of a Japanese reading that ends in
// chi, tsu, ku or ki when, inside a compound, that ending gives way to a
// doubling of the next voiceless consonant (sokuonbin: 日 "nichi" and 東
// "to" make Nitto, 北 "hoku" and 海 "kai" Hokkaido, and before h a p,
// 日本 Nippon): "ni", "ho"; ok is false for a reading that ends otherwise.
func GeminationStem(reading string) (stem string, ok bool) {
	for _, end := range [...]string{"chi", "tsu", "ku", "ki"} {
		if stem, ok := strings.CutSuffix(reading, end); ok && stem != "" {
			return stem, true
		}
	}
	return "", false
}

// native are the syllables of Japanese words, without those kana spell
// only for foreign words ("ti", "fa").
var native = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{"n": true}
	for k, v := range kana() {
		// One kana, or one with a small ya, yu or yo: not "ティ".
		if rs := []rune(k); (len(rs) == 1 || strings.ContainsAny(string(rs[1:]), "ャュョ")) && k != "ヴ" {
			m[v] = true
		}
	}
	return m
})

// Hepburn reports whether s, in lower case, is spelled wholly in the
// syllables of Japanese words, as the reading of a name written in kanji
// is ("sendai", "watanabe"; not "putin"). A doubled consonant and a long
// vowel written twice are allowed.
func Hepburn(s string) bool {
	ok := make([]bool, len(s)+1) // ok[i]: s[:i] splits into syllables
	ok[0] = true
	syl := native()
	for i := 0; i < len(s); i++ {
		if !ok[i] {
			continue
		}
		if i+1 < len(s) && s[i] == s[i+1] && !strings.ContainsRune("aeioun", rune(s[i])) {
			ok[i+1] = true // "kk" of "hokkaido"
		}
		if s[i] == 'm' && i+1 < len(s) && strings.ContainsRune("bmp", rune(s[i+1])) {
			ok[i+1] = true // ん before b, m or p, as Hepburn spells it: "shimbun"
		}
		for n := 1; n <= 3 && i+n <= len(s); n++ {
			if syl[s[i:i+n]] {
				ok[i+n] = true
			}
		}
	}
	return len(s) > 0 && ok[len(s)]
}

// IsHan reports whether r is a Han character.
func IsHan(r rune) bool { return r >= firstCJK && unicode.Is(unicode.Han, r) }

// firstCJK is below every Han character and every kana: most text is
// Latin, and asking the Unicode tables about each letter of it was slow.
const firstCJK = 0x2E80

// IsKana reports whether r is hiragana or katakana, the prolonged sound
// mark included.
func IsKana(r rune) bool {
	return r >= firstCJK && unicode.In(r, unicode.Hiragana, unicode.Katakana) && r != '・' && r != '゠'
}

var kana = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	b, err := dataFS.ReadFile("data/kana.tsv")
	if err != nil {
		panic("translit: " + err.Error())
	}
	for _, line := range strings.Split(string(b), "\n") {
		k, v, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		m[k] = v
	}
	return m
})

// Romaji spells a run of kana in Hepburn letters: "トランプ" → "toranpu".
// The small tsu doubles the next consonant and the prolonged sound mark
// is dropped, as English spellings of names do.
func Romaji(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		if r >= 'ぁ' && r <= 'ゖ' { // hiragana → katakana
			rs[i] = r + 0x60
		}
	}
	tbl := kana()
	var b strings.Builder
	double := false
	for i := 0; i < len(rs); {
		if rs[i] == 'ッ' {
			double = true
			i++
			continue
		}
		n := 1
		v, ok := "", false
		if i+1 < len(rs) {
			v, ok = tbl[string(rs[i:i+2])]
			n = 2
		}
		if !ok {
			v, ok = tbl[string(rs[i])]
			n = 1
		}
		i += n
		if !ok {
			continue
		}
		if double && v != "" && !strings.ContainsRune("aeiou", rune(v[0])) {
			b.WriteByte(v[0])
		}
		double = false
		b.WriteString(v)
	}
	return b.String()
}

var (
	skeletonSpellings = strings.NewReplacer("ph", "f", "kh", "h", "ck", "k", "sh", "s", "ch", "c", "x", "ks", "ts", "s", "th", "t",
		"ce", "se", "ci", "si", "cy", "sy", "gia", "ja", "gio", "jo", "giu", "ju")
	soundSpellings = strings.NewReplacer("sh", "s", "ch", "s", "zh", "s", "ph", "f", "ck", "k", "ng", "n", "er", "l",
		"ce", "se", "ci", "si", "cy", "sy")
)

// Skeleton reduces a lower-case Latin spelling to its consonants, with
// the letters that transliteration confuses merged: "toranpu" and "trump"
// are both "trmb", "kennedi" and "kennedy" both "knt", "bakhreyn" and
// "bahrain" both "brn". Vowels, h, w, v and y go; l is r, p is b, d is t,
// c, q and g are k, z is j, doubled letters are one, and n before b or m
// is m; "gia", "gio" and "giu" are spelled with j, as Italian says them
// ("giancarlo" and "jiyanakarlo" are both "jnkr").
func Skeleton(s string) string {
	s = skeletonSpellings.Replace(s)
	var out []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'h', 'w', 'y', 'v':
			continue
		case 'l':
			c = 'r'
		case 'p':
			c = 'b'
		case 'q', 'c', 'g':
			c = 'k'
		case 'z':
			c = 'j'
		case 'd':
			c = 't'
		}
		if c < 'a' || c > 'z' {
			continue
		}
		if n := len(out); n > 0 && out[n-1] == 'n' && (c == 'b' || c == 'm') {
			out[n-1] = 'm'
		}
		if n := len(out); n > 0 && out[n-1] == c {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// ForeignReadings returns s, a lower-case Latin spelling, as French or
// English spells the sounds another script writes: g soft before e, i
// and y ("gilles", Жиль), ch as sh ("lellouche", Лелуш), qu as k, gh
// silent, and a final s, t, d or x unsounded ("jacques", Жак; "giroud",
// Жиру); as Polish does, c as ts and w as v ("wroclaw", Вроцлав); and
// as Turkish does, c as j ("recep", रजब). Only the spellings that differ
// from s are returned.
func ForeignReadings(s string) []string {
	r := foreignSpellings.Replace(s)
	var out []string
	if r != s {
		out = append(out, r)
	}
	if n := len(r); n > 3 && strings.IndexByte("stdx", r[n-1]) >= 0 {
		out = append(out, strings.TrimRight(r[:n-1], "e"))
	}
	if p := polishSpellings.Replace(s); p != s {
		out = append(out, p)
	}
	if t := turkishSpellings.Replace(s); t != s {
		out = append(out, t)
	}
	return out
}

// turkishSpellings reads a name as Turkish spells it: c is said j ("recep",
// Раджаб, रजब; "cemal", Джемаль), ç ch, ş sh, and ğ lengthens the vowel
// before it.
var turkishSpellings = strings.NewReplacer("c", "j", "ç", "ch", "ş", "sh", "ğ", "")

// polishSpellings reads a name as Polish spells it: "wroclaw" is said
// vrotslav (Вроцлав), "szczecin" shchetsin.
var polishSpellings = strings.NewReplacer("sz", "sh", "cz", "ch", "rz", "zh", "ch", "h", "c", "ts", "w", "v")

var foreignSpellings = strings.NewReplacer("ge", "je", "gi", "ji", "gy", "jy", "ch", "sh", "qu", "k", "gh", "")

var soundChars = sync.OnceValue(func() map[rune]bool {
	m := map[rune]bool{}
	b, err := dataFS.ReadFile("data/zh-translit.txt")
	if err != nil {
		panic("translit: " + err.Error())
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, r := range line {
			m[r] = true
		}
	}
	return m
})

// SpellsSound reports whether Chinese uses the Han character r to spell
// foreign names by sound (斯, 尔, 克).
func SpellsSound(r rune) bool { return soundChars()[r] }

// Sounds reduces a Latin spelling, English or pinyin, to classes of
// consonants that Chinese transliteration keeps apart: "houston" and
// "xiusidun" (休斯敦) are "KSTN" and "STN". Letters: P b p, M m, F f v,
// T d t, N n and final ng, L l r and the syllable er, K g k c h, S s z
// j x q, c before e, i or y and the sh, ch, zh digraphs; vowels, w and y go, and a class is not
// repeated.
func Sounds(s string) string {
	s = soundSpellings.Replace(s)
	var out []byte
	for i := 0; i < len(s); i++ {
		var c byte
		switch s[i] {
		case 'b', 'p':
			c = 'P'
		case 'm':
			c = 'M'
		case 'f', 'v':
			c = 'F'
		case 'd', 't':
			c = 'T'
		case 'n':
			c = 'N'
		case 'l', 'r':
			c = 'L'
		case 'g', 'k', 'c', 'h':
			c = 'K'
		case 's', 'z', 'j', 'x', 'q':
			c = 'S'
		default:
			continue
		}
		if n := len(out); n > 0 && out[n-1] == c {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// CantoneseReadings returns the Cantonese readings of a Han character as
// Hong Kong's names spell them ("wong" for 王 and 黃, "cheung" for 張,
// "chan" for 陳), and none for any other rune (canto_table.go, from
// Unihan's Jyutping).
func CantoneseReadings(r rune) []string {
	return readingsOf(cantoRunes[:], cantoReadings[:], r)
}

// readingsOf returns the readings of r in a generated table: runes in
// order, each as many times as it has readings, beside the readings.
func readingsOf(runes []rune, readings []string, r rune) []string {
	lo, found := slices.BinarySearch(runes, r)
	if !found {
		return nil
	}
	hi := lo + 1
	for hi < len(runes) && runes[hi] == r {
		hi++
	}
	return readings[lo:hi:hi]
}
