package corpus

import (
	"testing"

	"golang.org/x/text/language"
)

func TestWordShapeTables(t *testing.T) {
	de, en, es := language.MustParseBase("de"), language.MustParseBase("en"), language.MustParseBase("es")
	for _, c := range []struct {
		name string
		got  bool
		want bool
	}{
		{"German noun ending", HasEnding("untersuchung", de, NounEnding), true},
		{"German name has none", HasEnding("schröder", de, NounEnding), false},
		{"Spanish adverb", HasEnding("rápidamente", es, WordEnding), true},
		{"no English word endings listed", HasEnding("quickly", en, WordEnding), false},
		{"English die is a word", IsLookalike("die", en), true},
		{"English the is a stop word, not a lookalike", IsLookalike("the", en), false},
		{"German und", IsLookalike("und", de), true},
		{"Dutch had, of hebben", IsLookalike("had", language.MustParseBase("nl")), true},
		{"Dutch hadden is no lookalike", IsLookalike("hadden", language.MustParseBase("nl")), false},
		{"Russian adjective", HasEnding("центристской", language.MustParseBase("ru"), AdjectiveEnding), true},
		{"Russian surname in -ым", HasEnding("путиным", language.MustParseBase("ru"), AdjectiveEnding), false},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
		}
	}
}
