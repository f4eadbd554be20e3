package report

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestEditorContrast holds the editor view's colour pairs to WCAG AA
// (4.5:1 for text) in the light and the dark palette of editor.css.
func TestEditorContrast(t *testing.T) {
	dark := strings.Index(editorCSS, "prefers-color-scheme: dark")
	if dark < 0 {
		t.Fatal("no dark palette")
	}
	palettes := map[string]map[string]string{
		"light": cssVars(editorCSS[:dark]),
		"dark":  cssVars(editorCSS[dark:]),
	}
	// text colour, background colour
	pairs := [][2]string{
		{"fg", "bg"}, {"fg", "panel"}, {"muted", "bg"}, {"muted", "panel"},
		{"fg", "hl-critical"}, {"fg", "hl-major"}, {"fg", "hl-minor"}, {"fg", "hl-info"},
		{"fg", "ins"}, {"fg", "del"}, {"fg", "ev"},
		{"bg", "b-critical"}, {"bg", "b-major"}, {"bg", "b-minor"}, {"bg", "b-info"},
		{"s0", "bg"}, {"s1", "bg"}, {"s2", "bg"}, {"s3", "bg"}, {"s4", "bg"}, {"s5", "bg"},
	}
	for name, p := range palettes {
		for _, pair := range pairs {
			fg, bg := p[pair[0]], p[pair[1]]
			if fg == "" || bg == "" {
				t.Errorf("%s: --%s or --%s missing", name, pair[0], pair[1])
				continue
			}
			if r := contrast(fg, bg); r < 4.5 {
				t.Errorf("%s: --%s %s on --%s %s: contrast %.2f, want at least 4.5", name, pair[0], fg, pair[1], bg, r)
			}
		}
	}
}

var cssVarRE = regexp.MustCompile(`--([a-z0-9-]+):\s*(#[0-9a-fA-F]{6})`)

func cssVars(css string) map[string]string {
	m := map[string]string{}
	for _, v := range cssVarRE.FindAllStringSubmatch(css, -1) {
		if _, ok := m[v[1]]; !ok {
			m[v[1]] = v[2]
		}
	}
	return m
}

// contrast is the WCAG 2 contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

func luminance(hex string) float64 {
	ch := func(i int) float64 {
		v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		c := float64(v) / 255
		if c <= 0.04045 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(0) + 0.7152*ch(1) + 0.0722*ch(2)
}
