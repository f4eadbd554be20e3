package corpus

import "github.com/rivo/uniseg"

// words returns the word tokens (UAX #29 words with a letter or a digit)
// of the paragraph at s. Stretches of ASCII, most of a text in a Latin
// script, are cut by asciiWords, which follows UAX #29 for those
// characters alone; the rest goes to uniseg. A space breaks words
// whatever surrounds it, unless a combining mark follows it, so the text
// is cut after spaces before an ASCII character and each piece read on
// its own (TestWordsFastPath compares the two ways).
func words(text string, s Span) []Span {
	var out []Span
	for start := s.Start; start < s.End; {
		end, ascii := wordPiece(text, start, s.End)
		if ascii {
			out = asciiWords(text, start, end, out)
		} else {
			out = unisegWords(text, start, end, out)
		}
		start = end
	}
	return out
}

// wordPiece returns the end of the piece of text[start:limit] that opens
// at start: up to the first space followed by an ASCII character that is
// no space, and whether the piece is all ASCII.
func wordPiece(text string, start, limit int) (int, bool) {
	ascii := true
	for i := start; i < limit; i++ {
		c := text[i]
		if c >= 0x80 {
			ascii = false
			continue
		}
		if c == ' ' && i+1 < limit && text[i+1] < 0x80 && text[i+1] != ' ' {
			return i + 1, ascii
		}
	}
	return limit, ascii
}

// unisegWords appends the wordy UAX #29 words of text[start:end] to out.
func unisegWords(text string, start, end int, out []Span) []Span {
	rest := text[start:end]
	off := start
	state := -1
	for len(rest) > 0 {
		var w string
		w, rest, state = uniseg.FirstWordInString(rest, state)
		if isWordy(w) {
			out = append(out, Span{off, off + len(w)})
		}
		off += len(w)
	}
	return out
}

// asciiWords appends the words of text[start:end], all ASCII, to out as
// UAX #29 cuts them: letters, digits and underscores hold together; a
// colon, full stop or apostrophe between two letters, and a comma,
// semicolon, full stop or apostrophe between two digits, stay inside the
// word (WB6, WB7, WB11, WB12).
func asciiWords(text string, start, end int, out []Span) []Span {
	for i := start; i < end; {
		if !asciiJoiner(text[i]) {
			i++
			continue
		}
		j, wordy := i, false
		for j < end {
			c := text[j]
			if asciiJoiner(c) {
				wordy = wordy || c != '_'
				j++
				continue
			}
			if j+1 < end && j > i && midJoins(text[j-1], c, text[j+1]) {
				j += 2
				continue
			}
			break
		}
		if wordy {
			out = append(out, Span{i, j})
		}
		i = j
	}
	return out
}

// asciiJoiner reports whether c is an ASCII letter, digit or underscore.
func asciiJoiner(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// midJoins reports whether mark mid between a and b stays inside a word.
func midJoins(a, mid, b byte) bool {
	letter := func(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
	digit := func(c byte) bool { return '0' <= c && c <= '9' }
	switch {
	case letter(a) && letter(b):
		return mid == ':' || mid == '.' || mid == '\''
	case digit(a) && digit(b):
		return mid == ',' || mid == ';' || mid == '.' || mid == '\''
	}
	return false
}
