package placeholders_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/placeholders"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/corpus/bilingual"
)

// xliff wraps one unit's source and target in an XLIFF 2.0 file.
func xliff(unitAttrs, src, tgt string) string {
	return fmt.Sprintf(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="f"><unit id="u1"%s><segment><source>%s</source><target>%s</target></segment></unit></file></xliff>`, unitAttrs, src, tgt)
}

func TestPlaceholders(t *testing.T) {
	testCases := []struct {
		name, attrs, src, tgt string
		want                  string // messages' starts, joined by "; "
	}{
		{"same codes", "", `Read <pc id="1">this</pc> now<ph id="2"/>.`, `Lies <pc id="1">das</pc> jetzt<ph id="2"/>.`, ""},
		{"standalone codes moved", "", `A<ph id="1"/> b<ph id="2"/>.`, `<ph id="2"/>A b<ph id="1"/>.`, ""},
		{"missing placeholder", "", `Hello <ph id="1"/>!`, `Hallo!`, "target lacks inline code ph:1"},
		{"extra placeholder", "", `Hello!`, `Hallo <ph id="9"/>!`, "target has inline code ph:9"},
		{"lost pair", "", `A <pc id="1">b</pc>.`, `A b.`, "target lacks inline code pc:1 (end); target lacks inline code pc:1 (start)"},
		{"closed before opened", "", `A <sc id="1"/>b<ec startRef="1"/>.`, `A <ec startRef="1"/>b<sc id="1"/>.`, "target closes inline code sc:1 before it opens it"},
		{"overlapping pairs", "", `<sc id="1"/>a<sc id="2"/>b<ec startRef="2"/>c<ec startRef="1"/>`, `<sc id="1"/>a<sc id="2"/>b<ec startRef="1"/>c<ec startRef="2"/>`, "target closes inline code sc:1 inside sc:2"},
		{"locked and equal", ` translate="no"`, `ACME-42`, `ACME-42`, ""},
		{"locked and changed", ` translate="no"`, `ACME-42`, `AKME-42`, `target "AKME-42", source "ACME-42": the unit is marked translate="no"`},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			f, err := bilingual.Load("t.xlf", []byte(xliff(tc.attrs, tc.src, tc.tgt)), bilingual.Options{})
			if err != nil {
				t.Fatal(err)
			}
			a, err := bilingual.Aligner.Align(f.Target, []*corpus.Document{f.Source})
			if err != nil {
				t.Fatal(err)
			}
			fs, err := checks.Run(a, []*checks.Check{placeholders.Check}, checks.Env{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for i, f := range fs {
				msg := f.Message
				if strings.HasPrefix(msg, "target lacks") || strings.HasPrefix(msg, "target has") {
					msg, _, _ = strings.Cut(msg, ",")
				}
				if i < len(strings.Split(tc.want, "; ")) && tc.want != "" {
					if w := strings.Split(tc.want, "; ")[i]; strings.HasPrefix(msg, w) {
						msg = w
					}
				}
				got = append(got, msg)
			}
			if g := strings.Join(got, "; "); g != tc.want {
				t.Errorf("got %q; want %q", g, tc.want)
			}
		})
	}
}
