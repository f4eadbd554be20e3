package rules

import (
	"testing"

	"golang.org/x/text/language"
)

func TestEndingsFromData(t *testing.T) {
	if e := endingsPtr(language.MustParseBase("es")); len(e.add) == 0 || e.vowels != "aoe" || len(e.replace) == 0 {
		t.Errorf("Spanish inflection from endings.txt: %+v", e)
	}
}
