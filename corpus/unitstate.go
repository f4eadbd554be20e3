package corpus

// EmptyUnit is a unit of a bilingual file without text on one side.
type EmptyUnit struct {
	Unit Unit
	// At is the offset in Text where its text would stand; it maps to
	// the place in the file the text belongs (inside an empty <target>,
	// else before the unit's end tag).
	At int
}

// EmptyUnitAt returns the empty unit anchored at the Text offset off.
func (d *Document) EmptyUnitAt(off int) (Unit, bool) {
	for _, e := range d.EmptyUnits {
		if e.At == off {
			return e.Unit, true
		}
	}
	return Unit{}, false
}

// claimedTranslated are the states, of XLIFF 1.2 and 2.x, that say a
// target holds a translation: done, or done and waiting for review or
// localisation. new, needs-translation and XLIFF 2's initial say it is
// still to be made, as does a unit with no state at all.
var claimedTranslated = map[string]bool{
	"translated": true, "reviewed": true, "final": true, "signed-off": true,
	"needs-review-translation": true, "needs-review-l10n": true, "needs-review-adaptation": true,
	"needs-l10n": true, "needs-adaptation": true,
}

// ClaimsTranslated reports whether the unit's state says its target is
// translated, so that an empty target is an error rather than work not
// yet done.
func (u Unit) ClaimsTranslated() bool { return claimedTranslated[u.State] }
