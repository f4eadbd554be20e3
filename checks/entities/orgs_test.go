package entities

import (
	"github.com/crossread/crossread/corpus"
	"strings"
	"testing"
)

// TestOrgsData reads data/orgs.tsv: every organisation has forms, and
// each is found in a sentence of its own language that names it, the
// capitals only as written.
func TestOrgsData(t *testing.T) {
	if len(orgs()) < 10 {
		t.Fatalf("%d organisations read", len(orgs()))
	}
	for _, c := range []struct {
		text, lang, want string
	}{
		{"Les ministres de l'OTAN se réunissent.", "fr", "NATO"},
		{"Министры стран НАТО встретятся.", "ru", "NATO"},
		{"나토 국방장관들이 만났다.", "ko", "NATO"},
		{"وزیران دفاع ناتو دیدار می‌کنند.", "fa", "NATO"},
		{`שרי ההגנה של נאט"ו נפגשו.`, "he", "NATO"},
		{"שרי ההגנה של נאט״ו נפגשו.", "he", "NATO"},
		{"The WHO said on Monday.", "en", "WHO"},
		{"Those who said so left.", "en", ""},
		{"Il y a un an.", "fr", ""},
		{"欧盟委员会表示", "zh", "EU"},
		{"Die EZB senkt den Leitzins.", "de", "ECB"},
	} {
		var got []string
		for _, m := range orgsIn(c.text, c.lang, 0) {
			got = append(got, orgs()[m.k].id)
			if sp := c.text[m.span.Start:m.span.End]; sp == "" {
				t.Errorf("%q: an empty span", c.text)
			}
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s %q: %q; want %q", c.lang, c.text, g, c.want)
		}
	}
}

func TestParseOrgsErrors(t *testing.T) {
	for _, in := range []string{"NATO\tfr", "NATO\tfr=", "\tfr=OTAN", "NATO"} {
		if _, err := parseOrgs("orgs.tsv", in); err == nil || !strings.HasPrefix(err.Error(), "orgs.tsv:1:") {
			t.Errorf("%q: error %v; want orgs.tsv:1: ...", in, err)
		}
	}
}

func FuzzParseOrgs(f *testing.F) {
	f.Add(orgsTSV)
	f.Add("NATO\t*=NATO\tfr=OTAN|Alliance\n# c\n\nEU\tfr=UE")
	f.Fuzz(func(t *testing.T, file string) {
		list, err := parseOrgs("orgs.tsv", file)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "orgs.tsv:") {
				t.Errorf("error without its place: %v", err)
			}
			return
		}
		for _, o := range list {
			if o.id == "" || len(o.forms) == 0 {
				t.Errorf("an organisation without an id or forms: %+v", o)
			}
			text := strings.Repeat(o.id+" ", 2)
			for lang := range o.forms {
				if sp, ok := o.at(text, corpus.LowerKeepingOffsets(text), lang); ok && (sp.Start < 0 || sp.End > len(text)) {
					t.Errorf("%s in %q: span %v out of the text", o.id, text, sp)
				}
			}
		}
	})
}
