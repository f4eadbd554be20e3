package bilingual

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/lazyre"
)

// Detect returns the bilingual format of a file, FormatXLIFF or
// FormatTMX, by its name (.xlf, .xliff, .sdlxliff, .mqxliff, .tmx) or,
// failing that, by its root element; FormatAuto for anything else.
func Detect(path string, data []byte) corpus.Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlf", ".xliff", ".sdlxliff", ".mqxliff":
		return corpus.FormatXLIFF
	case ".tmx":
		return corpus.FormatTMX
	}
	switch rootName(data) {
	case "xliff":
		return corpus.FormatXLIFF
	case "tmx":
		return corpus.FormatTMX
	}
	return corpus.FormatAuto
}

// prolog matches what may come before the root element: a byte-order
// mark, white space, the XML declaration, comments, processing
// instructions and a document type declaration without an internal subset.
var prolog = lazyre.New(`^(?:\x{FEFF}|\s+|<\?[^>]*\?>|<!--(?s:.*?)-->|<!DOCTYPE[^>\[]*>)*<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)`)

// rootName returns the local name of the root element of data when it
// starts like XML, looking at its first kilobytes only.
func rootName(data []byte) string {
	head := data[:min(len(data), 4096)]
	if !bytes.Contains(head, []byte("<")) {
		return ""
	}
	m := prolog().FindSubmatch(head)
	if m == nil {
		return ""
	}
	return string(m[2])
}

// ParseStates parses a --states value: a comma-separated list of states
// to check, or of states to leave out, each after a minus ("-final"), or
// both. "none" stands for units without a state. The empty string
// checks every unit.
func ParseStates(spec string) (func(state string) bool, error) {
	in, out := map[string]bool{}, map[string]bool{}
	for _, s := range strings.Split(spec, ",") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		set := in
		if n, ok := strings.CutPrefix(s, "-"); ok {
			s, set = strings.TrimSpace(n), out
		}
		if s == "" || strings.ContainsAny(s, " \t") {
			return nil, fmt.Errorf("bad state %q in %q", s, spec)
		}
		set[strings.ToLower(s)] = true
	}
	if len(in) == 0 && len(out) == 0 {
		return nil, nil
	}
	return func(state string) bool {
		s := strings.ToLower(state)
		if s == "" {
			s = "none"
		}
		return !out[s] && (len(in) == 0 || in[s])
	}, nil
}
