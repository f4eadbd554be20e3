package report

import (
	"encoding/json"
	"io"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
)

// jsonReporter writes, at Close, one indented JSON object: the report of
// the one article, or {"files": [...]} holding the report of each when
// there were several.
type jsonReporter struct {
	w       io.Writer
	opt     Options
	reports []*Report
}

var _ Reporter = (*jsonReporter)(nil)

func (r *jsonReporter) Report(a *align.Alignment, findings []checks.Finding) error {
	rep := Build(a, findings)
	numberUnits(rep, a)
	weigh(rep, a, findings, r.opt)
	r.reports = append(r.reports, rep)
	return nil
}

func (r *jsonReporter) Close() error {
	enc := json.NewEncoder(r.w)
	enc.SetIndent("", "  ")
	// Article text is full of <, > and &; keep it readable.
	enc.SetEscapeHTML(false)
	switch len(r.reports) {
	case 0:
		return nil
	case 1:
		return enc.Encode(r.reports[0])
	}
	return enc.Encode(struct {
		Files []*Report `json:"files"`
	}{r.reports})
}
