package quantity

import (
	"testing"

	"golang.org/x/text/language"
)

// TestHalfDayAfterTime reads the words for the half of the day written
// after a time in each language that has them, and the time's clock with
// them: "8 de la tarde" is 20:00, "las 12 de la noche" midnight.
func TestHalfDayAfterTime(t *testing.T) {
	for _, tc := range []struct {
		lang, text, time string
		clock            int // seconds after midnight
	}{
		{"es", "a las 8 de la tarde", "8 de la tarde", 20 * 3600},
		{"es", "a las 8.30 de la mañana", "8.30 de la mañana", 8*3600 + 1800},
		{"es", "a las 12 de la noche", "12 de la noche", 0},
		{"es", "a las 10.12 de la noche", "10.12 de la noche", 22*3600 + 12*60},
		{"it", "alle 9 di sera", "9 di sera", 21 * 3600},
		{"pt", "às 9 da noite", "9 da noite", 21 * 3600},
		{"fr", "à 8 heures du soir", "8 heures du soir", 20 * 3600},
		{"de", "um 8 Uhr abends", "8 Uhr abends", 20 * 3600},
		{"de", "um 8 Uhr", "8 Uhr", 8 * 3600},
		{"ru", "в 8 часов вечера", "8 часов вечера", 20 * 3600},
		{"ar", "في الساعة 3:30 مساءً", "3:30 مساءً", 15*3600 + 1800},
		{"ar", "في الساعة 3:30 صباحاً", "3:30 صباحاً", 3*3600 + 1800},
	} {
		var got []Quantity
		for _, q := range Extract(tc.text, language.Make(tc.lang)) {
			if q.Kind == Time {
				got = append(got, q)
			}
		}
		if len(got) != 1 {
			t.Errorf("%s %q: %d times; want 1", tc.lang, tc.text, len(got))
			continue
		}
		secs, ok := got[0].Clock()
		if text := tc.text[got[0].Span.Start:got[0].Span.End]; text != tc.time || !ok || secs != tc.clock {
			t.Errorf("%s %q: time %q at %d s (%v); want %q at %d s", tc.lang, tc.text, text, secs, ok, tc.time, tc.clock)
		}
	}
}
