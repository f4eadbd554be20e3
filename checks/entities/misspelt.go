package entities

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
)

// srcPara is a source paragraph the target paragraph translates.
type srcPara struct {
	doc, para int
	span      corpus.Span // the part of the paragraph read
	words     []word
}

// misspelling is a target word that spells a source name not quite
// right.
type misspelling struct {
	t, s      word // the target word, the source word
	doc       int  // the source document of s
	elsewhere bool // the target spells s right elsewhere
	agrees    bool // the capitalised word before t is the one before s ("Colette")
}

// findMisspelt reports the target words that spell a word of a source
// name in Latin letters almost right ("Schmitt" for "Schmidt", "Jonson"
// for "Johnson"), and leaves them out of the names that no source word
// explains and the source names that the target lacks: one error, one
// finding.
func (c *paragraph) findMisspelt() {
	var found []misspelling
	for _, sp := range c.srcParas {
		src := c.p.Source(sp.doc)
		sb, _ := src.Lang.Base()
		if script, _ := src.Lang.Script(); script.String() != "Latn" || sb == c.tb {
			continue
		}
		for _, n := range append(paraNames(src, sp.para, sp.span, sb), openingNames(src, sp.words)...) {
			if namesAPlace(n, sb.String()) || namesAPlace(n, c.tb.String()) {
				continue // "Milano", "Milan": a place has names of its own
			}
			for _, s := range n.words {
				for j, t := range c.tw {
					if c.misspells(t, s) {
						agrees := j > 0 && capitalBefore(sp.words, s) == c.tw[j-1].folded && c.tw[j-1].cap
						found = append(found, misspelling{t: t, s: s, doc: sp.doc, elsewhere: c.spelledRight(s), agrees: agrees})
					}
				}
			}
		}
	}
	done := map[corpus.Span]bool{}
	for _, m := range found {
		// Without the right spelling elsewhere, one slip in a long word.
		sure := m.elsewhere || min(utf8.RuneCountInString(m.t.parts[0]), utf8.RuneCountInString(m.s.parts[0])) >= 6 && osa(m.t.parts[0], m.s.parts[0]) == 1 ||
			m.agrees && osa(m.t.parts[0], m.s.parts[0]) == 1
		if sure && !done[m.t.span] { // a source paragraph or name more may spell it
			done[m.t.span] = true
			c.reportMisspelt(m)
		}
	}
}

// capitalBefore returns the folded word before s in ws when it is
// capitalised, the first name before a surname ("colette" before
// "Kress"), or "".
func capitalBefore(ws []word, s word) string {
	for i, w := range ws {
		if w.span == s.span {
			if i > 0 && ws[i-1].cap {
				return ws[i-1].folded
			}
			break
		}
	}
	return ""
}

// openingNames returns the words of ws that open a sentence, which
// sourceNames leaves out, and that the source document writes as a name
// elsewhere: capitalised inside a sentence, never in lower case
// ("Mbappé will wear…" after "the signing of Kylian Mbappé").
func openingNames(src *corpus.Document, ws []word) []name {
	named := src.Memo(namedKey{}, func() any { return namedInside(src) }).(map[string]bool)
	var out []name
	for _, w := range ws {
		if w.start && w.cap && len(w.parts) == 1 && named[w.parts[0]] {
			out = append(out, wordName(w))
		}
	}
	return out
}

// namedKey keys namedInside in a document's memo.
type namedKey struct{}

// namedInside returns the folded words that src writes capitalised inside
// a sentence and never in lower case.
func namedInside(src *corpus.Document) map[string]bool {
	named, lower := map[string]bool{}, map[string]bool{}
	for i := range src.Paragraphs {
		for _, w := range words(src, i) {
			if len(w.parts) != 1 {
				continue
			}
			switch {
			case !w.cap:
				lower[w.parts[0]] = true
			case !w.start && !w.acro:
				named[w.parts[0]] = true
			}
		}
	}
	for k := range lower {
		delete(named, k)
	}
	return named
}

// misspells reports whether the target word t spells the source name
// word s almost right: both in Latin letters, of five letters or more,
// the same first letter, one or two edits apart (two in a word of eight
// or more), no inflection of each other, t no common word of the target
// language and no word of the source as it stands.
func (c *paragraph) misspells(t, s word) bool {
	if !t.cap || !t.latin || t.acro || s.acro || !s.latin || t.trans || s.trans || len(t.parts) != 1 || len(s.parts) != 1 {
		return false
	}
	a, b := t.parts[0], s.parts[0]
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	shortest := 5
	if undoubled(a, b) {
		shortest = 4 // "Kres" for "Kress": a doubled letter written once
	}
	if a == b || min(na, nb) < shortest || a[0] != b[0] || inflected(a, b) && (c.inflecting() || vowelEnds(a, b)) && !c.notAnEnding(a, b) || respelt(t.text, s.text) {
		return false
	}
	// "Präsident", "President"; "October", "Oktober": a word of English
	// in either language is a common word, translated.
	if corpus.IsWord(a, english) || corpus.IsWord(b, english) || corpus.IsStopword(a, c.tb) || wordClass()["calendar"][a] {
		return false
	}
	if d := osa(a, b); d == 0 || d > 2 || d == 2 && min(na, nb) < 8 {
		return false
	}
	for _, w := range c.sw {
		if len(w.parts) > 0 && w.parts[0] == a || exonym(a, w.folded, c.exo) {
			return false // a name of the source, or its localised form
		}
	}
	return true
}

// notAnEnding reports whether target word a cannot be source word b with
// a case ending: the target's language adds its endings to names and
// takes none off (data/words.txt endsadded: German), no source inflects
// names, and a is b cut short ("Lagard" for "Lagarde"). Another end
// ("Galilei" for "Galileo", "Deutschen" for "Deutsche") may be the
// language's own form of the name or its case.
func (c *paragraph) notAnEnding(a, b string) bool {
	if !wordClass()["endsadded"][c.tb.String()] {
		return false
	}
	inflects := wordClass()["inflects"]
	for _, s := range c.texts {
		if inflects[s.lang] {
			return false
		}
	}
	return len(a) < len(b) && strings.HasPrefix(b, a)
}

// inflecting reports whether the target's language or a source's
// inflects names (data/words.txt): only then may two spellings of a name
// differ by an ending.
func (c *paragraph) inflecting() bool {
	inflects := wordClass()["inflects"]
	if inflects[c.tb.String()] {
		return true
	}
	for _, s := range c.texts {
		if inflects[s.lang] {
			return true
		}
	}
	return false
}

// vowelEnds reports whether a and b end, past their common start, in
// letters that hold a vowel: a name's form in another language ("Sevilla",
// "Seville"), which every language has, not a letter added or dropped.
func vowelEnds(a, b string) bool {
	i := sharedStart(a, b)
	ra, rb := string([]rune(a)[i:]), string([]rune(b)[i:])
	return ra != "" && rb != "" && strings.ContainsAny(ra, "aeiouy") && strings.ContainsAny(rb, "aeiouy")
}

// undoubled reports whether a and b differ only in a doubled letter
// written once in one of them ("kres", "kress").
func undoubled(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) != len(b)+1 {
		return false
	}
	for i := 1; i < len(a); i++ {
		if a[i] == a[i-1] && a[:i]+a[i+1:] == b {
			return true
		}
	}
	return false
}

// inflected reports whether the folded words a and b are one word with
// different endings: one is the other and up to three letters more
// ("lekszyckim", "lekszycki"), or past their common start each ends in at
// most three letters that are a consonant of case endings (German
// genitive -s, -n, -r, -m) or hold a vowel ("stepinskiego", "stepinski";
// "havel", "havla"), unless the two ends end alike or swap letters.
func inflected(a, b string) bool {
	if d := utf8.RuneCountInString(a) - utf8.RuneCountInString(b); d <= 3 && d >= -3 && (strings.HasPrefix(a, b) || strings.HasPrefix(b, a)) {
		return true
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	for i > 0 && i < len(a) && !utf8.RuneStart(a[i]) {
		i--
	}
	ra, rb := a[i:], b[i:]
	// A slip inside the word leaves a common end ("fabius", "fabious"),
	// and no case ending swaps two letters ("moreno", "morneo").
	// Nor does one insert a letter before a common end ("mbape",
	// "mbappe"): an ending replaces the end.
	cs, dn := commonSuffix(ra, rb), utf8.RuneCountInString(ra)-utf8.RuneCountInString(rb)
	if cs >= 2 || cs == 1 && (dn == 1 || dn == -1) || ra != rb && sorted(ra) == sorted(rb) {
		return false
	}
	return caseEnding(ra) && caseEnding(rb)
}

// commonSuffix returns how many runes a and b share at their end.
func commonSuffix(a, b string) int { return sharedStart(reversed(a), reversed(b)) }

// reversed returns s with its runes in reverse order.
func reversed(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}

func caseEnding(e string) bool {
	switch e {
	case "", "s", "n", "r", "m":
		return true
	}
	return utf8.RuneCountInString(e) <= 3 && strings.ContainsAny(e, "aeiouy")
}

// translitVariants are the spellings of one sound that languages give a
// foreign name, in lower case, longest first: "Bakhmut" is "Bachmut" in
// German and Czech, "Serhii" "Serhij", "Hatshepsut" "Hatšepsut" or
// "Hatschepsut", "Djehuty" "Džehutej". A t before them stays a t: "tsch" is no "c" here, as
// "Hatschepsut" shows. English ch is Czech č, and Czech ch English kh:
// all three are one h ("Bratchuk", "Bratčuk").
var translitVariants = strings.NewReplacer(
	"dž", "y", "dj", "y", "sch", "s", "shch", "s", "sh", "s", "š", "s", "kh", "h", "ch", "h", "zh", "z", "ž", "z", "č", "h",
	"ii", "i", "ij", "i", "iy", "i", "yi", "i", "yj", "i", "j", "y", "w", "v", "ck", "k", "x", "ks")

// respelt reports whether the words a and b, as written, are one
// foreign name transliterated in two ways.
func respelt(a, b string) bool {
	norm := func(s string) string { return corpus.FoldName(translitVariants.Replace(strings.ToLower(s))) }
	if norm(a) == norm(b) {
		return true
	}
	va, oka := variantLine(a)
	vb, okb := variantLine(b)
	return oka && okb && va == vb
}

// variantLine returns the line of data/namevariants.txt that the word w
// spells, bare or with a possessive or German genitive ending
// ("Muhammad's", "Mohammeds").
func variantLine(w string) (int, bool) {
	low := strings.ToLower(possessiveless(w))
	if n, ok := nameVariants()[low]; ok {
		return n, true
	}
	n, ok := nameVariants()[strings.TrimSuffix(low, "s")]
	return n, ok
}

//go:embed data/namevariants.txt
var nameVariantsData string

// nameVariants maps each spelling of data/namevariants.txt to its line:
// spellings of one line are one name.
var nameVariants = sync.OnceValue(func() map[string]int {
	out := map[string]int{}
	for n, line := range strings.Split(nameVariantsData, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			out[w] = n
		}
	}
	return out
})

// spelledRight reports whether the target spells the source word s as
// the source does somewhere, in any paragraph.
func (c *paragraph) spelledRight(s word) bool {
	tgt := c.p.Target()
	for i := range tgt.Paragraphs {
		for _, w := range words(tgt, i) {
			if len(w.parts) == 1 && w.parts[0] == s.parts[0] {
				return true
			}
		}
	}
	return false
}

// misspeltSeverity returns the severity of misspelling m: major when the
// target spells the name right elsewhere, which shows the slip is the
// translation's; minor otherwise, for then the source may hold the slip
// ("Wikinwes" in a source, "Wikinews" in its translation).
func misspeltSeverity(m misspelling) checks.Severity {
	if m.elsewhere {
		return checks.Major
	}
	return checks.Minor
}

// reportMisspelt reports m at misspeltSeverity, with the source's spelling as
// fix when the target spells it so elsewhere and neither language inflects names (a Polish source may write the
// name in a case, a Czech target must), and drops the target word and
// the source word from the other findings.
func (c *paragraph) reportMisspelt(m misspelling) {
	tgt := c.p.Target()
	wrong := possessiveless(m.t.text)
	right := possessiveless(m.s.text)
	span := corpus.Span{Start: m.t.span.Start, End: m.t.span.Start + len(wrong)}
	msg := fmt.Sprintf("target %q, source %q: the name is misspelt", wrong, right)
	if m.elsewhere {
		msg += "; the target spells it right elsewhere"
	}
	f := checks.Finding{Severity: misspeltSeverity(m), Category: checks.Mistranslation, Span: span,
		Source: &checks.Evidence{Doc: m.doc, Span: m.s.span}, Message: msg}
	sb, _ := c.p.Source(m.doc).Lang.Base()
	if m.elsewhere && keepsNames[sb.String()] && keepsNames[c.tb.String()] && tgt.Slice(span) == wrong {
		f.Fixes = []checks.Fix{{Message: "Use " + right, Edits: []checks.Edit{{Span: span, New: right}}}}
	}
	c.p.Report(f)
	c.novel = withoutWord(c.novel, m.t.span)
	c.unexplained = withoutWord(c.unexplained, m.t.span)
	c.commonOne = withoutWord(c.commonOne, m.t.span)
	var miss []missing
	for _, x := range c.miss {
		if !x.n.span.Overlaps(m.s.span) || x.doc != m.doc {
			miss = append(miss, x)
		}
	}
	c.miss = miss
}

// withoutWord returns ns less the names that hold the word at span at.
func withoutWord(ns []name, at corpus.Span) []name {
	var out []name
	for _, n := range ns {
		if !n.span.Overlaps(at) {
			out = append(out, n)
		}
	}
	return out
}

// osa is the optimal string alignment distance of a and b: insertions,
// deletions, substitutions and swaps of two neighbours, by rune.
func osa(a, b string) int {
	x, y := []rune(a), []rune(b)
	d := make([][]int, len(x)+1)
	for i := range d {
		d[i] = make([]int, len(y)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(x)][len(y)]
}

// respeltIn reports whether a word of the target name n is a word of ws
// transliterated in another way, maybe inflected ("Džehuteje",
// "Djehuty"): a Czech or German target spells foreign names its own way.
func respeltIn(n name, ws []word) bool {
	norm := func(s string) string {
		return corpus.FoldName(translitVariants.Replace(strings.ToLower(possessiveless(s))))
	}
	for _, a := range n.words {
		na := norm(a.text)
		if utf8.RuneCountInString(na) < 5 {
			continue
		}
		for _, b := range ws {
			if !b.cap {
				continue
			}
			if nb := norm(b.text); na == nb || stem(na, nb) {
				return true
			}
		}
	}
	return false
}
