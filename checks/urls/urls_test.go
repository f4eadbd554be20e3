package urls_test

import (
	"testing"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/pairtest"
	"github.com/crossread/crossread/checks/urls"
)

func TestURLs(t *testing.T) {
	testCases := []struct {
		name, srcLang, tgtLang, src, tgt string
		aligned                          int
		want                             string
	}{
		{"slug edited", "en", "de",
			"Details: https://example.com/news/llama-4-release",
			"Details: https://example.com/news/lama-4-release", 1, "https://example.com/news/lama-4-release→https://example.com/news/llama-4-release"},
		{"handle changed", "en", "fr",
			"Follow @openai_news for updates.",
			"Suivez @openai_nouvelles pour les mises à jour.", 1, ""},
		{"e-mail edited", "en", "de",
			"Write to press@meta.com.",
			"Schreiben Sie an presse@meta.com.", 1, "presse@meta.com→press@meta.com"},
		{"unchanged", "en", "de",
			"See https://example.com/a and #AI.",
			"Siehe https://example.com/a und #AI.", 1, ""},
		{"hashtag in other letter case", "de", "en",
			"Nach einer #Coaching-Session essen wir.",
			"After a #coaching session we eat.", 1, ""},
		{"hashtag translated", "de", "en",
			"Die #Batterien alter Autos.",
			"The #Batteries of old cars.", 1, ""},
		{"hashtag edited", "de", "en",
			"Die #Batterien alter Autos.",
			"The #Batterin of old cars.", 1, "#Batterin→#Batterien"},
		{"unaligned URL with a translated product name", "en", "de",
			"Meta trains Llama 4.",
			"Kommentar.\n\nhttps://the-decoder.com/meta-plans-lama-4-ai-model/", 0, "lama→llama"},
		{"animal slug without the product in the sources", "en", "de",
			"The farm keeps a llama.",
			"Kommentar.\n\nhttps://zoo.example/lama-2-geboren/", 0, ""},
		{"unrelated URL is left alone", "en", "de",
			"Meta trains Llama 4.",
			"Meta trainiert Llama 4.\n\nhttps://www.theverge.com/2024/7/31/meta-earnings", 1, ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if g := pairtest.Check(t, urls.Check, tc.src, tc.tgt, tc.srcLang, tc.tgtLang, tc.aligned); g != tc.want {
				t.Errorf("got %q; want %q", g, tc.want)
			}
		})
	}
}

// An edited hashtag is a hint: platforms match hashtags as words, and a
// translation may render them.
func TestHashtagIsMinor(t *testing.T) {
	_, fs := pairtest.Run(t, urls.Check, "Die #Batterien alter Autos.", "The #Batterin of old cars.", "de", "en", 1)
	if len(fs) != 1 || fs[0].Severity != checks.Minor {
		t.Fatalf("got %+v; want one minor finding", fs)
	}
}
