package translit

import "strings"

// wgInitials are the pinyin initials, longest first, and how Wade-Giles
// writes them without its apostrophes: the aspiration it marks (p' for
// p, p for b) is dropped in the names the press prints ("Chiang",
// "Kaohsiung", "Tsai").
var wgInitials = [...][2]string{
	{"zh", "ch"}, {"ch", "ch"}, {"sh", "sh"},
	{"b", "p"}, {"p", "p"}, {"m", "m"}, {"f", "f"}, {"d", "t"}, {"t", "t"}, {"n", "n"}, {"l", "l"},
	{"g", "k"}, {"k", "k"}, {"h", "h"}, {"j", "ch"}, {"q", "ch"}, {"x", "hs"}, {"r", "j"},
	{"z", "ts"}, {"c", "ts"}, {"s", "s"}, {"y", "y"}, {"w", "w"},
}

// wgWhole are the syllables Wade-Giles writes whole, not by initial and
// final.
var wgWhole = map[string]string{
	"zhi": "chih", "chi": "chih", "shi": "shih", "ri": "jih", "zi": "tzu", "ci": "tzu", "si": "ssu",
	"er": "erh", "yi": "i", "you": "yu", "yan": "yen", "ye": "yeh", "yue": "yueh", "yong": "yung",
}

// WadeGiles returns the toneless pinyin syllable py (ü written v, as
// Pinyin gives it) as Wade-Giles spells it in names without apostrophes
// or umlauts: Taiwan's and older spellings ("jiang" is "chiang", "xie"
// "hsieh", "zhong" "chung", "guo" "kuo", "cai" "tsai").
func WadeGiles(py string) string {
	if w, ok := wgWhole[py]; ok {
		return w
	}
	initial, final, wg := "", py, ""
	for _, p := range wgInitials {
		if strings.HasPrefix(py, p[0]) {
			initial, final, wg = p[0], py[len(p[0]):], p[1]
			break
		}
	}
	switch {
	case final == "ong" || final == "iong":
		final = strings.TrimSuffix(final, "ong") + "ung"
	case final == "ian":
		final = "ien"
	case final == "ie":
		final = "ieh"
	case final == "ue" || final == "ve":
		final = "ueh"
	case final == "e" && (initial == "g" || initial == "k" || initial == "h"):
		final = "o"
	case final == "uo" && initial != "g" && initial != "k" && initial != "h" && initial != "sh" && initial != "":
		final = "o"
	case final == "ui" && (initial == "g" || initial == "k"):
		final = "uei"
	}
	return wg + strings.ReplaceAll(final, "v", "u")
}
