package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
)

// githubReporter writes GitHub Actions workflow commands, which GitHub
// shows as annotations on the changed files. A step shows at most
// githubLimit annotations of each level; the rest are summed up in one
// line at Close rather than dropped in silence.
type githubReporter struct {
	w      io.Writer
	shown  map[string]int
	hidden int
}

// githubLimit is how many annotations of one level GitHub shows per step.
const githubLimit = 10

func newGitHub(w io.Writer, _ Options) Reporter {
	return &githubReporter{w: w, shown: map[string]int{}}
}

func (r *githubReporter) Report(a *align.Alignment, findings []checks.Finding) error {
	rep := Build(a, findings)
	var b strings.Builder
	for _, f := range rep.Findings {
		level := githubLevel(f.Severity)
		if r.shown[level] >= githubLimit {
			r.hidden++
			continue
		}
		r.shown[level]++
		fmt.Fprintf(&b, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n", level,
			githubProperty(relURI(rep.Target.Path)), f.Line, f.Column, f.EndLine, f.EndColumn,
			githubProperty(fmt.Sprintf("crossread %s (%s)", f.Check, f.Severity)), githubData(fmt.Sprintf("%q: %s", f.Text, f.Message)))
	}
	_, err := io.WriteString(r.w, b.String())
	return err
}

func (r *githubReporter) Close() error {
	if r.hidden == 0 {
		return nil
	}
	_, err := fmt.Fprintf(r.w, "::notice title=crossread::%d more findings are not shown as annotations; see the text or JSON report\n", r.hidden)
	return err
}

func githubLevel(s checks.Severity) string {
	switch {
	case s >= checks.Major:
		return "error"
	case s == checks.Minor:
		return "warning"
	}
	return "notice"
}

// githubData escapes a workflow command's message.
func githubData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// githubProperty escapes a workflow command's property value.
func githubProperty(s string) string {
	return strings.NewReplacer(":", "%3A", ",", "%2C").Replace(githubData(s))
}
