package align

import (
	"testing"

	"golang.org/x/text/language"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/gloss"
)

// TestGlossMatches checks that a Chinese or Japanese word matches the
// English word that renders one of its glosses, inflected or not, in
// either direction, and nothing else.
func TestGlossMatches(t *testing.T) {
	testCases := []struct {
		name         string
		cjk, en      string
		lang         language.Tag
		cword, eword string
		want         bool
	}{
		{"chinese noun", "州长昨天发表了讲话。", "The governor spoke yesterday.", language.Chinese, "州长", "governor", true},
		{"chinese verb, inflected", "他赦免了自己。", "He pardoned himself.", language.Chinese, "赦免", "pardoned", true},
		{"chinese plural", "监狱里有很多人。", "The prisons are full.", language.Chinese, "监狱", "prisons", true},
		{"japanese word", "彼女は病院に行きました。", "She went to the hospital.", language.Japanese, "病院", "hospital", true},
		{"japanese loanword", "東京都はイベントを開催しました。", "Tokyo held events.", language.Japanese, "イベント", "events", true},
		{"unrelated english", "州长昨天发表了讲话。", "The weather was sunny.", language.Chinese, "州长", "weather", false},
		{"single character", "他在家。", "He is at home.", language.Chinese, "家", "home", false},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			cd := load(t, tc.cjk, tc.lang)
			cf := extract(cd)
			addGlosses(cf, cd, gloss.For(tc.lang))
			ef := extract(load(t, tc.en, language.English))
			for _, dir := range []string{"cjk target", "english target"} {
				tf, sf, tw, sw := cf, ef, tc.cword, tc.eword
				if dir == "english target" {
					tf, sf, tw, sw = ef, cf, tc.eword, tc.cword
				}
				found := false
				glossMatches(tf, sf, func(ti, si int32, m float32) {
					found = found || tf.types[ti].key == tw && sf.types[si].key == sw
				})
				if found != tc.want {
					t.Errorf("%s: %s ~ %s matched %v; want %v", dir, tw, sw, found, tc.want)
				}
			}
		})
	}
}

// TestGlossLexiconNeedsEnglish checks that glosses are added only when
// a document is matched with an English one.
func TestGlossLexiconNeedsEnglish(t *testing.T) {
	zh := load(t, "州长昨天发表了讲话。", language.Chinese)
	en := load(t, "The governor spoke yesterday.", language.English)
	de := load(t, "Der Gouverneur sprach gestern.", language.German)
	if glossLexicon(zh, []*corpus.Document{en}) == nil {
		t.Error("no lexicon for Chinese against English")
	}
	if glossLexicon(zh, []*corpus.Document{de}) != nil {
		t.Error("a lexicon for Chinese against German")
	}
	if glossLexicon(en, []*corpus.Document{zh}) != nil {
		t.Error("a lexicon for English")
	}
}
