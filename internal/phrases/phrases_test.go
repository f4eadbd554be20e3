package phrases

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

const testData = `# a comment
en	up	rise|increas*|go up
en	down	fall
zh	up	上涨
`

func TestFind(t *testing.T) {
	l, err := Parse("test.txt", testData, []string{"up", "down"}, "zh")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, lang, kind, want string
	}{
		{"Prices rise.", "en", "up", "rise"},
		{"Prices are increasing.", "en", "up", "increasing"}, // a stem
		{"Prices go up and rise.", "en", "up", "go up|rise"}, // a phrase
		{"Prices arise.", "en", "up", ""},                    // whole words only
		{"Prices fall.", "en", "up", ""},
		{"价格上涨了。", "zh", "up", "上涨"},     // inside text
		{"Prices rise.", "fr", "up", ""}, // no list
	} {
		var got []string
		for _, s := range l.Find(tc.text, language.Make(tc.lang), tc.kind) {
			got = append(got, tc.text[s.Start:s.End])
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("Find(%q, %s, %s) = %q; want %q", tc.text, tc.lang, tc.kind, g, tc.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, bad := range []string{"en", "en\tup\t", "xx-yy-zz\tup\tword", "en\tup\ta||b", "en\tsideways\ta", "en\tup\t*"} {
		if _, err := Parse("x.txt", bad, []string{"up"}); err == nil || !strings.Contains(err.Error(), "x.txt:1:") {
			t.Errorf("Parse(%q) = %v; want an error naming x.txt:1", bad, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add(testData)
	f.Fuzz(func(t *testing.T, s string) {
		if l, err := Parse("f.txt", s, []string{"up", "down"}, "zh"); err == nil {
			l.Find("rise 上涨 fall", language.English, "up")
		}
	})
}

// TestFindKinds reads text once for several kinds, each as Find finds it.
func TestFindKinds(t *testing.T) {
	l, err := Parse("test.txt", testData, []string{"up", "down"}, "zh")
	if err != nil {
		t.Fatal(err)
	}
	text := "Prices rise, fall, go up and fall again."
	got := l.FindKinds(text, language.English, "up", "down", "sideways")
	if len(got) != 3 {
		t.Fatalf("FindKinds gave %d lists; want 3", len(got))
	}
	for i, kind := range []string{"up", "down", "sideways"} {
		want := l.Find(text, language.English, kind)
		if len(got[i]) != len(want) {
			t.Errorf("FindKinds %s = %v; want %v", kind, got[i], want)
			continue
		}
		for k := range want {
			if got[i][k] != want[k] {
				t.Errorf("FindKinds %s = %v; want %v", kind, got[i], want)
			}
		}
	}
	if n := len(got[1]); n != 2 {
		t.Errorf("found %d words going down; want 2", n)
	}
}
