package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
)

// gitlabReporter writes a GitLab Code Quality report at Close: the subset
// of the Code Climate issue format that GitLab reads, which it shows in
// merge requests.
type gitlabReporter struct {
	w      io.Writer
	issues []gitlabIssue
}

func newGitLab(w io.Writer, _ Options) Reporter {
	return &gitlabReporter{w: w, issues: []gitlabIssue{}}
}

func (r *gitlabReporter) Report(a *align.Alignment, findings []checks.Finding) error {
	rep := Build(a, findings)
	path := relURI(rep.Target.Path)
	for _, f := range rep.Findings {
		// The finding's fingerprint is stable within its file; GitLab
		// wants one unique across the report.
		h := sha256.Sum256([]byte(path + "\x00" + f.Fingerprint))
		is := gitlabIssue{
			Description: f.Message,
			CheckName:   f.Check,
			Fingerprint: hex.EncodeToString(h[:16]),
			Severity:    f.Severity.String(),
		}
		is.Location.Path = path
		is.Location.Lines.Begin = f.Line
		r.issues = append(r.issues, is)
	}
	return nil
}

func (r *gitlabReporter) Close() error {
	enc := json.NewEncoder(r.w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r.issues)
}

type gitlabIssue struct {
	Description string `json:"description"`
	CheckName   string `json:"check_name"`
	Fingerprint string `json:"fingerprint"`
	Severity    string `json:"severity"`
	Location    struct {
		Path  string `json:"path"`
		Lines struct {
			Begin int `json:"begin"`
		} `json:"lines"`
	} `json:"location"`
}
