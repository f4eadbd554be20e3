package quantity

import "testing"

// TestMonthRanges reads the bare number before a month written with its
// number and a month sign, a range's dash between them, as a month: a
// quarter "4～6月期" is April to June. A duration in months and a range of
// days stay counts.
func TestMonthRanges(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"ja", "4～6月期の営業利益", []string{`month "4" 4`, `month "6月" 6`}},
		{"ja", "10〜12月期", []string{`month "10" 10`, `month "12月" 12`}},
		{"zh", "4-6月销量", []string{`month "4" 4`, `month "6月" 6`}},
		{"ko", "4~6월 영업이익", []string{`month "4" 4`, `month "6월" 6`}},
		{"ja", "6月に4社が", []string{`month "6月" 6`, `count "4" 4`}},
		{"zh", "2～3个月", []string{`count "2" 2 range=1`, `count "3" 3 range=2`}},
		{"ja", "3～5日", []string{`count "3" 3 range=1`, `count "5" 5 range=2`}},
	})
}
