package sentences

import (
	"strings"
	"testing"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/pairtest"
)

const mayor = "Mayor Anna Berger opened the new bridge over the river on Monday morning, in front of 300 residents who had waited for it for many years."

// mayorIn is the sentence of mayor in every language of lengths.tsv, and
// a translation that leaves most of it out; English is checked against
// the German.
var mayorIn = map[string][2]string{
	"en": {mayor, "Anna Berger opened the bridge."},
	"de": {"Bürgermeisterin Anna Berger eröffnete am Montagmorgen vor 300 Anwohnern, die viele Jahre darauf gewartet hatten, die neue Brücke über den Fluss.",
		"Anna Berger eröffnete die Brücke."},
	"fr": {"La maire Anna Berger a inauguré lundi matin le nouveau pont sur la rivière, devant 300 habitants qui l'attendaient depuis de nombreuses années.",
		"Anna Berger a inauguré le pont."},
	"es": {"La alcaldesa Anna Berger inauguró el lunes por la mañana el nuevo puente sobre el río, ante 300 vecinos que lo esperaban desde hacía muchos años.",
		"Anna Berger inauguró el puente."},
	"it": {"La sindaca Anna Berger ha inaugurato lunedì mattina il nuovo ponte sul fiume, davanti a 300 residenti che lo aspettavano da molti anni.",
		"Anna Berger ha inaugurato il ponte."},
	"cs": {"Starostka Anna Bergerová v pondělí ráno otevřela nový most přes řeku před 300 obyvateli, kteří na něj čekali mnoho let.",
		"Anna Bergerová otevřela most."},
	"pl": {"Burmistrz Anna Berger otworzyła w poniedziałek rano nowy most na rzece w obecności 300 mieszkańców, którzy czekali na niego od wielu lat.",
		"Anna Berger otworzyła most."},
	"ru": {"Мэр Анна Бергер в понедельник утром открыла новый мост через реку в присутствии 300 жителей, которые ждали его много лет.",
		"Анна Бергер открыла мост."},
	"uk": {"Мерка Анна Бергер у понеділок вранці відкрила новий міст через річку в присутності 300 мешканців, які чекали на нього багато років.",
		"Анна Бергер відкрила міст."},
	"hi": {"मेयर अन्ना बर्गर ने सोमवार सुबह नदी पर बने नए पुल का उद्घाटन 300 निवासियों के सामने किया, जो कई वर्षों से इसका इंतज़ार कर रहे थे।",
		"अन्ना बर्गर ने पुल खोला।"},
	"ja": {"アンナ・ベルガー市長は月曜日の朝、長年待ち望んでいた300人の住民が見守る中、川に架かる新しい橋を開通させた。",
		"ベルガー市長が橋を開通させた。"},
	"zh": {"市长安娜·伯格周一上午在300名期待多年的居民见证下，为河上的新桥剪彩。", "伯格市长为新桥剪彩。"},
	"he": {"ראש העירייה אנה ברגר חנכה ביום שני בבוקר את הגשר החדש מעל הנהר, מול 300 תושבים שחיכו לו שנים רבות.",
		"אנה ברגר חנכה את הגשר."},
	"ko": {"안나 베르거 시장은 월요일 아침 수년간 기다려 온 주민 300명이 지켜보는 가운데 강 위의 새 다리를 개통했다.",
		"베르거 시장이 다리를 개통했다."},
	"ar": {"افتتحت رئيسة البلدية آنا بيرغر صباح يوم الاثنين الجسر الجديد فوق النهر أمام 300 من السكان الذين انتظروه سنوات طويلة.",
		"افتتحت آنا بيرغر الجسر."},
	"fa": {"آنا برگر، شهردار، صبح دوشنبه پل جدید روی رودخانه را در حضور ۳۰۰ نفر از ساکنان که سال‌ها منتظرش بودند افتتاح کرد.",
		"آنا برگر پل را افتتاح کرد."},
	"el": {"Η δήμαρχος Άννα Μπέργκερ εγκαινίασε τη Δευτέρα το πρωί τη νέα γέφυρα πάνω από τον ποταμό, μπροστά σε 300 κατοίκους που την περίμεναν πολλά χρόνια.",
		"Η Άννα Μπέργκερ εγκαινίασε τη γέφυρα."},
	"tr": {"Belediye Başkanı Anna Berger, pazartesi sabahı yıllardır bekleyen 300 sakinin önünde nehir üzerindeki yeni köprüyü açtı.",
		"Anna Berger köprüyü açtı."},
	"vi": {"Thị trưởng Anna Berger sáng thứ Hai đã khánh thành cây cầu mới bắc qua sông trước sự chứng kiến của 300 cư dân đã chờ đợi nó nhiều năm.",
		"Anna Berger khánh thành cây cầu."},
	"th": {"แอนนา เบอร์เกอร์ นายกเทศมนตรี เปิดสะพานแห่งใหม่ข้ามแม่น้ำเมื่อเช้าวันจันทร์ ต่อหน้าชาวบ้าน 300 คนที่รอคอยมาหลายปี",
		"แอนนา เบอร์เกอร์ เปิดสะพาน"},
	"id": {"Wali Kota Anna Berger meresmikan jembatan baru di atas sungai pada Senin pagi di hadapan 300 warga yang telah menantikannya selama bertahun-tahun.",
		"Anna Berger meresmikan jembatan itu."},
}

// TestLengthsEveryLanguage: every line of lengths.tsv lets a translation
// pass and flags one that leaves most of the sentence out.
func TestLengthsEveryLanguage(t *testing.T) {
	for lang := range lengths() {
		pair, ok := mayorIn[lang]
		if !ok {
			t.Errorf("lengths.tsv: %s has no test sentence", lang)
			continue
		}
		src, srcLang := mayor, "en"
		if lang == "en" {
			src, srcLang = mayorIn["de"][0], "de"
		}
		for k, want := range []checks.Category{"", checks.Omission} {
			_, fs := pairtest.Run(t, Check, src, pair[k], srcLang, lang, 1)
			var got []string
			for _, f := range fs {
				got = append(got, f.Severity.String()+" "+string(f.Category))
			}
			w := ""
			if want != "" {
				w = "minor " + string(want)
			}
			if strings.Join(got, "; ") != w {
				t.Errorf("%s %q: got %q; want %q", lang, pair[k], got, w)
			}
		}
	}
}

// TestParseLengths: bad lines are errors naming file and line.
func TestParseLengths(t *testing.T) {
	for _, c := range []struct{ data, want string }{
		{"de\t115\t0.16\n", ""},
		{"# comment\n\nde\t115\n", "x.tsv:3: want LANG<TAB>chars per 100 English<TAB>sd"},
		{"de\tmany\t0.16\n", "x.tsv:1: want a positive length and a deviation in [0, 1]"},
		{"de\t115\t2\n", "x.tsv:1: want a positive length and a deviation in [0, 1]"},
		{"de\t115\t0.1\nde\t110\t0.1\n", "x.tsv:2: de listed twice"},
		{"deutsch\t115\t0.1\n", "x.tsv:1: "},
	} {
		_, err := parseLengths("x.tsv", c.data)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if c.want == "" && got != "" || c.want != "" && !strings.HasPrefix(got, c.want) {
			t.Errorf("%q: got %q; want %q", c.data, got, c.want)
		}
	}
}
