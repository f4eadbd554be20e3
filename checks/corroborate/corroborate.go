package corroborate

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/checkdoc"
	"github.com/crossread/crossread/checks/sentences"
	"github.com/crossread/crossread/corpus"
)

//go:embed doc.go
var docFile string

// Check is the corroborate check.
var Check = &checks.Check{
	Name:     "corroborate",
	Severity: checks.Major,
	Doc:      checkdoc.Extract(docFile),
	Run:      run,
	Requires: []string{"entities", "numbers"},
}

// A target sentence that shares nothing with its source (see
// sentences.SharesNothing) renders another text when its evidence and a
// name's reach the unrelated bar, sentences.UnrelatedNats (6). On DEMETR
// dev a name from elsewhere is found for 44 % of unrelated sentences and
// 1.5 % of clean ones (ln 30 = 3.4 nats), a lost source name for 21 %
// and 0.2 % (4.7 nats). The name's absence from the other side is part
// of what the sentences check counts already, so a name counts half: the
// sentence needs 6 - 3.4/2 nats with a name from elsewhere, 6 - 4.7/2
// with a lost one.
const (
	newNameNats  = 3.4
	lostNameNats = 4.7
)

// A target sentence counts as far shorter than its source from
// shorterZ standard deviations of the language pair's length model and
// shorterChars English letters: with a name gained or lost, no clean pair
// of the DEMETR dev set and one wmt23 reference of 25,000 reach it, while
// one unrelated translation in twenty-three does. A longer sentence is no
// sign: a translation spells out the acronyms of its source ("BR",
// "Bavarian Broadcasting Service").
const (
	shorterZ     = 2.0
	shorterChars = 10
)

// sentence gathers the evidence found on one target sentence.
type sentence struct {
	span   corpus.Span
	name   *checks.Finding // the first name from elsewhere
	lost   *checks.Finding // the first source name lost, found on this sentence alone
	number *checks.Finding // the first number gained or lost
	grave  bool            // an earlier finding here is major or worse
	// lostNames are the source names lost, found on this sentence alone,
	// that are no acronyms: an acronym is often spelt out or dropped.
	lostNames []*checks.Finding
}

func run(p *checks.Pass) error {
	var order []corpus.Span
	at := map[corpus.Span]*sentence{}
	for i := range p.Earlier() {
		f := &p.Earlier()[i]
		s := sentenceOf(p.Target(), f.Span)
		e := at[s]
		if e == nil {
			e = &sentence{span: s}
			at[s] = e
			order = append(order, s)
		}
		e.add(p, f)
	}
	for _, s := range order {
		e := at[s]
		switch {
		case e.grave:
		case e.name != nil && e.number != nil:
			reportNumber(p, e)
		case e.lost != nil && e.number != nil:
			reportLostNumber(p, e)
		case len(e.lostNames) >= 2 && fullName(p, e.lostNames):
			reportLostNames(p, e)
		case e.nothingShared(p, s):
			reportNothingShared(p, e)
		case e.name != nil || e.lost != nil:
			if z, chars, ok := sentences.LengthDeparture(p, s); ok && z <= -shorterZ && -chars >= shorterChars {
				reportShorter(p, e)
			}
		}
	}
	return nil
}

// nameSign returns the sentence's name finding that weighs most as a
// sign of another text, a lost source name before a name from
// elsewhere, acronyms apart (often spelt out, or dropped), and its worth
// in nats; nil when there is none.
func (e *sentence) nameSign(p *checks.Pass) (f *checks.Finding, nats float64) {
	if e.lost != nil && e.lost.Source != nil && !acronym(p.Source(e.lost.Source.Doc).Slice(e.lost.Source.Span)) {
		return e.lost, lostNameNats
	}
	if e.name != nil && !acronym(p.Target().Slice(e.name.Span)) {
		return e.name, newNameNats
	}
	return nil, 0
}

// nothingShared reports whether the target sentence s shares nothing
// with its source and, with its name sign counted half, holds the
// evidence an unrelated target needs.
func (e *sentence) nothingShared(p *checks.Pass, s corpus.Span) bool {
	f, name := e.nameSign(p)
	if f == nil {
		return false
	}
	nats, ok := sentences.SharesNothing(p, s)
	return ok && nats+name/2 >= sentences.UnrelatedNats
}

// reportNothingShared reports a sentence that shares nothing with its
// source and has lost a source name or has one from elsewhere.
func reportNothingShared(p *checks.Pass, e *sentence) {
	sign, _ := e.nameSign(p)
	f := checks.Finding{Severity: checks.Major, Category: checks.Mistranslation, Span: e.span, Source: sign.Source}
	if sign == e.lost {
		f.Message = fmt.Sprintf("source name %q is missing, and the sentence shares no number, name or word with its source: it may translate another text",
			p.Source(sign.Source.Doc).Slice(sign.Source.Span))
	} else {
		f.Message = fmt.Sprintf("target name %q is not in the source, and the sentence shares no number, name or word with it: it may translate another text",
			p.Target().Slice(sign.Span))
	}
	p.Report(f)
}

// sentenceOf returns the sentence a finding belongs to: the one its span
// starts in, as a number lost is reported on the passage that renders
// the source sentence, whose start is where it went missing.
func sentenceOf(d *corpus.Document, s corpus.Span) corpus.Span {
	return d.SentenceAround(corpus.Span{Start: s.Start, End: s.Start})
}

func (e *sentence) add(p *checks.Pass, f *checks.Finding) {
	switch {
	case f.Severity >= checks.Major:
		e.grave = true
	case f.Tag == checks.NameFromElsewhere && e.name == nil:
		e.name = f
	case f.Tag == checks.NameLost && f.Span == e.span:
		// A lost name is reported on the whole paragraph window; only
		// where that is one sentence does it say which.
		if e.lost == nil {
			e.lost = f
		}
		if f.Source != nil && !acronym(p.Source(f.Source.Doc).Slice(f.Source.Span)) {
			e.lostNames = append(e.lostNames, f)
		}
	case (f.Tag == checks.NumberFromElsewhere || f.Tag == checks.NumberLost) && e.number == nil:
		e.number = f
	}
}

func reportNumber(p *checks.Pass, e *sentence) {
	tgt := p.Target()
	name := tgt.Slice(e.name.Span)
	msg := fmt.Sprintf("target name %q and number %s are not in the source: the sentence may translate another text",
		name, tgt.Slice(e.number.Span))
	if e.number.Tag == checks.NumberLost {
		lost := e.number.Source
		msg = fmt.Sprintf("target name %q is not in the source, nor source number %s in the target: the sentence may translate another text",
			name, p.Source(lost.Doc).Slice(lost.Span))
	}
	p.Report(checks.Finding{Severity: checks.Major, Category: checks.Mistranslation, Span: e.span, Source: e.number.Source, Message: msg})
}

func reportLostNumber(p *checks.Pass, e *sentence) {
	src := p.Source(e.lost.Source.Doc)
	name := src.Slice(e.lost.Source.Span)
	msg := fmt.Sprintf("source name %q is missing, and target number %s is not in the source: the sentence may translate another text",
		name, p.Target().Slice(e.number.Span))
	cat := checks.Mistranslation
	if e.number.Tag == checks.NumberLost {
		n := e.number.Source
		msg = fmt.Sprintf("source name %q and number %s are missing: the sentence may translate another text, or left much out",
			name, p.Source(n.Doc).Slice(n.Span))
		cat = checks.Omission
	}
	p.Report(checks.Finding{Severity: checks.Major, Category: cat, Span: e.span, Source: e.lost.Source, Message: msg})
}

// reportLostNames reports a sentence that lost two names of its source
// or more: a sentence rarely does without two of its names, and mostly
// translates another text or left much out.
func reportLostNames(p *checks.Pass, e *sentence) {
	var names []string
	for _, f := range e.lostNames[:2] {
		names = append(names, fmt.Sprintf("%q", p.Source(f.Source.Doc).Slice(f.Source.Span)))
	}
	p.Report(checks.Finding{Severity: checks.Major, Category: checks.Omission, Span: e.span, Source: e.lostNames[0].Source,
		Message: fmt.Sprintf("source names %s and %s are missing: the sentence may translate another text, or left much out", names[0], names[1])})
}

// fullName reports whether a name of lost is written in two words or
// more ("Gérald Darmanin"): single capitalised words may be the words of
// one institution's name that the target translated ("Ministerio del
// Interior", "Cơ quan Khảo sát").
func fullName(p *checks.Pass, lost []*checks.Finding) bool {
	for _, f := range lost {
		if strings.Contains(p.Source(f.Source.Doc).Slice(f.Source.Span), " ") {
			return true
		}
	}
	return false
}

// acronym reports whether a name is written in capitals alone ("PGC",
// "BCJK", "МВД").
func acronym(s string) bool {
	upper := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		upper = upper || unicode.IsUpper(r)
	}
	return upper
}

func reportShorter(p *checks.Pass, e *sentence) {
	f := checks.Finding{Severity: checks.Major, Category: checks.Mistranslation, Span: e.span}
	if e.name != nil {
		f.Source = e.name.Source
		f.Message = fmt.Sprintf("target name %q is not in the source, and the sentence is far shorter than its source: it may translate another text",
			p.Target().Slice(e.name.Span))
	} else {
		f.Source, f.Category = e.lost.Source, checks.Omission
		f.Message = fmt.Sprintf("source name %q is missing, and the sentence is far shorter than its source: a part of it is left out",
			p.Source(e.lost.Source.Doc).Slice(e.lost.Source.Span))
	}
	p.Report(f)
}
