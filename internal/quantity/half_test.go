package quantity

import "testing"

// TestHalves reads a half after a counter (CJK) or after a number ("and
// a half"), and leaves the words that only look so.
func TestHalves(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"ja", "２年半かかった。１分～１分半で着く。３時間半待った。", []string{`count "２" 2.5 dec=1`, `count "１" 1`, `count "１" 1.5 dec=1`, `count "３" 3.5 dec=1`}},
		{"ja", "２０２２年半ばに発表。半導体は３年半導体", []string{`year "２０２２" 2022`, `count "３" 3`}},
		{"zh", "他住了一个半月，等了两个半小时，用了三年半。", []string{`count "一" 1.5 dec=1 spelled`, `count "两" 2.5 dec=1 spelled`, `count "三" 3.5 dec=1 spelled`}},
		{"zh", "朝鲜半岛有三个半岛", []string{`count "三" 3 spelled`}},
		{"en", "It took two and a half years and 2 and a half hours.", []string{`count "two and a half" 2.5 dec=1 spelled`, `count "2 and a half" 2.5 dec=1`}},
		{"en", "two and a halfback", []string{`count "two" 2 spelled`}},
		{"ru", "Прошло три с половиной года.", []string{`count "три с половиной" 3.5 dec=1 spelled`}},
	})
}
