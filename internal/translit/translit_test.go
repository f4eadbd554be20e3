package translit

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
)

func TestPinyin(t *testing.T) {
	for _, tc := range []struct {
		in   rune
		want string
	}{{'中', "zhong"}, {'京', "jing"}, {'重', "zhong chong"}, {'a', ""}, {'ア', ""}} {
		got := Pinyin(tc.in)
		sort.Strings(got)
		want := strings.Fields(tc.want)
		sort.Strings(want)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("Pinyin(%q) = %q; want %q", tc.in, got, want)
		}
	}
}

func TestHepburn(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"sendai", true}, {"watanabe", true}, {"hokkaido", true}, {"kyushu", true}, {"toyama", true},
		{"putin", false}, {"google", false}, {"trump", false}, {"houston", false}, {"", false},
	} {
		if got := Hepburn(tc.in); got != tc.want {
			t.Errorf("Hepburn(%q) = %v; want %v", tc.in, got, tc.want)
		}
	}
}

func TestRomaji(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"トランプ", "toranpu"},
		{"ベルリン", "berurin"},
		{"ジョージ", "joji"},
		{"マッカーサー", "makkasa"},
		{"さくら", "sakura"},
		{"東京", ""},
	} {
		if got := Romaji(tc.in); got != tc.want {
			t.Errorf("Romaji(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestSkeleton(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"toranpu", "trump"},
		{"kennedi", "kennedy"},
		{"berurin", "berlin"},
		{"tramp", "trump"},
		{"bakhreyn", "bahrain"},
		{"hangkang", "hongkong"},
		{"kvazulu", "kwazulu"},
		{"prays", "price"},
		{"jiyanakarlo", "giancarlo"},
		{"jovanni", "giovanni"},
	} {
		if Skeleton(tc.a) != Skeleton(tc.b) {
			t.Errorf("Skeleton(%q) = %q, Skeleton(%q) = %q; want the same", tc.a, Skeleton(tc.a), tc.b, Skeleton(tc.b))
		}
	}
	for _, tc := range []struct{ a, b string }{{"toranpu", "toyota"}, {"berlin", "paris"}, {"gibson", "jibson"}} {
		if Skeleton(tc.a) == Skeleton(tc.b) {
			t.Errorf("Skeleton(%q) = Skeleton(%q) = %q; want them apart", tc.a, tc.b, Skeleton(tc.a))
		}
	}
}

func TestSounds(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"houston", "KSTN"}, {"xiusidun", "STN"}, {"alonso", "LNS"}, {"alongsuo", "LNS"}, {"", ""},
	} {
		if got := Sounds(tc.in); got != tc.want {
			t.Errorf("Sounds(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
	if !SpellsSound('斯') || SpellsSound('的') {
		t.Error("SpellsSound: want 斯 and not 的")
	}
}

// TestPinyinTable checks that pinyin_table.go is what go generate makes of
// data/pinyin.txt.gz: every reading of every character, in the file's
// order, and nothing else.
func TestPinyinTable(t *testing.T) {
	raw, err := os.ReadFile("data/pinyin.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	want := map[rune][]string{}
	for _, line := range strings.Split(string(text), "\n") {
		reading, chars, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		for _, r := range chars {
			want[r] = append(want[r], reading)
		}
	}
	n := 0
	for r, w := range want {
		if got := Pinyin(r); !slices.Equal(got, w) {
			t.Fatalf("Pinyin(%c) = %q; want %q: run go generate ./internal/translit/", r, got, w)
		}
		n += len(w)
	}
	if n != len(pinyinRunes) || len(pinyinRunes) != len(pinyinReadings) {
		t.Errorf("table has %d runes and %d readings; the data %d readings", len(pinyinRunes), len(pinyinReadings), n)
	}
	if Pinyin('a') != nil || Pinyin('ア') != nil {
		t.Error("Pinyin of a rune that is not Han is not empty")
	}
}

// TestFirstCJK: no Han character or kana lies below firstCJK, which the
// quick answer of IsHan and IsKana assumes.
func TestFirstCJK(t *testing.T) {
	for _, tab := range []*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana} {
		for r := rune(0); r < firstCJK; r++ {
			if unicode.Is(tab, r) {
				t.Fatalf("U+%04X is in a CJK table, below firstCJK", r)
			}
		}
	}
}

func TestForeignReadings(t *testing.T) {
	for _, tc := range []struct {
		word, want string // want: the skeleton one of the readings has
	}{
		{"gilles", "jr"},
		{"lellouche", "rs"},
		{"jacques", "jk"},
		{"giroud", "jr"},
		{"wroclaw", "rsr"},
		{"recep", "rjb"},   // Turkish c: रजब, Раджаб
		{"cengiz", "jnkj"}, // Cengiz, Дженгиз, not Tsengiz
	} {
		found := false
		for _, r := range ForeignReadings(tc.word) {
			found = found || Skeleton(r) == tc.want
		}
		if !found {
			t.Errorf("ForeignReadings(%q) = %q: no skeleton %q", tc.word, ForeignReadings(tc.word), tc.want)
		}
	}
	if got := ForeignReadings("moon"); len(got) != 0 {
		t.Errorf("ForeignReadings(moon) = %q; want none", got)
	}
}

func TestSinoReadings(t *testing.T) {
	for _, tc := range []struct {
		r    rune
		want string
	}{
		{'金', "kim"}, {'正', "jong"}, {'恩', "un"}, {'文', "moon"}, {'明', "minh"}, {'政', "chinh"},
		// vi-readings.tsv, beyond Unihan 15: 范 and 範, Phạm; 潘, Phan.
		{'范', "pham"}, {'範', "pham"}, {'潘', "phan"}, {'武', "vo"}, {'黄', "huynh"},
	} {
		if !slices.Contains(SinoReadings(tc.r), tc.want) {
			t.Errorf("SinoReadings(%c) = %q; want %q among them", tc.r, SinoReadings(tc.r), tc.want)
		}
	}
	if got := SinoReadings('a'); got != nil {
		t.Errorf("SinoReadings(a) = %q", got)
	}
}

// TestJapaneseReadings reads Han characters the Japanese way, kun and on,
// long vowels also short, and voices a reading inside a compound.
func TestJapaneseReadings(t *testing.T) {
	for _, tc := range []struct {
		r    rune
		want string
	}{{'岸', "kishi"}, {'田', "ta"}, {'文', "fumi"}, {'雄', "yu"}, {'雄', "o"}} {
		if !slices.Contains(JapaneseReadings(tc.r), tc.want) {
			t.Errorf("JapaneseReadings(%c) = %q; want %q among them", tc.r, JapaneseReadings(tc.r), tc.want)
		}
	}
	if got := JapaneseReadings('a'); got != nil {
		t.Errorf("JapaneseReadings('a') = %q; want none", got)
	}
	for in, want := range map[string]string{"ta": "da", "shima": "jima", "kawa": "gawa", "hara": "bara", "yama": ""} {
		if got := Voiced(in); got != want {
			t.Errorf("Voiced(%q) = %q; want %q", in, got, want)
		}
	}
	for _, tc := range []struct{ reading, stem string }{{"nichi", "ni"}, {"hoku", "ho"}, {"gaku", "ga"}, {"itsu", "i"}, {"yama", ""}, {"ku", ""}} {
		if got, ok := GeminationStem(tc.reading); got != tc.stem || ok != (tc.stem != "") {
			t.Errorf("GeminationStem(%q) = %q, %v; want %q", tc.reading, got, ok, tc.stem)
		}
	}
}

// A simplified character without readings of its own takes those of its
// traditional forms (Unihan_Variants.txt): Chinese news writes Korean,
// Vietnamese and Japanese names simplified.
func TestSimplifiedReadings(t *testing.T) {
	for _, tc := range []struct {
		r    rune
		want string
		of   func(rune) []string
	}{
		{'锡', "seok", SinoReadings},    // 尹锡悦, Yoon Suk-yeol
		{'郑', "jeong", SinoReadings},   // 鄭
		{'陈', "tran", SinoReadings},    // 陳, Trần
		{'东', "tou", JapaneseReadings}, // 東北, Tohoku
	} {
		if !slices.Contains(tc.of(tc.r), tc.want) {
			t.Errorf("readings of %c = %q; want %q among them", tc.r, tc.of(tc.r), tc.want)
		}
	}
}

func TestDevanagari(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"राम", "ram"},             // no inherent a at the end
		{"ट्रंप", "tranp"},         // virama joins t and r; the anusvara is n
		{"ज़ेलेंस्की", "zelenski"}, // the nukta makes j a z
		{"फ़्रांस", "frans"},       // f, r joined, long a, anusvara
		{"दिल्ली", "dilli"},        // vowel signs
		{"अमेरिका", "amerika"},     // an independent vowel first
		{"मोदी 2024", "modi 2024"}, // other runes kept
	} {
		if got := Devanagari(c.in); got != c.want {
			t.Errorf("Devanagari(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWadeGiles(t *testing.T) {
	for py, want := range map[string]string{
		"jiang": "chiang", "xie": "hsieh", "zhong": "chung", "guo": "kuo", "cai": "tsai", "xiong": "hsiung",
		"gao": "kao", "ke": "ko", "luo": "lo", "shuo": "shuo", "deng": "teng", "zhi": "chih", "si": "ssu",
		"xu": "hsu", "lv": "lu", "jue": "chueh", "bian": "pien", "gui": "kuei", "hui": "hui", "ren": "jen",
		"zeng": "tseng", "wang": "wang", "chen": "chen", "li": "li", "yan": "yen", "qing": "ching", "a": "a",
	} {
		if got := WadeGiles(py); got != want {
			t.Errorf("WadeGiles(%q) = %q, want %q", py, got, want)
		}
	}
}

func TestCantoneseReadings(t *testing.T) {
	for r, want := range map[rune]string{'王': "wong", '陳': "chan", '陈': "chan", '張': "cheung", '李': "lee", '吳': "ng", '梁': "leung", '潘': "poon", '楊': "yeung", '葉': "yip", '袁': "yuen"} {
		if got := CantoneseReadings(r); !slices.Contains(got, want) {
			t.Errorf("CantoneseReadings(%c) = %q, want %q among them", r, got, want)
		}
	}
	if got := CantoneseReadings('a'); got != nil {
		t.Errorf("CantoneseReadings('a') = %q, want none", got)
	}
}

func TestSplitPinyin(t *testing.T) {
	for _, c := range []struct {
		w    string
		want []string
	}{
		{"Renxun", []string{"ren", "xun"}},
		{"Jin-ping", []string{"jin", "ping"}},
		{"Xi'an", []string{"xi", "an"}},
		{"Zhuang", []string{"zhuang"}},
		{"Aoteman", []string{"ao", "te", "man"}},
		{"Jiaozhu", []string{"jiao", "zhu"}},
		{"Ma", []string{"ma"}},
		{"Musk", nil},
		{"Karl", nil},
		{"Nguyen", nil},
		{"Zuckerberg", nil},
		{"", nil},
		{"Zürich", nil},
		{"Mikea", nil}, // ke-a: a vowel opens a syllable without an apostrophe
		{"Diana", []string{"dia", "na"}},
	} {
		if got := SplitPinyin(c.w); !slices.Equal(got, c.want) {
			t.Errorf("SplitPinyin(%q) = %q, want %q", c.w, got, c.want)
		}
	}
}

func FuzzSplitPinyin(f *testing.F) {
	for _, s := range []string{"Renxun", "Xi'an", "Jin-ping", "Aoteman", "qqq", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		parts := SplitPinyin(w)
		if parts == nil {
			return
		}
		joined := strings.Join(parts, "")
		if want := strings.Map(func(r rune) rune {
			if r == '-' || r == '\'' || r == '’' {
				return -1
			}
			return r
		}, strings.ToLower(w)); joined != want {
			t.Fatalf("SplitPinyin(%q) = %q, which spells %q", w, parts, joined)
		}
		for _, p := range parts {
			if !pinyinSyllables()[p] {
				t.Fatalf("SplitPinyin(%q) holds %q, no syllable", w, p)
			}
		}
	})
}
