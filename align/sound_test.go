package align

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"testing"

	"golang.org/x/text/language"

	"github.com/crossread/crossread/corpus"

	"github.com/crossread/crossread/internal/translit"
)

// TestSoundKeyUkrainian checks that Ukrainian г is read as h, as English
// transcriptions write it, and Russian г as g.
func TestSoundKeyUkrainian(t *testing.T) {
	name := tokType{key: "гончаренко", kind: kWord, name: true}
	if got, want := soundKey(name, "ukr"), translit.Skeleton("honcharenko"); got != want {
		t.Errorf("Ukrainian: got %q, want %q", got, want)
	}
	if got, want := soundKey(name, "rus"), translit.Skeleton("goncharenko"); got != want {
		t.Errorf("Russian: got %q, want %q", got, want)
	}
}

// TestLatinDocRunes checks latinDoc's ASCII shortcut against the Unicode
// tables: each rune up to U+3000 counts as the tables say, Latin letter,
// other letter or no letter.
func TestLatinDocRunes(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		wantLatin := unicode.In(r, unicode.Latin)
		wantOther := !wantLatin && unicode.IsLetter(r)
		d := &corpus.Document{Text: string(r)}
		// One rune of a kind decides alone; with a Cyrillic letter beside
		// it, a Latin rune ties (latin wins), another letter outvotes.
		d2 := &corpus.Document{Text: string(r) + "ж"}
		if got := latinDoc(d2); got != wantLatin {
			t.Errorf("%U beside a Cyrillic letter: latin %v, want %v", r, got, wantLatin)
		}
		if got := latinDoc(d); got != !wantOther {
			t.Errorf("%U alone: latin %v, want %v", r, got, !wantOther)
		}
	}
}

// TestLoanKey checks that a common English word sounds like the katakana
// Japanese borrows it as, and not like other katakana words.
func TestLoanKey(t *testing.T) {
	for _, tc := range []struct {
		english, katakana string
		same              bool
	}{
		{"dashboard", "ダッシュボード", true},
		{"marketing", "マーケティング", true},
		{"smartphone", "スマートフォン", true},
		{"salon", "サロン", false}, // three consonants: too short to count
		{"dashboard", "マーケティング", false},
		{"computer", "コンピューター", true},
		{"travel", "ホテル", false},
	} {
		en := loanKey(tokType{key: tc.english, kind: kWord})
		ja := soundKey(tokType{key: tc.katakana, kind: kWord}, "jpn")
		if got := en != "" && en == ja; got != tc.same {
			t.Errorf("%s (%q) and %s (%q): same %v, want %v", tc.english, en, tc.katakana, ja, got, tc.same)
		}
	}
	if got := loanKey(tokType{key: "Dashboard", kind: kWord, name: true}); got != "" {
		t.Errorf("a name has a sound key of its own, not a loan key: got %q", got)
	}
}

// TestLoanwordsOf checks that only a Latin document read against a
// Japanese one gets loan keys.
func TestLoanwordsOf(t *testing.T) {
	en := load(t, "Organize media into one dashboard.", language.English)
	ja := load(t, "複数媒体を一つのダッシュボードにまとめる。", language.Japanese)
	ru := load(t, "Всё в одной панели.", language.Russian)
	for _, tc := range []struct {
		docs []*corpus.Document
		want []bool
	}{
		{[]*corpus.Document{en, ja}, []bool{true, false}},
		{[]*corpus.Document{ja, en, ru}, []bool{false, true, false}},
		{[]*corpus.Document{en, ru}, []bool{false, false}},
	} {
		if got := loanwordsOf(tc.docs); !slices.Equal(got, tc.want) {
			t.Errorf("got %v, want %v", got, tc.want)
		}
	}
}

// TestDevanagariSounds checks that Hindi words, which no capital marks as
// names, match English names by their consonant skeletons, and that an
// unrelated English sentence matches none of them.
func TestDevanagariSounds(t *testing.T) {
	load := func(text, lang string) (*corpus.Document, []corpus.Span) {
		d, err := corpus.Load("x", []byte(text), corpus.Options{Lang: language.Make(lang), Format: corpus.FormatText})
		if err != nil {
			t.Fatal(err)
		}
		return d, []corpus.Span{d.Paragraphs[0].Span}
	}
	s, ss := load("प्रधानमंत्री नरेंद्र मोदी ने ज़ेलेंस्की से फ़ोन पर बात की", "hi")
	for _, c := range []struct {
		tgt  string
		want int
	}{
		{"Prime Minister Narendra Modi spoke with Zelensky by phone", 2}, // Narendra, Zelensky; Modi's skeleton is too short
		{"The council will vote on the budget next Tuesday", 0},
	} {
		d, ts := load(c.tgt, "en")
		if got := Evidence(d, ts, s, ss).Target.Names[1]; got != c.want {
			t.Errorf("%q: %d names matched, want %d", c.tgt, got, c.want)
		}
	}
}

// TestSoundKeyCyrillicJ checks that дж, English j in Cyrillic letters,
// has the skeleton of j.
func TestSoundKeyCyrillicJ(t *testing.T) {
	for _, c := range []struct{ cyr, latin string }{{"джонсон", "johnson"}, {"джейкобсон", "jacobson"}} {
		name := tokType{key: c.cyr, kind: kWord, name: true}
		if got, want := soundKey(name, "rus"), translit.Skeleton(c.latin); got != want {
			t.Errorf("%s: got %q, want %q", c.cyr, got, want)
		}
	}
}
