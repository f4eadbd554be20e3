package align

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/crossread/crossread/internal/quantity"
)

// clockTimes adds to the numerals of s the times of day they write, on a
// 24-hour clock ("21:00"), for a time written another way on the other
// side: "10:00" and "9:00 p.m." stay the numbers 10, 0 and 9, 0 and are
// also the times 10:00 and 21:00; in a language whose decimal mark is a
// comma, "20.00" is 20.00 or, its other reading, the time 20:00 (с 9.30
// до 20.00; 14.30 Uhr), as a version number "3.10" is no time.
func clockTimes(s string, lang language.Tag, nums []numeral) []numeral {
	decimal, _ := quantity.Separators(lang)
	var times []numeral
	for k := range nums {
		n := &nums[k]
		if k+1 < len(nums) && n.end < len(s) && s[n.end] == ':' && nums[k+1].start == n.end+1 {
			if h, m, ok := hourMinute(s[n.start:n.end], s[nums[k+1].start:nums[k+1].end]); ok {
				end := nums[k+1].end
				times = append(times, numeral{start: n.start, end: end, num: number{canon: clock(halfOfDay(s[end:], h), m)}, ok: true})
			}
			continue
		}
		if decimal != ',' || n.num.alt != "" {
			continue
		}
		if hs, ms, cut := strings.Cut(s[n.start:n.end], "."); cut {
			if h, m, ok := hourMinute(hs, ms); ok {
				n.num.alt = clock(h, m)
			}
		}
	}
	if len(times) == 0 {
		return nums
	}
	out := append(nums, times...)
	slices.SortStableFunc(out, func(a, b numeral) int { return a.start - b.start })
	return out
}

// clock writes a time of day as the aligner keys it.
func clock(h, m int) string { return fmt.Sprintf("%d:%02d", h, m) }

// hourMinute reads an hour of one or two ASCII digits (up to 24) and
// minutes of two.
func hourMinute(hs, ms string) (h, m int, ok bool) {
	if len(hs) < 1 || len(hs) > 2 || len(ms) != 2 || !asciiDigits(hs) || !asciiDigits(ms) {
		return 0, 0, false
	}
	h, _ = strconv.Atoi(hs)
	m, _ = strconv.Atoi(ms)
	return h, m, h <= 24 && m <= 59
}

func asciiDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// halfOfDay returns hour h on a 24-hour clock when rest, what follows the
// time, opens with a.m. or p.m. (as English writes them, with or without
// points and a space before).
func halfOfDay(rest string, h int) int {
	// Only the first letters matter: lowering the rest of a paragraph at
	// each of its times took a megabyte of times half a minute.
	rest = strings.TrimLeft(rest, " \u00a0")
	rest = strings.ToLower(rest[:min(len(rest), 5)])
	rest = strings.NewReplacer(".", "", " ", "").Replace(rest)
	switch {
	case h > 12:
		return h
	case strings.HasPrefix(rest, "pm"):
		if h < 12 {
			return h + 12
		}
	case strings.HasPrefix(rest, "am") && h == 12:
		return 0
	}
	return h
}
