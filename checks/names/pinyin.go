package names

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/words"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/datalines"
	"github.com/crossread/crossread/internal/translit"
)

// A name in pinyin that no source has, in a target in Latin letters
// whose sources are in Latin letters and in no Chinese: the nickname the
// Chinese press gives a person ("Lao Huang", "Xiao Pi", "Ma Zong") or
// the Chinese transliteration of a name ("Ma Si Ke" for Musk), which a
// machine translation of a Chinese article about the same news carries
// over. No list of nicknames knows them all; their shape tells them:
//
//   - a prefix of familiarity (pinyinAffixes: lao, xiao, da) and one word
//     of one or two syllables, or such a word and a title (ge, zong);
//   - two words or more, each all pinyin syllables, three syllables or
//     more in all, one word of two at least ("Huang Renxun"), or three
//     words of one ("Ma Si Ke").
//
// Each word must be no word of the target's lexicon where it has one
// (English "Long", "Man"), and no capitalised German noun.
//
// It is major with a fix where the surname ties it to a person its
// aligned source names ("Lao Ma" for "Jack Ma", "Huang Renxun" for
// "Jensen Huang"); major without one for a nickname whatever the source
// names, and for a transliteration where the one person the source
// names is gone from the paragraph; a transliteration without either is
// left alone.

// pinyinRun is a run of capitalised words in pinyin: its span, and each
// word's syllables.
type pinyinRun struct {
	span  corpus.Span
	words [][]string
	spans []corpus.Span // of each word
}

// pinyinNames reports the names in pinyin of target paragraph i (see
// above) that no source explains; reported holds the spans the rules
// already flagged.
func pinyinNames(p *checks.Pass, i int, reported []corpus.Span) {
	tgt := p.Target()
	if !pinyinReadable(tgt) {
		return
	}
	for _, src := range p.Alignment.Sources {
		if !pinyinReadable(src) {
			return // a Chinese source's names are in pinyin by right; others need their script read
		}
	}
	var srcs []sourcePara // the aligned source paragraphs; none where no source covers the paragraph
	if l := p.LinkFor(i); l != nil {
		for _, sp := range l.Sources {
			for _, k := range sp.Paras {
				srcs = append(srcs, sourcePara{p.Source(sp.Doc), k})
			}
		}
	}
	para := tgt.Paragraphs[i]
	paraText := tgt.Text[para.Span.Start:para.Span.End]
	for _, r := range pinyinRuns(tgt, para) {
		r = trimCommon(tgt, r)
		if words.InAny(r.span, reported) || !nicknameShape(r) && !transliterationShape(r) || commonWords(tgt, r) {
			continue
		}
		name := tgt.Text[r.span.Start:r.span.End]
		if inAnySource(p, name, r) {
			continue
		}
		who, fix, ok := standsFor(r, srcs, paraText)
		if surname, nick := nicknameSurname(r); !ok && nick {
			who, fix, ok = namedAnywhere(p, surname) // the person its surname ties it to, in any source paragraph
		}
		if !ok && !nicknameShape(r) {
			continue // a transliteration is only sure where a name went missing
		}
		p.Report(pinyinFinding(r, name, who, fix, ok))
	}
	translatedNicknames(p, i, srcs, reported)
}

// translatedNicknames reports in target paragraph i a prefix of
// familiarity the translation rendered in its own language before a
// surname in pinyin ("Old Huang", "der alte Huang", "le vieux Huang":
// pinyinAffixes prefix.LANG), where the surname ties it to a person a
// source names (the aligned source texts srcs first): the nickname 老黄
// carried over, major, with that person as the fix where the prefix is
// capitalised as a name's part. Without the tie a prefix like that is an
// ordinary word, and the pair is left alone.
func translatedNicknames(p *checks.Pass, i int, srcs []sourcePara, reported []corpus.Span) {
	tgt := p.Target()
	base, _ := tgt.Lang.Base()
	prefixes := pinyinAffixes()["prefix."+base.String()]
	ws := tgt.Paragraphs[i].Words
	for k := 1; k < len(ws) && len(prefixes) > 0; k++ {
		prev, w := ws[k-1], ws[k]
		text := tgt.Text[w.Start:w.End]
		first, _ := utf8.DecodeRuneInString(text)
		if !prefixes[strings.ToLower(tgt.Text[prev.Start:prev.End])] || tgt.Text[prev.End:w.Start] != " " || !unicode.IsUpper(first) ||
			strings.HasPrefix(tgt.Text[w.End:], "-") || isCommon(strings.ToLower(text), base) {
			continue
		}
		if sy := translit.SplitPinyin(text); sy == nil || len(sy) > 2 {
			continue
		}
		span := corpus.Span{Start: prev.Start, End: w.End}
		if words.InAny(span, reported) || sourceHas(p, pinyinKey(tgt.Text[span.Start:span.End])) {
			continue
		}
		who, ok := tiedIn(srcs, pinyinKey(text))
		if !ok {
			who, _, ok = namedAnywhere(p, pinyinKey(text))
		}
		if ok {
			// "der alte Huang" with "Jensen Huang" in its place would keep
			// the article: a fix only for a prefix written as a name's part.
			pf, _ := utf8.DecodeRuneInString(tgt.Text[prev.Start:prev.End])
			p.Report(pinyinFinding(pinyinRun{span: span}, tgt.Text[span.Start:span.End], who, unicode.IsUpper(pf), true))
		}
	}
}

// tiedIn returns the person of the source paragraphs srcs whose surname
// is surname (tiedBy).
func tiedIn(srcs []sourcePara, surname string) (string, bool) {
	for _, sp := range srcs {
		for _, f := range sourceNames(sp.doc)[sp.para] {
			if person, ok := tiedBy(surname, true, f); ok {
				return person, true
			}
		}
	}
	return "", false
}

// pinyinReadable reports whether document d is in Latin letters and in
// no Chinese: where a name in pinyin comes from no source of its own.
func pinyinReadable(d *corpus.Document) bool {
	base, _ := d.Lang.Base()
	script, _ := d.Lang.Script()
	return base.String() != "zh" && script.String() == "Latn"
}

// pinyinFinding is the major finding of run r, the name; who is the
// source name it stands for, if known, and fix whether to write it
// instead.
func pinyinFinding(r pinyinRun, name, who string, fix, known bool) checks.Finding {
	f := checks.Finding{Severity: checks.Major, Category: checks.Mistranslation, Span: r.span,
		Message: fmt.Sprintf("target %q: a name in pinyin that no source has, a Chinese press nickname or transliteration", name)}
	if known {
		f.Message = fmt.Sprintf("target %q, source %q: a name in pinyin that no source has, a Chinese press nickname or transliteration in place of the source's", name, who)
	}
	if fix {
		f.Fixes = []checks.Fix{{Message: "Use " + who, Edits: []checks.Edit{{Span: r.span, New: who}}}}
	}
	return f
}

// pinyinRuns returns the runs of capitalised words of paragraph para that
// are all pinyin syllables, two words or more.
func pinyinRuns(d *corpus.Document, para corpus.Paragraph) []pinyinRun {
	var out []pinyinRun
	for _, run := range capitalRuns(d, para, func(w string) bool {
		sy := translit.SplitPinyin(w)
		return sy != nil && len(sy) <= 3
	}) {
		if len(run) < 2 {
			continue
		}
		r := pinyinRun{span: corpus.Span{Start: run[0].Start, End: run[len(run)-1].End}, spans: run}
		for _, w := range run {
			r.words = append(r.words, translit.SplitPinyin(d.Text[w.Start:w.End]))
		}
		out = append(out, r)
	}
	return out
}

// capitalRuns returns the runs of words of paragraph para that open with
// a capital and that keep accepts, next to each other with a single space
// between: a mark or a line between two words ends a run ("Li, Wang").
// A word in lower case is never read by keep.
func capitalRuns(d *corpus.Document, para corpus.Paragraph, keep func(w string) bool) [][]corpus.Span {
	var out [][]corpus.Span
	var run []corpus.Span
	for k, w := range para.Words {
		text := d.Text[w.Start:w.End]
		if first, _ := utf8.DecodeRuneInString(text); !unicode.IsUpper(first) || !keep(text) {
			out, run = appendRun(out, run), nil
			continue
		}
		if len(run) > 0 && d.Text[para.Words[k-1].End:w.Start] != " " {
			out, run = appendRun(out, run), nil
		}
		run = append(run, w)
	}
	return appendRun(out, run)
}

// appendRun appends run to runs unless it is empty.
func appendRun(runs [][]corpus.Span, run []corpus.Span) [][]corpus.Span {
	if len(run) == 0 {
		return runs
	}
	return append(runs, run)
}

// nicknameShape reports whether run r is a prefix of familiarity and a
// surname of one or two syllables ("Lao Huang", "Xiao Zha"), or a
// surname of one and a title ("Ma Zong").
func nicknameShape(r pinyinRun) bool {
	_, ok := nicknameSurname(r)
	return ok
}

// pinyinAffixes holds the words of data/pinyin.txt by kind.
var pinyinAffixes = sync.OnceValue(func() map[string]map[string]bool { return datalines.KindSets(pinyinFile) })

//go:embed data/pinyin.txt
var pinyinFile string

// transliterationShape reports whether run r spells a name in pinyin:
// three syllables or more, in a word of two or more ("Huang Renxun") or
// in three words, with a syllable that only pinyin spells so (see
// chineseSyllable): "Mike Pence" splits into mi-ke pen-ce, but no
// Chinese name is spelt like it.
func transliterationShape(r pinyinRun) bool {
	n, long, chinese := 0, false, false
	for _, w := range r.words {
		n += len(w)
		long = long || len(w) >= 2
		chinese = chinese || slices.ContainsFunc(w, chineseSyllable)
	}
	return n >= 3 && (long || len(r.words) >= 3) && chinese
}

// chineseSyllable reports whether pinyin syllable s is spelt as names of
// other languages seldom spell: it opens with x, q or zh, or ends in ao,
// uo, iu, ang or ong ("xun", "huang", "zhao").
func chineseSyllable(s string) bool {
	for p := range pinyinAffixes()["opens"] {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	for e := range pinyinAffixes()["ends"] {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// trimCommon drops from either end of run r the words that are words of
// the target's language (isCommon) while two words are left: "Xiao Zha
// Anfang" (an-fang, a German noun) is "Xiao Zha", "Die Xiao Zha" too.
func trimCommon(d *corpus.Document, r pinyinRun) pinyinRun {
	base, _ := d.Lang.Base()
	for len(r.words) > 2 && isCommon(strings.Join(r.words[len(r.words)-1], ""), base) {
		r.words, r.spans = r.words[:len(r.words)-1], r.spans[:len(r.spans)-1]
	}
	for len(r.words) > 2 && isCommon(strings.Join(r.words[0], ""), base) {
		r.words, r.spans = r.words[1:], r.spans[1:]
	}
	r.span = corpus.Span{Start: r.spans[0].Start, End: r.spans[len(r.spans)-1].End}
	return r
}

// isCommon reports whether w, a word in lower case, is a word of lang: a
// function word, a word of its lexicon or a German noun.
func isCommon(w string, lang language.Base) bool {
	return corpus.IsStopword(w, lang) || corpus.HasLexicon(lang) && corpus.IsWord(w, lang) || corpus.IsNoun(w, lang)
}

// commonWords reports whether a word of run r is a word of the target's
// language, a function word ("La Banque" splits into la ban-que), a word
// of its lexicon or a German noun: of a nickname its prefix or title, as
// its surname may be a word too ("Xiao Ma", Polish "ma").
func commonWords(d *corpus.Document, r pinyinRun) bool {
	base, _ := d.Lang.Base()
	ws := r.words
	if surname, ok := nicknameSurname(r); ok {
		ws = slices.DeleteFunc(slices.Clone(ws), func(w []string) bool { return strings.Join(w, "") == surname })
	}
	return slices.ContainsFunc(ws, func(w []string) bool { return isCommon(strings.Join(w, ""), base) })
}

// inAnySource reports whether a source names name, as the target writes
// it or with its words joined or parted otherwise ("Xi Jinping", "Xi
// Jin-ping"), or has every word of run r of it as a name of its own
// ("Shanghai Pudong" for "Shanghai's Pudong airport"): a name of the
// Chinese press has a word no source has ("Renxun" of "Huang Renxun").
func inAnySource(p *checks.Pass, name string, r pinyinRun) bool {
	if sourceHas(p, pinyinKey(name)) {
		return true
	}
	for _, w := range r.words {
		if !sourceHas(p, strings.Join(w, "")) {
			return false
		}
	}
	return true
}

// sourceHas reports whether a source has a run of capitalised words that
// pinyinKey folds to key (capitalKeys).
func sourceHas(p *checks.Pass, key string) bool {
	for _, src := range p.Alignment.Sources {
		if src.Memo(pinyinKeysKey{}, func() any { return capitalKeys(src) }).(map[string]bool)[key] {
			return true
		}
	}
	return false
}

// pinyinKeysKey keys a source's capitalKeys in its memo.
type pinyinKeysKey struct{}

// pinyinKey folds a name to its letters in lower case.
func pinyinKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, corpus.FoldName(s))
}

// maxNameWords bounds the runs capitalKeys folds: a name in pinyin is
// at most four words.
const maxNameWords = 4

// capitalKeys returns the keys of every run of up to maxNameWords words
// of d that opens with a capital, as pinyinKey folds them.
func capitalKeys(d *corpus.Document) map[string]bool {
	out := map[string]bool{}
	for _, para := range d.Paragraphs {
		for k, w := range para.Words {
			if first, _ := utf8.DecodeRuneInString(d.Text[w.Start:w.End]); !unicode.IsUpper(first) {
				continue
			}
			for e := k; e < min(len(para.Words), k+maxNameWords); e++ {
				out[pinyinKey(d.Text[w.Start:para.Words[e].End])] = true
			}
			// "Shanghai's" names Shanghai.
			out[pinyinKey(strings.TrimSuffix(strings.TrimSuffix(d.Text[w.Start:w.End], "'s"), "’s"))] = true
		}
	}
	return out
}

// standsFor returns the name of the aligned source texts srcs that run r
// stands for in target paragraph text, and whether the target should
// write it instead: the person whose surname a nickname keeps ("Jensen
// Huang" for "Lao Huang", "Lei Jun" for "Lei Zong"), or whose Chinese
// name a transliteration spells ("Huang Renxun"), which is the fix; else
// the one person the paragraph lacks (personLike), whom the target may
// name otherwise elsewhere, so no fix.
func standsFor(r pinyinRun, srcs []sourcePara, text string) (who string, fix, ok bool) {
	surname, nick := nicknameSurname(r)
	var missing []string
	for _, sp := range srcs {
		lang, _ := sp.doc.Lang.Base()
		for _, f := range sourceNames(sp.doc)[sp.para] {
			if person, ok := tiedBy(surname, nick, f); ok {
				return person, true, true
			}
			if !nick && sharesSurname(r, f[len(f)-2:], text) {
				return strings.Join(f[len(f)-2:], " "), true, true
			}
			name := strings.Join(f, " ")
			if personLike(f, lang) && len(words.Find(text, f[len(f)-1], nil, true)) == 0 && !slices.Contains(missing, name) {
				missing = append(missing, name)
			}
		}
	}
	if len(missing) == 1 {
		return missing[0], false, true
	}
	return "", false, false
}

// tiedBy returns the person of the capitalised source words f whose
// surname is the nickname's (nick: the run has a nickname's shape): a
// Chinese name opens with it ("Lei Jun", its given name in pinyin too),
// others end with it ("Ben Stokes" is no Ben). The person is two words,
// without a title before them ("CEO Jensen Huang").
func tiedBy(surname string, nick bool, f []string) (string, bool) {
	switch {
	case !nick:
		return "", false
	case pinyinKey(f[0]) == surname && translit.SplitPinyin(f[1]) != nil: // a Chinese name, surname first
		return strings.Join(f[:2], " "), true
	case pinyinKey(f[len(f)-1]) == surname:
		return strings.Join(f[len(f)-2:], " "), true
	}
	return "", false
}

// namedAnywhere returns the person of any source paragraph that the
// nickname run r's surname ties it to, for a paragraph whose own sources
// do not name them, or none covers: an article translated from a Chinese
// one has paragraphs the English sources lack.
func namedAnywhere(p *checks.Pass, surname string) (string, bool, bool) {
	for _, src := range p.Alignment.Sources {
		for _, names := range sourceNames(src) {
			for _, f := range names {
				if person, ok := tiedBy(surname, true, f); ok {
					return person, true, true
				}
			}
		}
	}
	return "", false, false
}

// sourceNamesKey keys a source's sourceNames in its memo.
type sourceNamesKey struct{}

// sourceNames returns, for each paragraph of source d, its runs of two or
// three capitalised words of letters, two or more each, without a
// function word that opens them ("The"): the names a target may lack,
// each as its words. They are read once a source.
func sourceNames(d *corpus.Document) [][][]string {
	return d.Memo(sourceNamesKey{}, func() any {
		base, _ := d.Lang.Base()
		out := make([][][]string, len(d.Paragraphs))
		for i, para := range d.Paragraphs {
			for _, run := range capitalRuns(d, para, lettersOnly) {
				for len(run) > 0 && corpus.IsStopword(strings.ToLower(d.Text[run[0].Start:run[0].End]), base) {
					run = run[1:]
				}
				if len(run) < 2 || len(run) > 3 {
					continue
				}
				f := make([]string, len(run))
				for k, w := range run {
					f[k] = d.Text[w.Start:w.End]
				}
				out[i] = append(out[i], f)
			}
		}
		return out
	}).([][][]string)
}

// lettersOnly reports whether w is two letters or more, hyphens apart:
// no number or code ("H100").
func lettersOnly(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) < 0
}

// personLike reports whether the capitalised source words f name a
// person as far as the source language's lexicon tells: their first is
// no word of it ("Elon Musk", not "White House"). Without a lexicon it
// cannot tell, and says no.
func personLike(f []string, lang language.Base) bool {
	return corpus.HasLexicon(lang) && !corpus.IsWord(strings.ToLower(f[0]), lang)
}

// sharesSurname reports whether the run r in pinyin holds the last word
// of the source name f as one of its words, while the paragraph text
// lacks the name's first: the person's Chinese name for the one the
// source writes ("Huang Renxun" for "Jensen Huang").
func sharesSurname(r pinyinRun, f []string, text string) bool {
	last := pinyinKey(f[len(f)-1])
	return slices.ContainsFunc(r.words, func(w []string) bool { return strings.Join(w, "") == last }) &&
		len(words.Find(text, f[0], nil, true)) == 0
}

// sourcePara is a source paragraph: its document and index.
type sourcePara struct {
	doc  *corpus.Document
	para int
}

// nicknameSurname returns the surname of a run of nickname shape, and
// whether it has that shape.
func nicknameSurname(r pinyinRun) (string, bool) {
	if len(r.words) != 2 {
		return "", false
	}
	a := pinyinAffixes()
	first, second := strings.Join(r.words[0], ""), strings.Join(r.words[1], "")
	switch {
	case a["prefix"][first] && len(r.words[1]) <= 2:
		return second, true
	case a["title"][second] && len(r.words[0]) == 1:
		return first, true
	}
	return "", false
}
