package align

import (
	"strconv"
	"sync"

	"golang.org/x/text/language"

	"github.com/crossread/crossread/internal/quantity"
)

// addNumberWords adds to each paragraph of f the whole numbers from 2 to
// 12 that its words spell (quantity.SmallNumberWords: "three", "три",
// "שלוש"), as numbers: across scripts, where a number in words shares
// nothing else with its translation, "Три здорові мужики" and "Three big
// men" hold the same 3. Between two Latin documents number words made
// chance links (the seed and paragraphs/dev lost a paragraph each), so
// only documents compared across scripts get them.
func addNumberWords(f *docFeat) {
	canon := numberWordsOf(f.base)
	if len(canon) == 0 {
		return
	}
	num := make([]int32, len(f.types)) // type → its number's type + 1, or 0
	for id := range len(f.types) {
		c, ok := canon[f.types[id].key]
		if !ok || f.types[id].kind != kWord {
			continue
		}
		nid, ok := f.lookup(kNumber, c)
		if !ok {
			nid = int32(len(f.types))
			f.types = append(f.types, tokType{key: c, kind: kNumber, num: number{canon: c}, r: []rune(c), spelled: true})
			f.byKind[kNumber][c] = nid
		}
		num[id] = nid + 1
	}
	addDerived(f, num)
}

// numberWordsOf returns quantity.SmallNumberWords of lang folded as
// tokens are, each with its number, made once per language.
func numberWordsOf(lang language.Base) map[string]string {
	if m, ok := numberWords.Load(lang); ok {
		return m.(map[string]string)
	}
	fo := newFolder()
	small := quantity.SmallNumberWords(language.Make(lang.String()))
	canon := make(map[string]string, len(small))
	for w, v := range small {
		canon[fo.fold(w)] = strconv.Itoa(v)
	}
	m, _ := numberWords.LoadOrStore(lang, canon)
	return m.(map[string]string)
}

var numberWords sync.Map // language.Base → map[string]string
