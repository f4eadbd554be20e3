package corpus

import (
	"embed"
	"fmt"

	"golang.org/x/text/language"
)

// SampleFS holds the sample article pairs that power `crossread demo`,
// examples and golden tests; samples/README.txt says what each contains.
//
//go:embed samples
var SampleFS embed.FS

// Sample names of the embedded pair.
const (
	SampleTarget = "samples/gemini.de.txt"
	SampleSource = "samples/gemini.en.txt"
)

// SamplePair loads the embedded sample: a German machine translation and
// its English source.
func SamplePair() (target *Document, sources []*Document, err error) {
	load := func(name string, tag language.Tag) (*Document, error) {
		data, err := SampleFS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("sample %s: %w", name, err)
		}
		return Load(name, data, Options{Lang: tag})
	}
	if target, err = load(SampleTarget, language.German); err != nil {
		return nil, nil, err
	}
	src, err := load(SampleSource, language.English)
	if err != nil {
		return nil, nil, err
	}
	return target, []*Document{src}, nil
}
