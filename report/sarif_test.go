package report

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestSARIFSchema validates the sarif output of every fixture against
// the SARIF 2.1.0 schema, one log for all of them.
func TestSARIFSchema(t *testing.T) {
	f, err := os.Open("testdata/sarif-2.1.0-rtm.5.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif.json", doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("sarif.json")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	r, _ := New("sarif", &buf, Options{})
	for _, fx := range fixtures(t) {
		if err := r.Report(fx.a, fx.findings); err != nil {
			t.Fatal(err)
		}
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Errorf("sarif output does not validate: %v", err)
	}
	// The schema does catch a broken log: a driver without a name.
	var bad any
	if err := json.Unmarshal([]byte(`{"version":"2.1.0","runs":[{"tool":{"driver":{}}}]}`), &bad); err != nil {
		t.Fatal(err)
	}
	if schema.Validate(bad) == nil {
		t.Error("a log without a driver name validates")
	}
}

// TestGitHubLimit: past GitHub's limit per level, findings are summed up
// in one notice instead of dropped.
func TestGitHubLimit(t *testing.T) {
	var buf bytes.Buffer
	r, _ := New("github", &buf, Options{})
	fx := fixtures(t)[0]
	for range 12 {
		if err := r.Report(fx.a, fx.findings); err != nil {
			t.Fatal(err)
		}
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	last := lines[len(lines)-1]
	if !strings.Contains(last, "more findings are not shown") || strings.Count(buf.String(), "::error ") > githubLimit {
		t.Errorf("got %d lines, last %q", len(lines), last)
	}
}

func TestGitHubEscapes(t *testing.T) {
	if got := githubProperty("a:b,c%\nd"); got != "a%3Ab%2Cc%25%0Ad" {
		t.Errorf("got %q", got)
	}
}
