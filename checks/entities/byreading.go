package entities

import (
	"fmt"
	"unicode/utf8"

	"github.com/crossread/crossread/checks"
)

// surnameByReading returns whether the target person u, a listed given
// name and a surname, has a given name that a source in Chinese
// characters reads (洋一, Yoichi) and a surname that nothing in the
// sources reads, spells or sounds like: "Yoichi Tanaka" for 宮崎洋一, the
// source's person with another surname. Where every source is written
// apart in words, surnameBySound reads the sounds instead.
func (c *paragraph) surnameByReading(u name) bool {
	k, ok := personAt(u)
	if !ok || k+2 != len(u.words) || c.explainable || !c.romanisable || c.rom == nil || len(c.rom.hanRuns) == 0 {
		return false
	}
	given, surname := u.words[k], u.words[k+1]
	if len(given.parts) != 1 || len(surname.parts) != 1 || surname.acro || utf8.RuneCountInString(surname.parts[0]) < 4 {
		return false
	}
	alone := wordName(surname)
	// Any word in Hepburn's letters may be a kanji name's reading
	// (romanised.explains); only the readings the characters have tell
	// one surname from another.
	return c.rom.spelledInPinyin(given.parts[0]) && !c.rom.spelledInPinyin(surname.parts[0]) && !c.rom.glossed.has(surname.parts[0]) &&
		!found(alone, c.sw, c.exo) && !respeltIn(alone, c.sw)
}

// reportSurnamesByReading reports each target person whose surname no
// source in Chinese characters reads while its given name is read there
// (surnameByReading), unless reported as a name the source lacks.
func (c *paragraph) reportSurnamesByReading() {
	if c.explainable || !c.romanisable || c.rom == nil {
		return
	}
	tgt := c.p.Target()
	for _, n := range targetNames(tgt.Text, c.tw, c.tb) {
		if c.novelAt(n.span) || !c.surnameByReading(n) {
			continue
		}
		k, _ := personAt(n) // "Financial Officer Yoichi Tanaka": the person
		n = n.from(k)
		c.p.Report(checks.Finding{
			Severity: checks.Major,
			Category: checks.Mistranslation,
			Span:     n.span,
			Message:  fmt.Sprintf("target %q: the source's person with another surname, which no source word reads", n.text(tgt)),
			Tag:      checks.NameFromElsewhere,
		})
	}
}
