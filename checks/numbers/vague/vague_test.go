package vague

import (
	"strings"
	"testing"

	"github.com/crossread/crossread/internal/phrases"
	"golang.org/x/text/language"
)

func TestFind(t *testing.T) {
	testCases := []struct {
		lang, text, want string // want: the words found, joined by |
	}{
		{"en", "Prices rose for several decades.", "several"},
		{"en", "He spoke with a few analysts and a handful of traders.", "a few|a handful of"},
		{"en", "Prices rose for three decades.", ""},
		{"en", "The severity of it.", ""}, // whole words only
		{"de", "Die Preise stiegen über mehrere Jahrzehnte.", "mehrere"},
		{"de", "Die Preise stiegen über drei Jahrzehnte.", ""},
		{"fr", "Les prix ont augmenté pendant plusieurs décennies.", "plusieurs"},
		{"es", "Los precios subieron durante varias décadas.", "varias"},
		{"ru", "Цены росли несколько десятилетий.", "несколько"},
		{"ru", "Цены росли три десятилетия.", ""},
		{"uk", "Ціни зростали кілька десятиліть.", "кілька"},
		{"pl", "Ceny rosły przez kilka dekad.", "kilka"},
		{"zh", "价格上涨了几十年。", "几十"},
		{"zh", "价格上涨了三十年。", ""},
		{"ja", "価格は数十年にわたり上昇した。", "数十"},
		{"ko", "가격이 수십 년 동안 올랐다.", "수십"},
		{"he", "המחירים עלו במשך כמה עשורים.", "כמה"},
		{"fi", "Hinnat nousivat useita vuosikymmeniä.", "useita"},
		{"fi", "Hinnat nousivat kolme vuosikymmentä.", ""},
		{"sw", "Bei zilipanda kwa miongo kadhaa.", ""}, // no list: nothing
		{"vi", "Giá tăng trong vài thập kỷ.", "vài"},
		{"vi", "Giá tăng trong ba thập kỷ.", ""},
		{"id", "Harga naik selama beberapa dekade.", "beberapa"},
		{"ms", "Harga naik selama beberapa dekad.", "beberapa"},
		{"fa", "قیمت‌ها طی چند دهه افزایش یافت.", "چند"},
		{"ur", "قیمتیں کئی دہائیوں تک بڑھیں۔", "کئی"},
		{"th", "ราคาเพิ่มขึ้นมาหลายทศวรรษ", "หลาย"},
		{"th", "ราคาเพิ่มขึ้นมาสามทศวรรษ", ""},
		{"ca", "Els preus van pujar durant diverses dècades.", "diverses"},
		{"lt", "Kainos kilo kelis dešimtmečius.", ""}, // an accusative the list lacks
		{"lt", "Kainos kilo kelių dešimtmečių laikotarpiu.", "kelių"},
		{"lv", "Cenas pieauga vairākas desmitgades.", "vairākas"},
		{"et", "Hinnad tõusid mitu aastakümmet.", "mitu"},
		{"ka", "ფასები რამდენიმე ათწლეულის განმავლობაში იზრდებოდა.", "რამდენიმე"},
		{"sv", "Priserna steg under flera decennier.", "flera"},
		{"da", "Priserne steg i flere årtier.", "flere"},
		{"nb", "Prisene steg i flere tiår.", "flere"},
		{"ro", "Prețurile au crescut timp de câteva decenii.", "câteva"},
		{"hu", "Az árak néhány évtizeden át emelkedtek.", "néhány"},
		{"sk", "Ceny rástli niekoľko desaťročí.", "niekoľko"},
		{"hr", "Cijene su rasle nekoliko desetljeća.", "nekoliko"},
		{"sl", "Cene so rasle nekaj desetletij.", "nekaj"},
		{"bg", "Цените растяха няколко десетилетия.", "няколко"},
		{"sr", "Цене су расле неколико деценија.", "неколико"},
	}
	for _, tc := range testCases {
		var got []string
		for _, s := range Find(tc.text, language.Make(tc.lang)) {
			got = append(got, tc.text[s.Start:s.End])
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("Find(%q, %s) = %q; want %q", tc.text, tc.lang, g, tc.want)
		}
	}
}

func TestFindAny(t *testing.T) {
	text := "As unequal as some of the others, and several more."
	if got := len(FindAny(text, language.English)); got != 2 {
		t.Errorf("FindAny found %d; want 2 (some, several)", got)
	}
	if got := len(Find(text, language.English)); got != 1 {
		t.Errorf("Find found %d; want 1 (several)", got)
	}
}

func TestParse(t *testing.T) {
	if _, err := phrases.Parse("vague.txt", data, kinds, inside...); err != nil {
		t.Fatal(err)
	}
}
