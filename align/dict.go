package align

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/language"
)

// Dict is a bilingual word list: words of one language and their
// translations in another, folded like document tokens. Only one-word
// entries and translations are kept: the aligner matches words.
//
// A dictd dictionary is read lazily: loading reads its index, and an entry
// is decompressed and parsed when a document holds its headword, so that a
// dictionary of half a million entries costs a news article little.
// A Dict is safe for concurrent use.
type Dict struct {
	fwd, rev map[string][]string // eager pairs (TSV, tests)
	from     string              // ISO 639-3 code of the headwords, when known
	dd       *dictdIndex
}

// Len returns the number of word pairs. For a dictd dictionary it reads
// every entry.
func (d *Dict) Len() int {
	n := 0
	for _, ts := range d.fwd {
		n += len(ts)
	}
	if d.dd != nil {
		for _, k := range d.dd.sortedKeys() {
			n += len(d.dd.lookup(k, k))
		}
	}
	return n
}

// translations returns the words a dictionary gives for a token type: as
// a headword, and, for an eager dictionary, as a translation.
func (d *Dict) translations(t *tokType) (fwd, rev []string) {
	if d.dd != nil {
		return d.dd.lookup(t.low, t.key), nil
	}
	return d.fwd[t.key], d.rev[t.key]
}

func newDict() *Dict { return &Dict{fwd: map[string][]string{}, rev: map[string][]string{}} }

func (d *Dict) add(fo *folder, a, b string) {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if a == "" || b == "" || strings.ContainsFunc(a, unicode.IsSpace) || strings.ContainsFunc(b, unicode.IsSpace) {
		return
	}
	a, b = fo.fold(a), fo.fold(b)
	if a == b {
		return // identity matches already
	}
	d.fwd[a] = append(d.fwd[a], b)
	d.rev[b] = append(d.rev[b], a)
}

// dictStrength is the weight of a dictionary match: a translation is good
// evidence, but dictionaries list many senses.
const dictStrength = 0.8

// LoadDict reads a dictionary: a dictd index (path ending in .index, with
// the .dict.dz or .dict next to it, as FreeDict installs them) or a plain
// TSV file of word<TAB>translation lines (# starts a comment).
func LoadDict(path string) (*Dict, error) {
	if strings.HasSuffix(path, ".index") {
		return loadDictd(strings.TrimSuffix(path, ".index"))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d, fo := newDict(), newFolder()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		a, b, ok := strings.Cut(l, "\t")
		if !ok {
			return nil, fmt.Errorf("%s:%d: want word<TAB>translation", path, line)
		}
		b, _, _ = strings.Cut(b, "\t")
		d.add(fo, a, b)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return d, nil
}

// dictdIndex is a dictd dictionary read on demand: its index, searched by
// headword, and its body, decompressed chunk by chunk when dictzip's chunk
// table allows.
type dictdIndex struct {
	// The index lists headwords in lower case, in byte order as FreeDict
	// writes it: lines holds the start of each line, for binary search.
	// An index in another order is read into keys, by folded headword.
	idx   string
	lines []int32
	keys  map[string][]entrySpan
	body  *dictBody

	mu    sync.Mutex
	fo    *folder
	cache map[string][]string
}

type entrySpan struct{ off, n int }

// loadDictd reads base.index and opens base.dict.dz (or base.dict). The
// index lists key, offset and length, the last two in dictd's base 64.
func loadDictd(base string) (*Dict, error) {
	idx, err := readString(base + ".index")
	if err != nil {
		return nil, err
	}
	body, err := openDictBody(base)
	if err != nil {
		return nil, err
	}
	dd := &dictdIndex{idx: idx, body: body, fo: newFolder(), cache: map[string][]string{}}
	dd.lines = make([]int32, 0, strings.Count(idx, "\n")+1)
	sorted := true
	prev := ""
	for pos := 0; pos < len(dd.idx); {
		end := strings.IndexByte(dd.idx[pos:], '\n')
		if end < 0 {
			end = len(dd.idx)
		} else {
			end += pos
		}
		key, _, _ := strings.Cut(dd.idx[pos:end], "\t")
		if !strings.HasPrefix(key, "00") {
			if key < prev {
				sorted = false
			}
			prev = key
		}
		if pos > math.MaxInt32 {
			sorted = false
		}
		dd.lines = append(dd.lines, int32(pos))
		pos = end + 1
	}
	if !sorted {
		dd.keys = make(map[string][]entrySpan, len(dd.lines))
		for i := range dd.lines {
			key, sp, ok := dd.line(i)
			if ok {
				k := dd.fo.fold(key)
				dd.keys[k] = append(dd.keys[k], sp)
			}
		}
		dd.lines = nil
	}
	return &Dict{dd: dd}, nil
}

// readString reads a file into a string without a second copy.
func readString(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var b strings.Builder
	if fi, err := f.Stat(); err == nil {
		b.Grow(int(fi.Size()))
	}
	if _, err := io.Copy(&b, f); err != nil {
		return "", err
	}
	return b.String(), nil
}

// line returns the key and entry of index line i.
func (dd *dictdIndex) line(i int) (string, entrySpan, bool) {
	l := dd.idx[dd.lines[i]:]
	if j := strings.IndexByte(l, '\n'); j >= 0 {
		l = l[:j]
	}
	key, rest, ok1 := strings.Cut(l, "\t")
	o, n, ok2 := strings.Cut(rest, "\t")
	if !ok1 || !ok2 || key == "" || strings.HasPrefix(key, "00-database") || strings.HasPrefix(key, "00database") || strings.ContainsFunc(key, unicode.IsSpace) {
		return "", entrySpan{}, false
	}
	off, ok1 := b64(o)
	size, ok2 := b64(n)
	if !ok1 || !ok2 || size <= 0 || off+size > dd.body.size {
		return "", entrySpan{}, false
	}
	return key, entrySpan{off, size}, true
}

// key returns the key of index line i, for the binary search.
func (dd *dictdIndex) key(i int) string {
	l := dd.idx[dd.lines[i]:]
	if j := strings.IndexAny(l, "\t\n"); j >= 0 {
		l = l[:j]
	}
	return l
}

// spans returns the entries of headword w: low is the word in lower case,
// folded the word folded like a token.
func (dd *dictdIndex) spans(low, folded string) []entrySpan {
	if dd.keys != nil {
		return dd.keys[folded]
	}
	i := sort.Search(len(dd.lines), func(i int) bool { return dd.key(i) >= low })
	var out []entrySpan
	for ; i < len(dd.lines) && dd.key(i) == low; i++ {
		if _, sp, ok := dd.line(i); ok {
			out = append(out, sp)
		}
	}
	return out
}

// sortedKeys returns the headwords (lower case, or folded for an index
// read into a map) in a fixed order.
func (dd *dictdIndex) sortedKeys() []string {
	var ks []string
	if dd.keys != nil {
		for k := range dd.keys {
			ks = append(ks, k)
		}
		slices.Sort(ks)
		return ks
	}
	for i := range dd.lines {
		if k, _, ok := dd.line(i); ok && (len(ks) == 0 || ks[len(ks)-1] != k) {
			ks = append(ks, k)
		}
	}
	return ks
}

// lookup returns the folded one-word translations of a headword, given in
// lower case (low) and folded.
func (dd *dictdIndex) lookup(low, folded string) []string {
	if low == "" {
		low = folded
	}
	dd.mu.Lock()
	defer dd.mu.Unlock()
	if ts, ok := dd.cache[low]; ok {
		return ts
	}
	d := newDict()
	seen := map[int]bool{}
	for _, sp := range dd.spans(low, folded) {
		if seen[sp.off] {
			continue
		}
		seen[sp.off] = true
		if e, err := dd.body.slice(sp.off, sp.n); err == nil {
			dictdEntry(d, dd.fo, e)
		}
	}
	var ts []string
	for _, xs := range d.fwd {
		for _, x := range xs {
			if !slices.Contains(ts, x) {
				ts = append(ts, strings.Clone(x))
			}
		}
	}
	slices.Sort(ts)
	dd.cache[low] = ts
	return ts
}

// dictBody is the text of a dictd dictionary: plain, or dictzip, which is
// gzip whose header lists chunks compressed independently, so that one
// chunk can be read alone.
type dictBody struct {
	size  int
	plain []byte // a plain .dict, or a gzip file without chunk table
	z     []byte // the .dict.dz file
	chLen int
	chOff []int // offset in z of each chunk, and the end of the last

	mu     sync.Mutex
	chunks map[int][]byte
}

func openDictBody(base string) (*dictBody, error) {
	z, err := os.ReadFile(base + ".dict.dz")
	if err != nil {
		b, err := os.ReadFile(base + ".dict")
		if err != nil {
			return nil, fmt.Errorf("%s: no .dict.dz or .dict next to the index", base)
		}
		return &dictBody{size: len(b), plain: b}, nil
	}
	if b := dictzipChunks(z); b != nil {
		return b, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		return nil, fmt.Errorf("%s.dict.dz: %v", base, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s.dict.dz: %v", base, err)
	}
	return &dictBody{size: len(b), plain: b}, nil
}

// dictzipChunks reads the chunk table of a dictzip header (gzip's extra
// field, subfield "RA": version 1, chunk length, chunk count, compressed
// sizes), or returns nil when there is none.
func dictzipChunks(z []byte) *dictBody {
	const fextra, fname, fcomment, fhcrc = 4, 8, 16, 2
	if len(z) < 18 || z[0] != 0x1f || z[1] != 0x8b || z[2] != 8 || z[3]&fextra == 0 {
		return nil
	}
	flags := z[3]
	xlen := int(binary.LittleEndian.Uint16(z[10:]))
	if 12+xlen > len(z) {
		return nil
	}
	extra := z[12 : 12+xlen]
	pos := 12 + xlen
	for _, f := range []byte{fname, fcomment} {
		if flags&f != 0 {
			i := bytes.IndexByte(z[pos:], 0)
			if i < 0 {
				return nil
			}
			pos += i + 1
		}
	}
	if flags&fhcrc != 0 {
		pos += 2
	}
	for len(extra) >= 4 {
		id, n := string(extra[:2]), int(binary.LittleEndian.Uint16(extra[2:]))
		if 4+n > len(extra) {
			return nil
		}
		sub := extra[4 : 4+n]
		extra = extra[4+n:]
		if id != "RA" || len(sub) < 6 || binary.LittleEndian.Uint16(sub) != 1 {
			continue
		}
		chLen := int(binary.LittleEndian.Uint16(sub[2:]))
		count := int(binary.LittleEndian.Uint16(sub[4:]))
		if chLen == 0 || len(sub) < 6+2*count {
			return nil
		}
		b := &dictBody{z: z, chLen: chLen, chOff: make([]int, count+1), chunks: map[int][]byte{}}
		b.chOff[0] = pos
		for i := range count {
			b.chOff[i+1] = b.chOff[i] + int(binary.LittleEndian.Uint16(sub[6+2*i:]))
		}
		if b.chOff[count] > len(z) || len(z) < 4 {
			return nil
		}
		b.size = int(binary.LittleEndian.Uint32(z[len(z)-4:]))
		if b.size > count*chLen || b.size <= (count-1)*chLen {
			return nil
		}
		return b
	}
	return nil
}

// slice returns the body text at [off, off+n).
func (b *dictBody) slice(off, n int) (string, error) {
	if off < 0 || n < 0 || off+n > b.size {
		return "", errors.New("entry out of range")
	}
	if b.plain != nil {
		return string(b.plain[off : off+n]), nil
	}
	var out []byte
	for c := off / b.chLen; c*b.chLen < off+n; c++ {
		data, err := b.chunk(c)
		if err != nil {
			return "", err
		}
		lo := max(off-c*b.chLen, 0)
		hi := min(off+n-c*b.chLen, len(data))
		if lo > hi {
			return "", errors.New("short chunk")
		}
		out = append(out, data[lo:hi]...)
	}
	return string(out), nil
}

// chunk decompresses chunk c once: dictzip flushes the compressor at every
// chunk boundary, so a chunk inflates without what precedes it.
func (b *dictBody) chunk(c int) ([]byte, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if data, ok := b.chunks[c]; ok {
		return data, nil
	}
	if c+1 >= len(b.chOff) {
		return nil, errors.New("chunk out of range")
	}
	want := min(b.chLen, b.size-c*b.chLen)
	data := make([]byte, want)
	fr := flate.NewReader(bytes.NewReader(b.z[b.chOff[c]:b.chOff[c+1]]))
	if _, err := io.ReadFull(fr, data); err != nil {
		return nil, err
	}
	b.chunks[c] = data
	return data, nil
}

// dictdEntry adds the one-word translations of one dictd entry. An entry
// starts with its headword line (with pronunciation and grammar in /.../
// and <...>), then lines of translations separated by commas or
// semicolons, numbered or not; indented lines (examples, notes, synonyms)
// and "see:" references end the translations.
func dictdEntry(d *Dict, fo *folder, entry string) {
	headLine, rest, _ := strings.Cut(strings.TrimLeft(entry, "\n"), "\n")
	head := strings.TrimSpace(stripNotes(headLine))
	if head == "" || strings.ContainsFunc(head, unicode.IsSpace) || strings.Contains(head, "…") {
		return
	}
	for rest != "" {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "   ") || strings.HasPrefix(strings.TrimSpace(l), "see:") {
			break
		}
		l = strings.TrimSpace(stripNotes(l))
		// "1. Haus; Gebäude": drop the sense number.
		if i := strings.Index(l, ". "); i > 0 && i <= 3 && strings.Trim(l[:i], "0123456789") == "" {
			l = l[i+2:]
		}
		if strings.ContainsAny(l, "\"“:=") {
			continue
		}
		for _, t := range strings.FieldsFunc(l, func(r rune) bool { return r == ',' || r == ';' }) {
			if !strings.Contains(t, "…") {
				d.add(fo, head, t)
			}
		}
	}
}

// stripNotes removes the bracketed parts of a dictd line: pronunciation
// /.../, grammar <...>, domains [...], glosses (...) and references {...}.
func stripNotes(s string) string {
	if !strings.ContainsAny(s, "/<[({") {
		return s
	}
	var b strings.Builder
	var close rune
	for _, r := range s {
		switch {
		case close != 0:
			if r == close {
				close = 0
			}
		case r == '/':
			close = '/'
		case r == '<':
			close = '>'
		case r == '[':
			close = ']'
		case r == '(':
			close = ')'
		case r == '{':
			close = '}'
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// b64 decodes dictd's base-64 numbers.
func b64(s string) (int, bool) {
	n := 0
	for _, c := range s {
		var k int
		switch {
		case 'A' <= c && c <= 'Z':
			k = int(c - 'A')
		case 'a' <= c && c <= 'z':
			k = int(c-'a') + 26
		case '0' <= c && c <= '9':
			k = int(c-'0') + 52
		case c == '+':
			k = 62
		case c == '/':
			k = 63
		default:
			return 0, false
		}
		n = n*64 + k
	}
	return n, len(s) > 0 && len(s) < 10
}

// dictdDir is where Debian's dict-freedict-* packages install dictionaries.
var dictdDir = "/usr/share/dictd"

// installed caches InstalledDicts: reading an index takes a moment, and a
// Dict is safe to share.
var installed struct {
	mu    sync.Mutex
	dicts map[string][]*Dict // by directory and pair
}

// InstalledDicts returns the FreeDict dictionaries installed for the two
// languages, in either direction (freedict-deu-eng, freedict-eng-deu).
// Unreadable ones are skipped: a dictionary only helps. Results are cached
// for the life of the process.
func InstalledDicts(a, b language.Tag) []*Dict {
	a3, b3 := iso3(a), iso3(b)
	if a3 == "" || b3 == "" || a3 == b3 {
		return nil
	}
	if a3 > b3 {
		a3, b3 = b3, a3
	}
	installed.mu.Lock()
	defer installed.mu.Unlock()
	key := dictdDir + "\x00" + a3 + "-" + b3
	if ds, ok := installed.dicts[key]; ok {
		return ds
	}
	// The two directions load in parallel.
	var found [2]*Dict
	var wg sync.WaitGroup
	for k, pair := range [2][2]string{{a3, b3}, {b3, a3}} {
		p := filepath.Join(dictdDir, "freedict-"+pair[0]+"-"+pair[1]+".index")
		if _, err := os.Stat(p); err != nil {
			continue
		}
		wg.Go(func() {
			if d, err := LoadDict(p); err == nil {
				d.from = pair[0]
				found[k] = d
			}
		})
	}
	wg.Wait()
	var out []*Dict
	for _, d := range found {
		if d != nil {
			out = append(out, d)
		}
	}
	if installed.dicts == nil {
		installed.dicts = map[string][]*Dict{}
	}
	installed.dicts[key] = out
	return out
}

func iso3(t language.Tag) string {
	base, conf := t.Base()
	if conf == language.No {
		return ""
	}
	return base.ISO3()
}

// dictMatches adds the dictionary's word pairs between target and source
// types. A dictionary whose headword language is known is looked up from
// the document in that language; another from both.
func dictMatches(t, s *docFeat, dicts []*Dict, add func(ti, si int32, m float32)) {
	if len(dicts) == 0 {
		return
	}
	words := func(f *docFeat) map[string]int32 {
		m := map[string]int32{}
		for i, ty := range f.types {
			if isWordKind(ty.kind) {
				m[ty.key] = int32(i)
			}
		}
		return m
	}
	tw, sw := words(t), words(s)
	for _, d := range dicts {
		if d.from == "" || d.from == s.lang {
			for si := range s.types {
				if !isWordKind(s.types[si].kind) {
					continue
				}
				fwd, rev := d.translations(&s.types[si])
				for _, ts := range [2][]string{fwd, rev} {
					for _, tr := range ts {
						if ti, ok := tw[tr]; ok {
							add(ti, int32(si), dictStrength)
						}
					}
				}
			}
		}
		// An eager dictionary without a known language has been read
		// both ways above.
		if d.dd != nil && (d.from == "" || d.from == t.lang) {
			for ti := range t.types {
				tt := &t.types[ti]
				if !isWordKind(tt.kind) {
					continue
				}
				for _, tr := range d.dd.lookup(tt.low, tt.key) {
					if si, ok := sw[tr]; ok {
						add(int32(ti), si, dictStrength)
					}
				}
			}
		}
	}
}
