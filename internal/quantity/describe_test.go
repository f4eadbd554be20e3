package quantity

import (
	"fmt"
	"strings"
)

// describe writes a quantity compactly for table tests:
// kind "span text" value [dec=N] [cur=XXX] [unit=U] [alt=V] [label=L] [range=N] [foreign] [spelled]
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
