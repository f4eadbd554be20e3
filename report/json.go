package report

import (
	"encoding/json"
	"io"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
)

// jsonReporter writes one indented JSON object per article.
type jsonReporter struct {
	w   io.Writer
	opt Options
}

var _ Reporter = (*jsonReporter)(nil)

// Close ends nothing: each article's report stands alone.
func (r *jsonReporter) Close() error { return nil }

func (r *jsonReporter) Report(a *align.Alignment, findings []checks.Finding) error {
	enc := json.NewEncoder(r.w)
	enc.SetIndent("", "  ")
	// Article text is full of <, > and &; keep it readable.
	enc.SetEscapeHTML(false)
	rep := Build(a, findings)
	weigh(rep, a, findings, r.opt)
	return enc.Encode(rep)
}
