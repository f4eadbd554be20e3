package quantity

import "testing"

// TestArabicNumberWords reads Arabic numbers in words with the article, a
// conjunction or a preposition glued before them, and in the genitive,
// and leaves the words that only hold one.
func TestArabicNumberWords(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"ar", "في الدول العشرين", []string{`count "العشرين" 20 spelled`}},
		{"ar", "بعد ثلاث سنوات وخمسين يوما", []string{`count "ثلاث" 3 spelled`, `count "وخمسين" 50 spelled`}},
		{"ar", "لست متأكدا يوم الأربعاء", nil},
	})
}
