package report

import (
	"encoding/xml"
	"fmt"
	"io"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
)

// junitReporter writes JUnit XML at Close: a test suite per target file, a
// test case per check, a failure per finding at or above the fail level.
// CI systems that read test results show a translation as tests that
// passed or failed.
type junitReporter struct {
	w      io.Writer
	opt    Options
	suites []junitSuite
}

func newJUnit(w io.Writer, opt Options) Reporter { return &junitReporter{w: w, opt: opt} }

func (r *junitReporter) Report(a *align.Alignment, findings []checks.Finding) error {
	rep := Build(a, findings)
	level := checks.FailLevel{Min: checks.Major}
	if r.opt.FailLevel != nil {
		level = *r.opt.FailLevel
	}
	suite := junitSuite{Name: rep.Target.Path}
	cases := map[string]*junitCase{}
	add := func(name string) *junitCase {
		if c, ok := cases[name]; ok {
			return c
		}
		suite.Cases = append(suite.Cases, junitCase{Class: rep.Target.Path, Name: name})
		cases = map[string]*junitCase{}
		for i := range suite.Cases {
			cases[suite.Cases[i].Name] = &suite.Cases[i]
		}
		return cases[name]
	}
	for _, c := range r.opt.Checks {
		add(c.Name)
	}
	for _, f := range rep.Findings {
		c := add(f.Check)
		if !level.Fails(f.Severity) {
			continue
		}
		c.Failures = append(c.Failures, junitFailure{
			Message: f.Message,
			Type:    f.Severity.String(),
			Text:    fmt.Sprintf("%s:%d:%d: %s %s: %q: %s [%s]", rep.Target.Path, f.Line, f.Column, f.Severity, f.Check, f.Text, f.Message, f.Category),
		})
	}
	for _, c := range suite.Cases {
		suite.Tests++
		if len(c.Failures) > 0 {
			suite.Failures++
		}
	}
	r.suites = append(r.suites, suite)
	return nil
}

func (r *junitReporter) Close() error {
	doc := junitSuites{Name: "crossread", Suites: r.suites}
	for _, s := range r.suites {
		doc.Tests += s.Tests
		doc.Failures += s.Failures
	}
	if _, err := io.WriteString(r.w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(r.w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(r.w, "\n")
	return err
}

type (
	junitSuites struct {
		XMLName  xml.Name     `xml:"testsuites"`
		Name     string       `xml:"name,attr"`
		Tests    int          `xml:"tests,attr"`
		Failures int          `xml:"failures,attr"`
		Suites   []junitSuite `xml:"testsuite"`
	}
	junitSuite struct {
		Name     string      `xml:"name,attr"`
		Tests    int         `xml:"tests,attr"`
		Failures int         `xml:"failures,attr"`
		Cases    []junitCase `xml:"testcase"`
	}
	junitCase struct {
		Class    string         `xml:"classname,attr"`
		Name     string         `xml:"name,attr"`
		Failures []junitFailure `xml:"failure"`
	}
	junitFailure struct {
		Message string `xml:"message,attr"`
		Type    string `xml:"type,attr"`
		Text    string `xml:",chardata"`
	}
)
