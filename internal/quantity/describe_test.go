package quantity

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// describe writes a quantity compactly for table tests:
// kind "span text" value [dec=N] [cur=XXX] [unit=U] [alt=V] [label=L] [range=N] [foreign] [spelled] [fraction] [century]
func describe(text string, q Quantity) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %q %g", q.Kind, text[q.Span.Start:q.Span.End], q.Value)
	if q.Decimals > 0 {
		fmt.Fprintf(&b, " dec=%d", q.Decimals)
	}
	if q.Currency != "" {
		fmt.Fprintf(&b, " cur=%s", q.Currency)
	}
	if q.Unit != "" {
		fmt.Fprintf(&b, " unit=%s", q.Unit)
	}
	if q.Alt != nil {
		fmt.Fprintf(&b, " alt=%g", q.Alt.Value)
	}
	if q.Label != "" {
		fmt.Fprintf(&b, " label=%s", q.Label)
	}
	if q.Range != 0 {
		fmt.Fprintf(&b, " range=%d", q.Range)
	}
	if q.Foreign {
		b.WriteString(" foreign")
	}
	if q.Spelled {
		b.WriteString(" spelled")
	}
	if q.Fraction {
		b.WriteString(" fraction")
	}
	if q.Century {
		b.WriteString(" century")
	}
	if q.Points {
		b.WriteString(" points")
	}
	switch q.Times {
	case TimesPlain:
		b.WriteString(" times")
	case TimesVague:
		b.WriteString(" times-vague")
	}
	return b.String()
}

// extractCase is one table row: text in lang and the quantities Extract
// must find in it, each written by describe.
type extractCase struct {
	lang string
	text string
	want []string
}

// runExtractCases runs table rows as subtests named lang/text.
func runExtractCases(t *testing.T, cases []extractCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.lang+"/"+tc.text, func(t *testing.T) {
			var got []string
			for _, q := range Extract(tc.text, language.MustParse(tc.lang)) {
				got = append(got, describe(tc.text, q))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tc.want, "\n\t"))
			}
		})
	}
}
