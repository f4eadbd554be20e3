package checks

import "testing"

func TestScore(t *testing.T) {
	fs := []Finding{{Severity: Critical}, {Severity: Major}, {Severity: Minor}, {Severity: Info}}
	for _, c := range []struct {
		words   int
		w       Weights
		penalty float64
		score   float64
	}{
		{1000, DefaultWeights, 31, 69},
		{2000, DefaultWeights, 31, 84.5},
		{100, Weights{Minor: 1, Major: 10, Critical: 10}, 21, -110},
		{0, DefaultWeights, 31, -30900}, // no words: counted as one
	} {
		s := ScoreOf(fs, c.words, c.w)
		if s.Penalty != c.penalty || s.Score != c.score {
			t.Errorf("%d words, %+v: got penalty %v, score %v; want %v, %v", c.words, c.w, s.Penalty, s.Score, c.penalty, c.score)
		}
	}
}

func TestParseWeights(t *testing.T) {
	w, err := ParseWeights("major=10, critical=50")
	if err != nil || w.Major != 10 || w.Critical != 50 || w.Minor != 1 {
		t.Errorf("got %+v, %v", w, err)
	}
	for _, bad := range []string{"major", "fatal=3", "major=-1", "major=x"} {
		if _, err := ParseWeights(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestGate(t *testing.T) {
	fs := []Finding{{Severity: Minor}}
	min := 99.5
	for _, c := range []struct {
		g    Gate
		want bool
	}{
		{Gate{Level: FailLevel{Min: Major}}, false},
		{Gate{Level: FailLevel{Min: Minor}}, true},
		{Gate{Level: FailLevel{Never: true}, MinScore: &min}, true}, // 100 - 1*1000/1000 = 99 < 99.5
	} {
		if got := c.g.Fails(fs, 1000); got != c.want {
			t.Errorf("%+v: got %v", c.g, got)
		}
	}
}
