package report

import (
	"encoding/json"
	"io"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
)

// sarifReporter writes one SARIF 2.1.0 log for every article reported,
// at Close: code-scanning services read it as they read a linter's.
type sarifReporter struct {
	w       io.Writer
	opt     Options
	results []sarifResult
	rules   []sarifRule
	index   map[string]int // rule id → index in rules
}

func newSARIF(w io.Writer, opt Options) Reporter {
	r := &sarifReporter{w: w, opt: opt, index: map[string]int{}, results: []sarifResult{}, rules: []sarifRule{}}
	for _, c := range opt.Checks {
		r.rule(c.Name, c)
	}
	return r
}

// rule returns the index of the rule for check name, adding it first.
func (r *sarifReporter) rule(name string, c *checks.Check) int {
	if i, ok := r.index[name]; ok {
		return i
	}
	rule := sarifRule{ID: name, ShortDescription: sarifText{Text: name}}
	if c != nil {
		rule.ShortDescription.Text = c.Title()
		rule.FullDescription = &sarifText{Text: c.Doc}
		rule.DefaultConfiguration = &sarifConfig{Level: sarifLevel(c.Severity)}
	}
	r.index[name] = len(r.rules)
	r.rules = append(r.rules, rule)
	return r.index[name]
}

func (r *sarifReporter) Report(a *align.Alignment, findings []checks.Finding) error {
	rep := Build(a, findings)
	uri := relURI(rep.Target.Path)
	for _, f := range rep.Findings {
		res := sarifResult{
			RuleID:    f.Check,
			RuleIndex: r.rule(f.Check, nil),
			Level:     sarifLevel(f.Severity),
			Message:   sarifText{Text: f.Message},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
				ArtifactLocation: sarifArtifact{URI: uri},
				Region: sarifRegion{StartLine: f.Line, StartColumn: f.Column, EndLine: f.EndLine, EndColumn: f.EndColumn,
					ByteOffset: f.Start, ByteLength: f.End - f.Start},
			}, LogicalLocations: unitLocation(f.Unit)}},
			PartialFingerprints: map[string]string{"crossread/v1": f.Fingerprint},
			Properties:          map[string]string{"category": string(f.Category), "severity": f.Severity.String()},
		}
		for _, fix := range f.Fixes {
			ch := sarifChange{ArtifactLocation: sarifArtifact{URI: uri}}
			for _, e := range fix.Edits {
				ch.Replacements = append(ch.Replacements, sarifReplacement{
					DeletedRegion:   sarifRegion{ByteOffset: e.Start, ByteLength: e.End - e.Start},
					InsertedContent: &sarifText{Text: e.New},
				})
			}
			res.Fixes = append(res.Fixes, sarifFix{Description: sarifText{Text: fix.Message}, ArtifactChanges: []sarifChange{ch}})
		}
		r.results = append(r.results, res)
	}
	return nil
}

func (r *sarifReporter) Close() error {
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool:    sarifTool{Driver: sarifDriver{Name: "crossread", InformationURI: "https://github.com/crossread/crossread", Rules: r.rules}},
			Results: r.results,
		}},
	}
	enc := json.NewEncoder(r.w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

// unitLocation is the logical location of a finding in the unit with
// id unit, or none outside bilingual files.
func unitLocation(unit string) []sarifLogical {
	if unit == "" {
		return nil
	}
	return []sarifLogical{{Name: unit, Kind: "unit"}}
}

// sarifLevel maps a severity onto SARIF's levels.
func sarifLevel(s checks.Severity) string {
	switch {
	case s >= checks.Major:
		return "error"
	case s == checks.Minor:
		return "warning"
	}
	return "note"
}

type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool    sarifTool     `json:"tool"`
		Results []sarifResult `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string       `json:"id"`
		ShortDescription     sarifText    `json:"shortDescription"`
		FullDescription      *sarifText   `json:"fullDescription,omitempty"`
		DefaultConfiguration *sarifConfig `json:"defaultConfiguration,omitempty"`
	}
	sarifConfig struct {
		Level string `json:"level"`
	}
	sarifText struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             sarifText         `json:"message"`
		Locations           []sarifLocation   `json:"locations"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
		Fixes               []sarifFix        `json:"fixes,omitempty"`
		Properties          map[string]string `json:"properties"`
	}
	sarifLocation struct {
		PhysicalLocation sarifPhysical  `json:"physicalLocation"`
		LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
	}
	// sarifLogical names the unit of a bilingual file a finding is in.
	sarifLogical struct {
		Name string `json:"name"`
		Kind string `json:"kind"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           sarifRegion   `json:"region"`
	}
	sarifArtifact struct {
		URI string `json:"uri"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine,omitempty"`
		StartColumn int `json:"startColumn,omitempty"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
		ByteOffset  int `json:"byteOffset"`
		ByteLength  int `json:"byteLength"`
	}
	sarifFix struct {
		Description     sarifText     `json:"description"`
		ArtifactChanges []sarifChange `json:"artifactChanges"`
	}
	sarifChange struct {
		ArtifactLocation sarifArtifact      `json:"artifactLocation"`
		Replacements     []sarifReplacement `json:"replacements"`
	}
	sarifReplacement struct {
		DeletedRegion   sarifRegion `json:"deletedRegion"`
		InsertedContent *sarifText  `json:"insertedContent,omitempty"`
	}
)
