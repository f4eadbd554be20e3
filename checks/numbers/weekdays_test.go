package numbers

import (
	"testing"

	"github.com/crossread/crossread/checks/internal/pairtest"
)

// TestChangedWeekday: a day of the week the target names where the
// source names another is major, with the source's day as fix when the
// target wrote the day's plain name; the same day, a day only one side
// names, or a day with an ending kept are no changed day.
func TestChangedWeekday(t *testing.T) {
	testCases := []struct {
		name, src, tgt, sl, tl string
		want                   string
	}{
		{"de-en", "Die Abstimmung ist am Dienstag.", "The vote is on Thursday.", "de", "en", "Thursday→Tuesday"},
		{"en-ru", "The vote is on Tuesday.", "Голосование пройдёт в среду.", "en", "ru", "среду"},
		{"zh-en", "会议定于星期一举行。", "The meeting is set for Friday.", "zh", "en", "Friday→Monday"},
		{"en-ja", "The meeting is on Monday.", "会議は金曜日に開かれる。", "en", "ja", "金曜日→月曜日"},
		{"same day", "Die Abstimmung ist am Dienstag.", "The vote is on Tuesday.", "de", "en", ""},
		{"same day, inflected", "The vote is on Wednesday.", "Голосование пройдёт в среду.", "en", "ru", ""},
		{"only the target", "Die Abstimmung ist bald.", "The vote is on Tuesday.", "de", "en", ""},
		{"only the source", "Die Abstimmung ist am Dienstag.", "The vote is soon.", "de", "en", ""},
		{"two days kept", "Von Montag bis Freitag.", "From Monday to Friday.", "de", "en", ""},
		{"a name like a day", "Frida sprach am Dienstag.", "Frida spoke on Tuesday.", "de", "en", ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) { wantMajor(t, tc.src, tc.tgt, tc.sl, tc.tl, tc.want) })
	}
	a, fs := pairtest.Run(t, Check, "Die Abstimmung ist am Dienstag.", "The vote is on Thursday.", "de", "en", 1)
	for _, f := range fs {
		if a.Target.Slice(f.Span) == "Thursday" && (len(f.Fixes) != 1 || f.Fixes[0].Edits[0].New != "Tuesday") {
			t.Errorf("fix %+v; want Tuesday", f.Fixes)
		}
	}
	// Russian days take case endings: "среда" in "в четверг" would be
	// wrong, so the finding comes without a fix.
	a, fs = pairtest.Run(t, Check, "The vote is on Wednesday.", "Голосование пройдёт в четверг.", "en", "ru", 1)
	if len(fs) != 1 || a.Target.Slice(fs[0].Span) != "четверг" || len(fs[0].Fixes) != 0 {
		t.Errorf("got %s; want one finding on четверг without a fix", pairtest.Summary(a, fs))
	}
}

// TestWeekdayDate: a day of the week beside a whole date it does not fall
// on is major, unless the source has the same slip; a right pair, or a
// day already reported changed, gives no such finding.
func TestWeekdayDate(t *testing.T) {
	testCases := []struct {
		name, src, tgt, sl, tl string
		want                   string
	}{
		// 4 March 2025 is a Tuesday.
		{"a changed date beside the source's day is a changed date", "The vote was held on Tuesday, March 4, 2025.", "Die Abstimmung fand am Dienstag, 5. März 2025 statt.", "en", "de", "5→4"},
		{"a wrong pair the target made", "The vote was held on Tuesday, the agency said.", "Die Abstimmung fand am Dienstag, 5. März 2025 statt, so die Agentur.", "en", "de", "Dienstag"},
		{"right pair", "The vote was held on Tuesday, March 4, 2025.", "Die Abstimmung fand am Dienstag, 4. März 2025 statt.", "en", "de", ""},
		{"numeric date", "Monday (16/05/2022):", "Montag (16.05.2022):", "en", "de", ""},
		{"the source's slip kept", "The vote was held on Monday, March 4, 2025.", "Die Abstimmung fand am Montag, 4. März 2025 statt.", "en", "de", ""},
		{"a changed day reported once", "The vote was held on Tuesday, March 4, 2025.", "Die Abstimmung fand am Mittwoch, 4. März 2025 statt.", "en", "de", "Mittwoch→Dienstag"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) { wantMajor(t, tc.src, tc.tgt, tc.sl, tc.tl, tc.want) })
	}
}
