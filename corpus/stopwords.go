package corpus

import "golang.org/x/text/language"

// IsStopword reports whether w (lower case) is one of the frequent function
// words of lang in the detector's lists (data/stopwords.txt).
func IsStopword(w string, lang language.Base) bool {
	stopOnce.Do(loadStopwords)
	l := lang.String()
	for _, t := range stopLang[w] {
		if t == l {
			return true
		}
	}
	return false
}

// HasStopwords reports whether the stopword lists cover lang.
func HasStopwords(lang language.Base) bool {
	stopOnce.Do(loadStopwords)
	l := lang.String()
	for _, t := range stopTags {
		if t == l {
			return true
		}
	}
	return false
}
