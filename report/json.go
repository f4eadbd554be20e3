package report

import (
	"encoding/json"
	"io"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
)

// jsonReporter writes one indented JSON object per article.
type jsonReporter struct {
	w io.Writer
}

var _ Reporter = (*jsonReporter)(nil)

// Close ends nothing: each article's report stands alone.
func (r *jsonReporter) Close() error { return nil }

func (r *jsonReporter) Report(a *align.Alignment, findings []checks.Finding) error {
	enc := json.NewEncoder(r.w)
	enc.SetIndent("", "  ")
	// Article text is full of <, > and &; keep it readable.
	enc.SetEscapeHTML(false)
	return enc.Encode(Build(a, findings))
}
