package numbers

import (
	"testing"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/pairtest"
)

// TestVagueForExact: a count in digits that the target sentence renders
// with a vague word is a major finding on that word, with no fix (the
// number may need another noun or a counter there); a source that is vague itself, a spelled number or an ordinal is
// no such case.
func TestVagueForExact(t *testing.T) {
	testCases := []struct {
		name, src, tgt, sl, tl string
		want                   string // pairtest.Summary of the major findings
	}{
		{"en-de", "Prices rose for 30 years.", "Die Preise stiegen über mehrere Jahre.", "en", "de", "mehrere"},
		{"en-fr", "The firm hired 12 engineers.", "L'entreprise a embauché plusieurs ingénieurs.", "en", "fr", "plusieurs"},
		{"en-ru", "The company closed 14 stores.", "Компания закрыла несколько магазинов.", "en", "ru", "несколько"},
		{"en-zh", "The company closed 40 stores.", "该公司关闭了几十家商店。", "en", "zh", "几十"},
		{"de-en", "Das Werk beschäftigt 250 Menschen.", "The plant employs hundreds of people.", "de", "en", "hundreds of"},
		{"en-vi", "The firm hired 12 engineers.", "Công ty đã tuyển vài kỹ sư.", "en", "vi", "vài"},
		{"en-id", "The firm hired 12 engineers.", "Perusahaan itu merekrut beberapa insinyur.", "en", "id", "beberapa"},
		{"en-th", "The firm hired 12 engineers.", "บริษัทจ้างวิศวกรหลายคน", "en", "th", "หลาย"},
		{"en-sv", "The firm hired 12 engineers.", "Företaget anställde flera ingenjörer.", "en", "sv", "flera"},
		{"en-th kept", "The firm hired 12 engineers.", "บริษัทจ้างวิศวกร 12 คน", "en", "th", ""},
		{"number kept", "The firm hired 12 engineers.", "L'entreprise a embauché 12 ingénieurs.", "en", "fr", ""},
		{"vague source", "Several of the 12 engineers left.", "Plusieurs ingénieurs sont partis.", "en", "fr", ""},
		{"broad source", "Some of the 12 engineers left.", "Plusieurs ingénieurs sont partis.", "en", "fr", ""},
		{"spelled source", "The firm hired twelve engineers.", "L'entreprise a embauché plusieurs ingénieurs.", "en", "fr", ""},
		{"ordinal", "It was the 3rd attempt in several years.", "C'était une tentative de plus en plusieurs années.", "en", "fr", ""},
		{"year", "In 2019 the firm hired staff.", "Il y a plusieurs années, l'entreprise a embauché.", "en", "fr", ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) { wantMajor(t, tc.src, tc.tgt, tc.sl, tc.tl, tc.want) })
	}
}

// wantMajor checks the pair's major findings, as pairtest.Summary gives
// them, against want.
func wantMajor(t *testing.T, src, tgt, sl, tl, want string) {
	t.Helper()
	a, fs := pairtest.Run(t, Check, src, tgt, sl, tl, 1)
	var major []checks.Finding
	for _, f := range fs {
		if f.Severity >= checks.Major {
			major = append(major, f)
		}
	}
	if got := pairtest.Summary(a, major); got != want {
		t.Errorf("major findings %q; want %q (all: %q)", got, want, pairtest.Summary(a, fs))
	}
}
