package entities

import "testing"

// BenchmarkPlaceNames measures reading and indexing the place names of
// one language, which a run pays once for each language it reads.
func BenchmarkPlaceNames(b *testing.B) {
	list := places().list
	for _, lang := range []string{"de", "zh"} {
		b.Run(lang, func(b *testing.B) {
			for b.Loop() {
				(&placeIndex{list: list, langs: map[string]*langPlaces{}}).in(lang)
			}
		})
	}
}
