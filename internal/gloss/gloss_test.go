package gloss

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

func TestParseErrors(t *testing.T) {
	for _, c := range []struct{ data, want string }{
		{"经济\n", "g.txt:1: want a word, a tab and its English glosses"},
		{"# c\n经济\t \n", "g.txt:2: want a word, a tab and its English glosses"},
		{"\teconomy\n", "g.txt:1: want a word, a tab and its English glosses"},
		{"经济\teconomy\n经济\tfinance\n", "g.txt:2: 经济 listed twice"},
		{"a b\tx\n", "g.txt:1: want a word, a tab and its English glosses"},
		{"经济\teconomy\n危机\tcrisis\n", "g.txt:2: 危机 out of order: the words are sorted"},
	} {
		if _, err := Parse("g.txt", c.data); err == nil || err.Error() != c.want {
			t.Errorf("Parse(%q) = %v, want %q", c.data, err, c.want)
		}
	}
}

// TestEmbedded: the embedded lexicons parse, and only Chinese and
// Japanese have one.
func TestEmbedded(t *testing.T) {
	for _, c := range []struct {
		lang string
		want bool
	}{{"zh", true}, {"zh-Hant", true}, {"ja", true}, {"de", false}, {"ko", false}, {"en", false}} {
		if got := For(language.Make(c.lang)) != nil; got != c.want {
			t.Errorf("For(%s) != nil = %v, want %v", c.lang, got, c.want)
		}
	}
}

func TestWords(t *testing.T) {
	l, err := Parse("t.txt", "危机\tcrisis\n发现\tdiscover find\n经济\teconomy economic\n经济危机\teconomic crisis\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"经济危机很严重", "经济危机"}, // the longest match
		{"他发现了经济的危机", "发现 经济 危机"},
		{"今天", ""},
		{"", ""},
	} {
		var got []string
		for _, w := range l.Words(c.text) {
			got = append(got, c.text[w.Start:w.End])
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("Words(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestAllWords: every word wherever it starts, the ones the longest
// match hides too.
func TestAllWords(t *testing.T) {
	l, err := Parse("t.txt", "为难\tembarrass\n危机\tcrisis\n政策\tpolicy\n民政\tcivil administration\n经济\teconomy\n经济危机\teconomic crisis\n难民\trefugee\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, longest, all string }{
		{"为难民政策", "为难 民政", "为难 难民 民政 政策"},
		{"经济危机", "经济危机", "经济 经济危机 危机"},
		{"今天", "", ""},
		{"", "", ""},
	} {
		for _, k := range []struct {
			name  string
			words func(string) []Word
			want  string
		}{{"Words", l.Words, c.longest}, {"AllWords", l.AllWords, c.all}} {
			var got []string
			for _, w := range k.words(c.text) {
				got = append(got, c.text[w.Start:w.End])
			}
			if strings.Join(got, " ") != k.want {
				t.Errorf("%s(%q) = %q, want %q", k.name, c.text, got, k.want)
			}
		}
	}
}

func TestRenders(t *testing.T) {
	en := NewEnglish("The researchers discovered that the economic crisis hit studies of families.")
	for _, c := range []struct {
		glosses string
		want    bool
	}{
		{"discover find", true}, // inflected
		{"economy", true},       // the first five letters
		{"crisis", true},
		{"study", true},  // -y, -ies
		{"family", true}, // -y, -ies
		{"researcher", true},
		{"weather rain", false},
		{"hit", true},
		{"hi", false},
		{"eco", false}, // too short to share a prefix
	} {
		if got := en.Renders(c.glosses); got != c.want {
			t.Errorf("Renders(%q) = %v, want %v", c.glosses, got, c.want)
		}
	}
}

// TestEmbeddedWords: everyday news words of both languages are found and
// rendered by their usual English.
func TestEmbeddedWords(t *testing.T) {
	for _, c := range []struct{ lang, src, en string }{
		{"zh", "研究人员发现，宠物食品受到了污染。", "Researchers found that the pet food was contaminated."},
		{"zh-Hant", "研究人員發現，寵物食品受到了污染。", "Researchers found that the pet food was contaminated."},
		{"ja", "研究者は、ペットフードが汚染されていたことを発見した。", "The researchers discovered that the pet food had been contaminated."},
	} {
		l := For(language.Make(c.lang))
		hits, n := NewEnglish(c.en).Rendered(c.src, l.Words(c.src))
		if n < 3 || hits*2 < n {
			t.Errorf("%s: %d of %d words rendered", c.lang, hits, n)
		}
		if hits, _ := NewEnglish("Heavy rain kept the boats in the harbour.").Rendered(c.src, l.Words(c.src)); hits != 0 {
			t.Errorf("%s: %d words rendered by another text", c.lang, hits)
		}
	}
}

func TestHolds(t *testing.T) {
	l, err := Parse("t.txt", "阴雨\tovercast rainy\n马赛克\tmosaic\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, part string
		want       bool
	}{
		{"有些图片有马赛克。", "马赛", true},
		{"北京多阴雨天气", "北京", false},
		{"马赛克", "马赛克", false}, // the word itself, no more
		{"阴雨", "阴", true},
	} {
		i := strings.Index(c.text, c.part)
		if got := l.Holds(c.text, i, i+len(c.part)); got != c.want {
			t.Errorf("Holds(%q, %q) = %v, want %v", c.text, c.part, got, c.want)
		}
	}
}

// BenchmarkParseChinese measures what the first Chinese source of a run
// pays for its lexicon, and BenchmarkWordsChinese the lookups of a
// sentence.
func BenchmarkParseChinese(b *testing.B) {
	for b.Loop() {
		if _, err := Parse("zh-en.txt", zhData); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWordsChinese(b *testing.B) {
	l := For(language.Chinese)
	const text = "研究人员周二发现，受污染的宠物食品已经导致至少25只猫死亡，当局正在调查相关工厂。"
	for b.Loop() {
		l.Words(text)
	}
}

// TestLongestWalk: the longest match, walking the sorted words as the
// prefix grows, finds at every place what trying every length from the
// longest down finds.
func TestLongestWalk(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"zh", "研究人员周二发现，受污染的宠物食品已经导致至少25只猫死亡，当局正在调查为难民政策相关工厂。中华人民共和国国务院"},
		{"ja", "研究者は、ペットフードが汚染されていたことを発見した。東京都庁で記者会見が開かれた。"},
	} {
		l := For(language.Make(c.lang))
		for i := range c.text {
			if !utf8.RuneStart(c.text[i]) {
				continue
			}
			end, g := l.longest(c.text, i)
			wantEnd, want := i, ""
			ends, n := l.ends(c.text, i)
			for k := n - 1; k >= 1; k-- {
				if w := l.glosses(c.text[i:ends[k]]); w != "" {
					wantEnd, want = ends[k], w
					break
				}
			}
			if end != wantEnd || g != want {
				t.Errorf("%s at %d: %q %q; want %q %q", c.lang, i, c.text[i:end], g, c.text[i:wantEnd], want)
			}
		}
	}
}

// TestNewEnglishWords: the words are the runs of ASCII letters of the
// text lowered, as strings.ToLower and a split at every other rune give
// them, whatever the text holds.
func TestNewEnglishWords(t *testing.T) {
	for _, text := range []string{"The Kelvin sign \u212a and İstanbul’s ÉCOLE x-ray", "Don't stop—USA's GDP", "", "日本 Tokyo"} {
		want := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r > unicode.MaxASCII || !unicode.IsLetter(r) }) {
			want[w] = true
		}
		if got := NewEnglish(text).words; !maps.Equal(got, want) {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}

func TestLemmas(t *testing.T) {
	for _, c := range []struct {
		word string
		want string // one of the lemmas
	}{
		{"paid", "pay"}, {"stopped", "stop"}, {"cities", "city"}, {"making", "make"},
		{"said", "say"}, {"children", "child"}, {"voted", "vote"}, {"votes", "vote"},
		{"taxes", "tax"}, {"walked", "walk"}, {"better", "good"}, {"prison", "prison"},
	} {
		if got := Lemmas(c.word); !slices.Contains(got, c.want) {
			t.Errorf("Lemmas(%q) = %q, want %q among them", c.word, got, c.want)
		}
	}
	if got := Lemmas("glass"); slices.Contains(got, "glas") {
		t.Errorf("Lemmas(glass) = %q: a double s is no plural", got)
	}
}

func TestParseFormsErrors(t *testing.T) {
	for _, bad := range []string{"went\n", "a b\tc\n", "went\tgo\nwent\tgo\n", "went\t \n"} {
		if _, err := parseForms("x", bad); err == nil || !strings.HasPrefix(err.Error(), "x:") {
			t.Errorf("parseForms(%q) = %v, want a file:line error", bad, err)
		}
	}
}
