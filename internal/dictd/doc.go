// Package dictd reads dictionaries in the dictd format, as FreeDict
// installs them (/usr/share/dictd/freedict-deu-eng.index beside
// freedict-deu-eng.dict.dz).
//
// A dictionary is an index, lines of headword, offset and length (the last
// two in dictd's base 64), and a body, plain text or dictzip: gzip whose
// header lists chunks compressed independently, so that one entry can be
// read without inflating the whole file. Open reads the index and keeps the
// body compressed; Entries inflates the chunks an entry needs, once.
//
//	d, err := dictd.Open("/usr/share/dictd/freedict-deu-eng")
//	for _, e := range d.Entries("haus") {
//		head, words := dictd.Translations(e) // "Haus", ["house", "home"]
//	}
//
// A sorted index, as FreeDict writes it (lower-case headwords in byte
// order), is searched in place; another is read into a map.
//
// A Dictionary is safe for concurrent use.
package dictd
