package align

import (
	"slices"
	"strconv"

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
	small := quantity.SmallNumberWords(language.Make(f.base.String()))
	if len(small) == 0 {
		return
	}
	fo := newFolder()
	canon := make(map[string]string, len(small)) // folded word → number
	for w, v := range small {
		canon[fo.fold(w)] = strconv.Itoa(v)
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
	for pi := range f.paras {
		p := &f.paras[pi]
		var add []int32
		for _, id := range p.types {
			if int(id) < len(num) && num[id] > 0 {
				if n := num[id] - 1; !slices.Contains(add, n) && !slices.Contains(p.types, n) {
					add = append(add, n)
				}
			}
		}
		if len(add) == 0 {
			continue
		}
		for _, n := range add {
			f.types[n].df++
		}
		p.types = append(append([]int32(nil), p.types...), add...)
		sortInt32(p.types)
	}
}
