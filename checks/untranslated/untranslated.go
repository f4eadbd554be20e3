package untranslated

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/checkdoc"
	"github.com/crossread/crossread/checks/internal/linked"
	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

//go:embed doc.go
var docFile string

// Check is the untranslated check.
var Check = &checks.Check{Name: "untranslated", Severity: checks.Major, Fixes: true, Doc: checkdoc.Extract(docFile), Run: run}

// letters lists the lower-case letters each Latin-script target language
// writes; a lower-case word with any other letter is foreign to it.
var letters = map[string]string{
	"en": "abcdefghijklmnopqrstuvwxyz",
	"de": "abcdefghijklmnopqrstuvwxyzäöüß",
	"fr": "abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ",
	"es": "abcdefghijklmnopqrstuvwxyzáéíóúüñ",
	"it": "abcdefghijklmnopqrstuvwxyzàèéìíîòóùú",
	"pt": "abcdefghijklmnopqrstuvwxyzáâãàçéêíóôõú",
	"nl": "abcdefghijklmnopqrstuvwxyzëïéèöü",
}

// scriptOf returns the script table r belongs to, or nil for a rune that
// is not a letter of a known script.
func scriptOf(r rune) *unicode.RangeTable {
	for _, t := range []*unicode.RangeTable{unicode.Latin, unicode.Cyrillic, unicode.Greek, unicode.Han,
		unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Devanagari, unicode.Arabic,
		unicode.Hebrew, unicode.Thai} {
		if unicode.Is(t, r) {
			return t
		}
	}
	return nil
}

func run(p *checks.Pass) error {
	tgt := p.Target()
	tb, _ := tgt.Lang.Base()
	tscript, _ := tgt.Lang.Script()
	allowed, known := systems().writes[tscript.String()]
	for i, para := range tgt.Paragraphs {
		if debris(p, para.Span, allowed) {
			continue
		}
		if known {
			foreignScript(p, i, allowed)
		}
		_, alphabet := letters[tb.String()]
		switch {
		case alphabet && tscript.String() == "Latn":
			foreignWords(p, i, tb)
		case tscript.String() == "Latn":
			sentencesLeft(p, i, tb, nil) // no word lists to judge single words by
		default:
			sentencesLeft(p, i, tb, mostlyLatin)
		}
	}
	return nil
}

// debris flags a run of text in which words of several scripts and
// languages follow each other without spaces, as in a language menu, and
// reports whether it did. Scripts the target language writes together
// (allowed, and Latin) join without spaces in its ordinary text:
// 東京都はイベントを, שבYouTube.
func debris(p *checks.Pass, para corpus.Span, allowed []*unicode.RangeTable) bool {
	text := p.Target().Text
	joins, start, end := 0, -1, -1
	seen := map[*unicode.RangeTable]bool{}
	var prev rune
	var prevScript *unicode.RangeTable
	for i, r := range text[para.Start:para.End] {
		off := para.Start + i
		s := scriptOf(r)
		if s == nil || !unicode.IsLetter(r) {
			prev, prevScript = r, nil
			continue
		}
		if prevScript != nil {
			// A change to or from a script the language does not write,
			// or a lower-case letter followed by a capital
			// (EnglishFrançais), joins two words.
			ordinary := writes(s, allowed) && writes(prevScript, allowed)
			if s != prevScript && !ordinary || unicode.IsLower(prev) && unicode.IsUpper(r) {
				joins++
				seen[s], seen[prevScript] = true, true
				if start < 0 {
					start = off - utf8.RuneLen(prev)
				}
				end = off + utf8.RuneLen(r)
			}
		}
		prev, prevScript = r, s
	}
	if joins < 4 || len(seen) < 3 {
		return false
	}
	// Widen to whole words.
	for start > para.Start {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= n
	}
	for end < para.End {
		r, n := utf8.DecodeRuneInString(text[end:])
		if unicode.IsSpace(r) {
			break
		}
		end += n
	}
	s := corpus.Span{Start: start, End: end}
	p.Report(checks.Finding{
		Severity: checks.Major,
		Category: checks.Addition,
		Span:     s,
		Message:  fmt.Sprintf("target %q runs words of %d scripts together: page debris such as a language menu, not article text", excerpt(p.Target().Slice(s)), len(seen)),
		Fixes:    []checks.Fix{{Message: "Delete the debris", Edits: []checks.Edit{{Span: s, New: ""}}}},
	})
	return true
}

// writes reports whether a language writing the scripts allowed and Latin
// writes script s.
func writes(s *unicode.RangeTable, allowed []*unicode.RangeTable) bool {
	if s == unicode.Latin {
		return true
	}
	for _, t := range allowed {
		if t == s {
			return true
		}
	}
	return false
}

func excerpt(s string) string {
	if utf8.RuneCountInString(s) <= 40 {
		return s
	}
	r := []rune(s)
	return string(r[:40]) + "…"
}

// sourceSays returns evidence that a source contains w, preferring the
// sources aligned with target paragraph i.
func sourceSays(p *checks.Pass, i int, w string, fold bool) *checks.Evidence {
	find := func(text string) int {
		if fold {
			return strings.Index(cases.Fold().String(text), w)
		}
		return strings.Index(text, w)
	}
	{
		for _, sp := range linked.Sources(p, i) {
			src := p.Source(sp.Doc)
			for _, si := range sp.Paras {
				ps := src.Paragraphs[si].Span
				if k := find(src.Text[ps.Start:ps.End]); k >= 0 && !fold {
					return &checks.Evidence{Doc: sp.Doc, Span: corpus.Span{Start: ps.Start + k, End: ps.Start + k + len(w)}}
				} else if k >= 0 {
					return &checks.Evidence{Doc: sp.Doc, Span: ps}
				}
			}
		}
	}
	return nil
}

// foreignScript flags runs of letters in a script the target language does
// not write that a source of the paragraph contains.
func foreignScript(p *checks.Pass, i int, allowed []*unicode.RangeTable) {
	tgt := p.Target()
	ps := tgt.Paragraphs[i].Span
	text := tgt.Text
	isForeign := func(r rune) bool {
		if !unicode.IsLetter(r) || unicode.Is(unicode.Latin, r) {
			return false
		}
		for _, t := range allowed {
			if unicode.Is(t, r) {
				return false
			}
		}
		return scriptOf(r) != nil
	}
	var found []leftWord
	for off := ps.Start; off < ps.End; {
		r, n := utf8.DecodeRuneInString(text[off:])
		if !isForeign(r) {
			off += n
			continue
		}
		end := off + n
		for end < ps.End {
			r2, n2 := utf8.DecodeRuneInString(text[end:])
			if !isForeign(r2) && !unicode.Is(unicode.Mn, r2) && !unicode.Is(unicode.Mc, r2) {
				break
			}
			end += n2
		}
		w := text[off:end]
		if notAWord(text, corpus.Span{Start: off, End: end}) {
			off = end
			continue
		}
		if ev := sourceSays(p, i, w, false); ev != nil {
			found = append(found, leftWord{corpus.Span{Start: off, End: end}, ev})
		}
		off = end
	}
	for _, run := range wordRuns(text, found) {
		first, last := run[0], run[len(run)-1]
		span := corpus.Span{Start: first.span.Start, End: last.span.End}
		ev := first.ev
		if last.ev.Doc == ev.Doc && last.ev.Span.End > ev.Span.Start {
			ev = &checks.Evidence{Doc: ev.Doc, Span: corpus.Span{Start: ev.Span.Start, End: last.ev.Span.End}}
		}
		p.Report(checks.Finding{
			Severity: checks.Major,
			Category: checks.Untranslated,
			Span:     span,
			Source:   ev,
			Message:  fmt.Sprintf("target %q, source %q: left untranslated", excerpt(text[span.Start:span.End]), excerpt(p.Source(ev.Doc).Slice(ev.Span))),
		})
	}
}

// leftWord is a word of a foreign script that the source has.
type leftWord struct {
	span corpus.Span
	ev   *checks.Evidence
}

// wordRuns groups words into runs that nothing but spaces and marks of
// punctuation separate: a sentence left in Cyrillic is one error, not
// one a word (MQM counts an error a span).
func wordRuns(text string, ws []leftWord) [][]leftWord {
	var runs [][]leftWord
	for k, w := range ws {
		if k > 0 && !strings.ContainsFunc(text[ws[k-1].span.End:w.span.Start], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			runs[len(runs)-1] = append(runs[len(runs)-1], w)
			continue
		}
		runs = append(runs, []leftWord{w})
	}
	return runs
}

// notAWord reports whether the run of foreign letters at s is no word
// left untranslated. In an alphabet (a script not on data/scripts.txt's
// wordletter line) that is letters inside a Latin word (Servicе with a
// Cyrillic е: a look-alike letter), and a single letter that does not
// stand between two words (Ω, "λ", 80 х 60: a symbol). A single Han
// character or Hangul syllable is a word.
func notAWord(text string, s corpus.Span) bool {
	first, _ := utf8.DecodeRuneInString(text[s.Start:])
	if in(first, systems().wordLetter) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(text[:s.Start])
	after, _ := utf8.DecodeRuneInString(text[s.End:])
	if unicode.Is(unicode.Latin, before) || unicode.Is(unicode.Latin, after) {
		return true
	}
	letters := 0
	for _, r := range text[s.Start:s.End] {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters == 1 && !betweenWords(text, s)
}

// betweenWords reports whether a letter follows the space before s and
// the space after it: "the Guard и the army".
func betweenWords(text string, s corpus.Span) bool {
	before, n := utf8.DecodeLastRuneInString(text[:s.Start])
	after, m := utf8.DecodeRuneInString(text[s.End:])
	if before != ' ' || after != ' ' {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:s.Start-n])
	next, _ := utf8.DecodeRuneInString(text[s.End+m:])
	return unicode.IsLetter(prev) && unicode.IsLetter(next)
}

// foreignWords flags lower-case source words left in a Latin-script
// target: words with letters the target language does not write, and
// function words of the source language that the target language lacks.
// sourceWords maps the folded tokens of paragraphs paras of src to where
// each first stands. It depends on the source alone and is read only: a
// batch checks many targets against one source.
func sourceWords(src *corpus.Document, paras []int) map[string]corpus.Span {
	var key strings.Builder
	for _, si := range paras {
		key.WriteString(strconv.Itoa(si))
		key.WriteByte(' ')
	}
	return src.Memo(sourceWordsKey{key.String()}, func() any {
		in := map[string]corpus.Span{}
		for _, si := range paras {
			ps := src.Paragraphs[si].Span
			for _, t := range src.TokensIn(ps) {
				if _, ok := in[t.Fold]; !ok {
					in[t.Fold] = t.Span
				}
			}
		}
		return in
	}).(map[string]corpus.Span)
}

// sourceWordsKey keys sourceWords in a document's memo by its paragraphs.
type sourceWordsKey struct{ paras string }

func foreignWords(p *checks.Pass, i int, tb language.Base) {
	tgt := p.Target()
	srcs := linked.Sources(p, i)
	var toks []corpus.Token // relative to base; made for the first source in a Latin script
	base := tgt.Paragraphs[i].Span.Start
	for _, sp := range srcs {
		src := p.Source(sp.Doc)
		sb, _ := src.Lang.Base()
		if sb == tb {
			continue
		}
		sscript, _ := src.Lang.Script()
		if sscript.String() != "Latn" {
			continue
		}
		inSource := sourceWords(src, sp.Paras)
		if toks == nil {
			toks = tgt.RelTokens(tgt.Paragraphs[i].Span)
		}
		whole := sourceSentences(p, i, sp, inSource, nil)
		for k, t := range toks {
			w := tgt.Text[base+t.Span.Start : base+t.Span.End]
			if utf8.RuneCountInString(w) < 2 || inSentences(base+t.Span.Start, whole) {
				continue
			}
			at, ok := inSource[t.Fold]
			if !ok {
				continue
			}
			s := corpus.Span{Start: base + t.Span.Start, End: base + t.Span.End}
			why := ""
			if t.Fold != w {
				// A capitalised word is a name unless its ending makes it a
				// common noun of the source language and an article stands
				// before it on either side ("the Krankheit", "die
				// Krankheit"; not "Samsung", "in Wasungen").
				// An article before a hyphenated compound is the head's
				// ("die Samsung-Aktie").
				srcArticle := corpus.AfterDeterminer(src.Text, at.Start, sb) && !strings.HasPrefix(src.Text[at.End:], "-")
				if sourceNoun(w, sb, tb) && (corpus.AfterDeterminer(tgt.Text, s.Start, tb) || srcArticle) &&
					!mention(tgt.Text, s) && !inName(tgt.Text, base, toks, k, tb) && !quotedIn(src, sp.Paras, w) {
					why = whySourceNoun
				}
			} else {
				why = foreignWhy(tgt.Text, base, toks, k, w, s, sb, tb)
			}
			if why == "" || why != whyFunctionWord && afterNaming(tgt.Text, s.Start, tb) {
				continue
			}
			sev := checks.Major
			switch {
			case why == whyFunctionWord && utf8.RuneCountInString(w) <= 3:
				// A short function word alone is weak evidence: many are
				// words of the target language too.
				sev = checks.Minor
			case why == whySourceNoun:
				// A capitalised word may be a name that ends like a noun
				// (Hartung, Wasungen): without a lexicon of the source
				// language there is no telling, so it is a hint.
				sev = checks.Minor
			case why == whyUnknown && (mention(src.Text, at) || respelt(w, src.Slice(at), sb)):
				// A word the source itself cites, glosses or joins
				// to a noun ("(dpa)", "dpa-Anfrage") is a code or a
				// name there too; and a noun the source capitalises
				// that the target writes in lower case was respelt as
				// a loanword ("Pentest", "pentest"), not copied. A
				// short one of the first kind is an abbreviation,
				// and the second a choice: neither is a finding.
				if respelt(w, src.Slice(at), sb) || utf8.RuneCountInString(w) <= 4 {
					continue
				}
				sev = checks.Minor
			}
			p.Report(checks.Finding{
				Severity: sev,
				Category: checks.Untranslated,
				Span:     s,
				Source:   &checks.Evidence{Doc: sp.Doc, Span: at},
				Message:  fmt.Sprintf("target %q, source %q: left untranslated (%s)", w, src.Slice(at), why),
			})
		}
	}
}

const (
	whyUnknown      = "not a word of the target language"
	whyFunctionWord = "a function word of the source language"
	whySourceNoun   = "a noun of the source language, not a word of the target language"
)

// respelt reports whether the lower-case target word w stands in the
// source as a capitalised noun, src, of a language that capitalises every
// noun (German): a copy would have kept the capital.
func respelt(w, src string, sb language.Base) bool {
	if !capitalisesNouns(sb) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(src)
	tfirst, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(first) && unicode.IsLower(tfirst)
}

// capitalisesNouns reports whether lang writes every noun with a capital.
func capitalisesNouns(lang language.Base) bool {
	switch lang.String() {
	case "de", "lb":
		return true
	}
	return false
}

// sentencesLeft flags the sentences of target paragraph i left in the
// language of a source in Latin letters or in the target's own script (see
// sourceSentences); of a Latin source, those that keep accepts, nil
// accepting all. In a target not written in Latin letters keep is
// mostlyLatin, since such a target keeps names, brands and short
// quotations in them.
func sentencesLeft(p *checks.Pass, i int, tb language.Base, keep func(string) bool) {
	tscript, _ := p.Target().Lang.Script()
	for _, sp := range linked.Sources(p, i) {
		src := p.Source(sp.Doc)
		sb, _ := src.Lang.Base()
		sscript, _ := src.Lang.Script()
		var accept func(corpus.Span) bool
		switch {
		case sb == tb:
			continue
		case sscript == tscript:
			// A Russian sentence left in a Ukrainian translation: the
			// same letters, four in five words the source's.
		case sscript.String() == "Latn" && keep != nil:
			accept = func(sent corpus.Span) bool { return keep(p.Target().Slice(sent)) }
		case sscript.String() != "Latn":
			continue
		}
		sourceSentences(p, i, sp, sourceWords(src, sp.Paras), accept)
	}
}

// mostlyLatin reports whether three in four of the letters of s are Latin,
// a Han character, kana or Hangul syllable counting twice (it carries a
// word or half of one, a Latin letter a fifth).
func mostlyLatin(s string) bool {
	latin, all := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Latin, r):
			latin++
			all++
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
			all += 2
		case unicode.IsLetter(r):
			all++
		}
	}
	return all > 0 && 4*latin >= 3*all
}

// sourceSentences flags the sentences of target paragraph i left whole in
// the source language: at least four lower-case words, and four in five of
// them words of the aligned source passage. Capitalised words do not count,
// since names stay the same in every language; close languages share some
// words, but not four in five of a sentence. A sentence keep refuses is
// left alone (nil keeps every one). It returns the flagged spans, whose
// words need no findings of their own.
func sourceSentences(p *checks.Pass, i int, sp align.SourceParas, inSource map[string]corpus.Span, keep func(corpus.Span) bool) []corpus.Span {
	tgt := p.Target()
	var out []corpus.Span
	for _, sent := range tgt.Paragraphs[i].Sentences {
		if keep != nil && !keep(sent) {
			continue
		}
		n, same := 0, 0
		for _, t := range tgt.RelTokens(sent) {
			w := tgt.Text[sent.Start+t.Span.Start : sent.Start+t.Span.End]
			if t.Fold != w || utf8.RuneCountInString(w) < 2 || !isLetters(w) {
				continue
			}
			n++
			if _, ok := inSource[t.Fold]; ok {
				same++
			}
		}
		if n < 4 || same < 4 || 5*same < 4*n {
			continue
		}
		src := p.Source(sp.Doc)
		at := src.Paragraphs[sp.Paras[0]].Span
		out = append(out, sent)
		p.Report(checks.Finding{
			Severity: checks.Major,
			Category: checks.Untranslated,
			Span:     sent,
			Source:   &checks.Evidence{Doc: sp.Doc, Span: at},
			Message:  fmt.Sprintf("target %q: a sentence left in the source language, %s (%d of its %d lower-case words are the source's)", excerpt(tgt.Slice(sent)), src.Lang, same, n),
		})
	}
	return out
}

func inSentences(off int, spans []corpus.Span) bool {
	for _, s := range spans {
		if s.Start <= off && off < s.End {
			return true
		}
	}
	return false
}

func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}

// foreignWhy says why the lower-case word w, toks[k] of a target paragraph
// starting at base and also a word of the source, was left untranslated,
// or returns "" when it may well be a word of the target language.
func foreignWhy(text string, base int, toks []corpus.Token, k int, w string, s corpus.Span, sb, tb language.Base) string {
	alphabet := letters[tb.String()]
	near := nameNear(text, base, toks, k)
	switch {
	case strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) && !strings.ContainsRune(alphabet, r) }) >= 0:
		return "letters the target language does not write"
	case near && (utf8.RuneCountInString(w) <= 3 || corpus.IsStopword(w, sb)):
		// "Musée des Beaux-Arts", "Ursula von der Leyen": part of a name.
		return ""
	case corpus.HasStopwords(tb) && corpus.IsStopword(w, sb) && !corpus.IsStopword(w, tb) && !corpus.IsLookalike(w, tb):
		if near {
			return ""
		}
		return whyFunctionWord
	case foreignSuffix(w, sb, tb) && !near:
		return "an ending of the source language"
	case unknownWord(w, tb) && !mention(text, s) && !insideName(text, base, toks, k) && !abbreviation(text, s) &&
		!inAddress(text, s) && !inCode(text, s) && !expressive(w) && !loanword(w, sb):
		return whyUnknown
	}
	return ""
}

// inAddress reports whether the word at s follows a full stop glued to a
// letter or digit, as the parts of a domain or file name do
// ("twitter.com", "report.pdf") where the document did not read an address.
func inAddress(text string, s corpus.Span) bool {
	before, n := utf8.DecodeLastRuneInString(text[:s.Start])
	if before != '.' {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:s.Start-n])
	return unicode.IsLetter(prev) || unicode.IsDigit(prev)
}

// inCode reports whether the word at s is code, which no language
// translates: part of a path or address, with a slash right before or
// after it ("/etc/motd", "/usr/", "http://"), a dot file ("~/.bashrc"), a
// manual page ("sudo(8)", "xterm(1)"), or a word of a quoted command.
func inCode(text string, s corpus.Span) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:s.Start])
	after := text[s.End:]
	switch {
	case before == '/' || strings.HasPrefix(after, "/") || strings.HasPrefix(after, "://"):
		return true
	case before == '.' && (strings.HasSuffix(text[:s.Start], "/.") || strings.HasSuffix(text[:s.Start], "~.")):
		return true // a dot file: "~/.bashrc"
	case len(after) >= 3 && after[0] == '(' && after[1] >= '0' && after[1] <= '9' && after[2] == ')':
		return true
	}
	return quotedCommand(text, s)
}

// quotedCommand reports whether the word at s stands inside double
// quotes, on one line, around what reads as a command: an option, a pipe,
// a substitution or a path ("dpkg -i package", "apt-get -s autoremove|less",
// "eval $(lesspipe)").
func quotedCommand(text string, s corpus.Span) bool {
	open := strings.LastIndexByte(text[:s.Start], '"')
	end := strings.IndexByte(text[s.End:], '"')
	if open < 0 || end < 0 {
		return false
	}
	quoted := text[open+1 : s.End+end]
	if strings.ContainsAny(quoted, "\n") || strings.Count(text[:open], "\"")%2 != 0 {
		return false // no line break inside, and the quote opens
	}
	return strings.Contains(quoted, " -") || strings.ContainsAny(quoted, "|/~") || strings.Contains(quoted, "$(")
}

// expressive reports whether w is spelt for its sound, as interjections
// are in every language: a letter three times running ("hmmm", "sooo") or
// one syllable said twice ("lala", "haha", "blabla").
func expressive(w string) bool {
	rs := []rune(strings.ToLower(w))
	for i := 2; i < len(rs); i++ {
		if rs[i] == rs[i-1] && rs[i] == rs[i-2] {
			return true
		}
	}
	n := len(rs)
	return n%2 == 0 && n >= 4 && string(rs[:n/2]) == string(rs[n/2:])
}

// unknownWord reports whether w is missing from the word list of tb, when
// crossread has one: words of three letters or more without digits only,
// since short words and codes say little.
func unknownWord(w string, tb language.Base) bool {
	if utf8.RuneCountInString(w) < 3 || strings.IndexFunc(w, unicode.IsDigit) >= 0 || !corpus.HasLexicon(tb) {
		return false
	}
	return !corpus.IsWord(strings.ToLower(w), tb)
}

// mention reports whether the word at s is quoted, glossed in parentheses
// or part of a hyphenated compound: a word cited as a word ("caro" means
// dear), a source term given after its translation, or a prefix
// (neo-Renaissance), all of which translators keep on purpose.
func mention(text string, s corpus.Span) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:s.Start])
	after, _ := utf8.DecodeRuneInString(text[s.End:])
	if before == '-' || after == '-' || before == '\u2011' || after == '\u2011' {
		return true
	}
	return strings.ContainsRune(quotePairs[before], after) || quotedPhrase(text, s)
}

// quotePairs maps an opening quote or bracket to the marks that close it.
var quotePairs = map[rune]string{'"': "\"", '\'': "'", '“': "”\"", '„': "“”", '«': "»", '‘': "’", '(': ")", '’': "’"}

// quotedPhrase reports whether the word at s stands in a quoted phrase of
// at most three words ("En garde" must be called): a phrase cited in the
// source language, as a word can be.
func quotedPhrase(text string, s corpus.Span) bool {
	const most = 3
	open, words := -1, 1
	for i := s.Start; i > 0 && words <= most; {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if _, ok := quotePairs[r]; ok && r != '\'' && r != '’' {
			open = i - n
			break
		}
		if r == ' ' {
			words++
		} else if !unicode.IsLetter(r) {
			return false
		}
		i -= n
	}
	if open < 0 {
		return false
	}
	opener, _ := utf8.DecodeRuneInString(text[open:])
	for i := s.End; i < len(text) && words <= most; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if strings.ContainsRune(quotePairs[opener], r) {
			return true
		}
		if r == ' ' {
			words++
		} else if !unicode.IsLetter(r) {
			return false
		}
		i += n
	}
	return false
}

// insideName reports whether both tokens around toks[k] are capitalised,
// as in "Rue des Francs Bourgeois".
func insideName(text string, base int, toks []corpus.Token, k int) bool {
	if k == 0 || k+1 >= len(toks) {
		return false
	}
	for _, j := range []int{k - 1, k + 1} {
		r, _ := utf8.DecodeRuneInString(text[base+toks[j].Span.Start:])
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// sourceNoun reports whether the capitalised word w is a common noun of
// sb by its ending (corpus.NounEnding) and no word of the target language tb.
func sourceNoun(w string, sb, tb language.Base) bool {
	if utf8.RuneCountInString(w) < 6 || !corpus.HasLexicon(tb) {
		return false
	}
	first, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) || strings.IndexFunc(w[n:], func(r rune) bool { return !unicode.IsLower(r) }) >= 0 {
		return false // acronyms, CamelCase brands, codes
	}
	low := strings.ToLower(w)
	return corpus.HasEnding(low, sb, corpus.NounEnding) && !corpus.IsWord(low, tb)
}

// quotedIn reports whether source paragraphs paras quote the word w
// alone somewhere ("„Fahrenheit“"): a title or a name there, which the
// target keeps on purpose wherever it stands.
func quotedIn(src *corpus.Document, paras []int, w string) bool {
	for _, si := range paras {
		text := src.ParaText(si)
		for open, closes := range quotePairs {
			if open == '(' || open == '\'' || open == '’' {
				continue
			}
			i := strings.Index(text, string(open)+w)
			if i < 0 {
				continue
			}
			after, _ := utf8.DecodeRuneInString(text[i+len(string(open))+len(w):])
			if strings.ContainsRune(closes, after) {
				return true
			}
		}
	}
	return false
}

// inName reports whether a capitalised word next to toks[k] makes it part
// of a name of several words ("Stuttgarter Zeitung", "Stefan Hartung"): a
// function word of tb opening a sentence ("The") does not.
func inName(text string, base int, toks []corpus.Token, k int, tb language.Base) bool {
	for _, j := range []int{k - 1, k + 1} {
		if j < 0 || j >= len(toks) {
			continue
		}
		w := text[base+toks[j].Span.Start : base+toks[j].Span.End]
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !corpus.IsStopword(strings.ToLower(w), tb) {
			return true
		}
	}
	return false
}

// abbreviation reports whether the word at s is a short one closed by a
// full stop that does not end the sentence ("5 min. flight", "etc.,"):
// abbreviations travel between languages. A word ending a sentence
// ("trwa.") is no abbreviation.
func abbreviation(text string, s corpus.Span) bool {
	if utf8.RuneCountInString(text[s.Start:s.End]) > 4 || !strings.HasPrefix(text[s.End:], ".") {
		return false
	}
	next, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[s.End+1:], " "))
	return unicode.IsLower(next) || unicode.IsDigit(next) || strings.ContainsRune(",;:)", next)
}

// nameNear reports whether a token next to toks[k] is capitalised.
func nameNear(text string, base int, toks []corpus.Token, k int) bool {
	for _, j := range []int{k - 1, k + 1} {
		if j < 0 || j >= len(toks) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[base+toks[j].Span.Start:])
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// foreignSuffix reports whether w ends like a word of sb
// (corpus.WordEnding) and the target language tb does not share the ending.
func foreignSuffix(w string, sb, tb language.Base) bool {
	if sb == tb || utf8.RuneCountInString(w) < 6 {
		return false
	}
	for _, x := range corpus.Endings(sb, corpus.WordEnding) {
		if strings.HasSuffix(w, x) {
			return !corpus.HasEnding(w, tb, corpus.WordEnding)
		}
	}
	return false
}
