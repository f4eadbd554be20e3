package config

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/internal/lazyre"
	"github.com/pelletier/go-toml/v2"
	"golang.org/x/text/language"
)

// Name is the file name Find looks for.
const Name = "crossread.toml"

// File is what a crossread.toml says.
type File struct {
	Path         string                 `toml:"-"`
	SourceLang   string                 `toml:"source-lang,omitempty"`
	TargetLang   string                 `toml:"target-lang,omitempty"`
	Rules        string                 `toml:"rules,omitempty"`
	Glossary     string                 `toml:"glossary,omitempty"`
	Dicts        []string               `toml:"dicts,omitempty"`
	FailOn       string                 `toml:"fail-on,omitempty"`
	MinScore     *float64               `toml:"min-score,omitempty"`
	MaxUnaligned *float64               `toml:"max-unaligned,omitempty"`
	MQMWeights   map[string]float64     `toml:"mqm-weights,omitempty"`
	Checks       map[string]CheckConfig `toml:"checks,omitempty"`
	Pairs        []Pair                 `toml:"pair,omitempty"`
}

// Pair is a [[pair]] table: the targets a glob names and their sources,
// where {name} stands for a target's file name without its language tag
// and extension ("story" for story.de.md).
type Pair struct {
	Target  string   `toml:"target"`
	Sources []string `toml:"sources"`
}

// CheckConfig is a [checks."NAME"] table.
type CheckConfig struct {
	Enabled  *bool  `toml:"enabled,omitempty"`
	Severity string `toml:"severity,omitempty"`
}

// Find returns the path of the crossread.toml in dir or its nearest
// parent that has one.
func Find(dir string) (string, bool) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", false
	}
	for {
		p := filepath.Join(dir, Name)
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			return p, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// Load reads the file at path strictly and checks its values; relative
// paths in it become relative to its directory.
func Load(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse reads data, the text of the file at path, as Load does.
func Parse(path string, data []byte) (*File, error) {
	f := &File{Path: path}
	dec := toml.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(f); err != nil {
		return nil, decodeError(path, err)
	}
	if err := f.validate(string(data)); err != nil {
		return nil, err
	}
	f.resolve(filepath.Dir(path))
	return f, nil
}

// decodeError names the file, line and key of a decoding error.
func decodeError(path string, err error) error {
	var strict *toml.StrictMissingError
	if errors.As(err, &strict) && len(strict.Errors) > 0 {
		e := strict.Errors[0]
		row, _ := e.Position()
		return fmt.Errorf("%s:%d: unknown key %s", path, row, strings.Join(e.Key(), "."))
	}
	var de *toml.DecodeError
	if errors.As(err, &de) {
		row, _ := de.Position()
		return fmt.Errorf("%s:%d: %v", path, row, de)
	}
	return fmt.Errorf("%s: %v", path, err)
}

// validate checks the values the types do not: severities, weights.
func (f *File) validate(text string) error {
	bad := func(table, key, format string, args ...any) error {
		return fmt.Errorf("%s:%d: %s: %s", f.Path, lineOf(text, table, key), strings.TrimPrefix(table+"."+key, "."), fmt.Sprintf(format, args...))
	}
	if f.FailOn != "" {
		if _, err := checks.ParseFailLevel(f.FailOn); err != nil {
			return bad("", "fail-on", "%v", err)
		}
	}
	if f.MaxUnaligned != nil && (*f.MaxUnaligned <= 0 || *f.MaxUnaligned > 1) {
		return bad("", "max-unaligned", "want a share above 0 and at most 1")
	}
	for sev, w := range f.MQMWeights {
		if _, err := checks.ParseSeverity(sev); err != nil || w < 0 {
			return bad("mqm-weights", sev, "want a severity name and a weight of at least 0")
		}
	}
	for name, c := range f.Checks {
		if c.Severity == "" {
			continue
		}
		if _, err := checks.ParseSeverity(c.Severity); err != nil {
			return bad("checks."+name, "severity", "%v", err)
		}
	}
	return nil
}

// CheckLine returns the line of the [checks."name"] table, for errors
// about a check the file names.
func (f *File) CheckLine(name string) int {
	data, err := os.ReadFile(f.Path)
	if err != nil {
		return 0
	}
	return lineOf(string(data), "checks."+name, "")
}

// resolve makes the file's relative paths relative to dir.
func (f *File) resolve(dir string) {
	abs := func(p string) string {
		if p == "" || filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(dir, p)
	}
	f.Rules, f.Glossary = abs(f.Rules), abs(f.Glossary)
	for i := range f.Dicts {
		f.Dicts[i] = abs(f.Dicts[i])
	}
	for i := range f.Pairs {
		f.Pairs[i].Target = abs(f.Pairs[i].Target)
		for j := range f.Pairs[i].Sources {
			f.Pairs[i].Sources[j] = abs(f.Pairs[i].Sources[j])
		}
	}
}

// SourcesFor returns the sources a [[pair]] table gives target, or nil.
func (f *File) SourcesFor(target string) []string {
	abs, err := filepath.Abs(target)
	if err != nil {
		return nil
	}
	for _, p := range f.Pairs {
		if ok, _ := filepath.Match(p.Target, abs); !ok {
			continue
		}
		name, _, _ := SplitName(filepath.Base(target))
		out := make([]string, len(p.Sources))
		for i, s := range p.Sources {
			out[i] = strings.ReplaceAll(s, "{name}", name)
		}
		return out
	}
	return nil
}

// SplitName splits a file name such as story.de.md into its name, its
// language tag and its extension ("story", "de", ".md"); the tag is ""
// when the name has none.
func SplitName(base string) (name, lang, ext string) {
	ext = filepath.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	if i := strings.LastIndexByte(stem, '.'); i > 0 {
		if _, err := language.Parse(stem[i+1:]); err == nil {
			return stem[:i], stem[i+1:], ext
		}
	}
	return stem, "", ext
}

// Weights returns the file's MQM weights over the defaults.
func (f *File) Weights() checks.Weights {
	w := checks.DefaultWeights
	for name, v := range f.MQMWeights {
		switch sev, _ := checks.ParseSeverity(name); sev {
		case checks.Critical:
			w.Critical = v
		case checks.Major:
			w.Major = v
		case checks.Minor:
			w.Minor = v
		default:
			w.Info = v
		}
	}
	return w
}

var tableHeader = lazyre.New(`^\s*\[\s*([^\]]+?)\s*\]`)

// lineOf returns the line of key in table ("" the top level; a key of ""
// the table's header) in text, or 0.
func lineOf(text, table, key string) int {
	sc := bufio.NewScanner(strings.NewReader(text))
	cur := ""
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if m := tableHeader().FindStringSubmatch(line); m != nil {
			cur = strings.ReplaceAll(strings.ReplaceAll(m[1], `"`, ""), " ", "")
			if key == "" && cur == table {
				return n
			}
			continue
		}
		k, _, ok := strings.Cut(line, "=")
		if ok && cur == table && strings.Trim(strings.TrimSpace(k), `"`) == key {
			return n
		}
	}
	return 0
}

// String renders the file as TOML.
func (f *File) String() string {
	b, err := toml.Marshal(f)
	if err != nil {
		return err.Error()
	}
	return string(b)
}
