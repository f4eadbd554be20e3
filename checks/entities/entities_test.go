package entities_test

import (
	"strings"
	"testing"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/entities"
	"github.com/crossread/crossread/checks/internal/pairtest"
)

func TestEntities(t *testing.T) {
	testCases := []struct {
		name, srcLang, tgtLang, src, tgt string
		want                             string // flagged target text, or "omitted:NAME"; "" for none
	}{
		{"name replaced", "es", "en",
			"Si bien Del Potro tuvo una ventaja, el partido siguió.",
			"Although Roger Federer had an early lead, the match went on.", "Roger Federer"},
		{"name omitted", "cs", "en",
			"Pořad moderoval známý historik Henry Luis Gates.",
			"The show was hosted by the well-known historian.", "omitted:Henry Luis Gates"},
		{"polish case ending", "pl", "en",
			"Drużyna trenera Miłosza Stępińskiego wygrała.",
			"The team of coach Miłosz Stępiński won.", ""},
		{"diacritics dropped", "pl", "en",
			"Drużyna trenera Miłosza Stępińskiego wygrała.",
			"The team of coach Milosz Stepinski won.", ""},
		{"exonym from the rule data", "pl", "en",
			"Spotkanie odbyło się w Paryżu i w Gandawie.",
			"The meeting took place in Paris and in Ghent.", ""},
		{"acronym reordered", "es", "en",
			"Encontraron ADN del virus en la muestra.",
			"They found DNA of the virus in the sample.", ""},
		{"acronym localised through the rule data", "fr", "en",
			"Il veut porter l'affaire devant la CEDH demain.",
			"He wants to bring the case before the ECHR tomorrow.", ""},
		{"russian transliterated", "ru", "en",
			"Об этом сообщил журналист Райан Кеннеди.",
			"This was reported by journalist Ryan Kennedy.", ""},
		{"russian name replaced", "ru", "en",
			"Об этом сообщил журналист Райан Кеннеди.",
			"This was reported by journalist Oprah Winfrey.", "Oprah Winfrey"},
		{"latin name in a japanese source omitted", "ja", "en",
			"米国地質調査所(USGS)に報告は入っていません。",
			"No reports have been received by the Geological Survey.", "omitted:USGS; omitted:米国"},
		{"german common nouns are no names", "de", "en",
			"Der Mann arbeitet als Freiwilliger für die Diözese.",
			"The man works as a volunteer for the diocese.", ""},
		{"german multiword name omitted", "de", "en",
			"Der nördliche Teil oder die Sentinel Range hat hohe Berge.",
			"The northern part has high mountains.", "omitted:Sentinel Range"},
		{"dangling preposition where a name was", "hi", "en",
			"इरान में हवाई दुर्घटनाएँ सामान्य हैं।",
			"Air accidents are common in, which has old aircraft.", "in,"},
		{"empty brackets where an acronym was", "de", "en",
			"Sie warfen Markus Söder (CSU) vor, zu schweigen.",
			"They accused Markus Söder () of silence.", "()"},
		{"phrasal verb at the end of a sentence", "fr", "en",
			"Il est entré.",
			"He came in.", ""},
		{"abbreviation a.m. is no dangling article", "fr", "en",
			"À 9 h 30, la réunion a commencé.",
			"At 9:30 a.m., the meeting began.", ""},
		{"name translated word by word", "pl", "en",
			"Sprawę zbadał Skarb Państwa.",
			"The National Treasury examined the case.", ""},
		{"elided article before a name", "fr", "en",
			"Les casques bleus de l'ONU sont arrivés hier.",
			"Fenton peacekeepers arrived yesterday.", "Fenton"},
		{"name from nowhere at the start of a sentence", "pl", "en",
			"Wczoraj Kowalczyk kupił mieszkanie.",
			"Boeing bought an apartment yesterday.", "Boeing"},
		{"a common word at the start of a sentence is no name", "pl", "en",
			"Wczoraj Kowalczyk kupił mieszkanie.",
			"Yesterday Kowalczyk bought an apartment.", ""},
		{"city localised through CLDR", "pl", "en",
			"Spotkanie odbyło się wczoraj w Rzymie.",
			"The meeting took place yesterday in Rome.", ""},
		{"name from nowhere beside a known one", "pl", "en",
			"Spotkanie odbyło się wczoraj w Rzymie.",
			"The meeting with Oprah Winfrey took place yesterday in Rome.", "Oprah Winfrey"},
		{"german country omitted", "de", "en",
			"Das Spiel fand wie geplant in Spanien statt.",
			"The game took place as planned.", "omitted:Spanien"},
		{"chinese names in pinyin", "zh", "en",
			"李明昨天在重庆开会。",
			"Li Ming held a meeting in Chongqing yesterday.", ""},
		{"chinese territory through CLDR", "zh", "en",
			"他昨天去了南非。",
			"He went to South Africa yesterday.", ""},
		{"chinese source, name from nowhere", "zh", "en",
			"李明昨天在重庆开会。",
			"Boris Becker held a meeting in Chongqing yesterday.", "Boris Becker"},
		{"chinese territory omitted", "zh", "en",
			"他昨天去了南非。",
			"He went there yesterday.", "omitted:南非"},
		{"japanese katakana name", "ja", "en",
			"昨日ベルリンで会議があった。",
			"There was a meeting in Berlin yesterday.", ""},
		{"japanese name in kanji read in Hepburn", "ja", "en",
			"昨日札幌で会議があった。",
			"There was a meeting in Sapporo yesterday.", ""},
		{"japanese source, name from nowhere", "ja", "en",
			"昨日札幌で会議があった。",
			"There was a meeting in Chicago yesterday.", "Chicago"},
		{"hindi names by sound", "hi", "en",
			"रमेश ने कल दिल्ली में भाषण दिया।",
			"Ramesh gave a speech in Delhi yesterday.", ""},
		{"hindi source, name from nowhere", "hi", "en",
			"रमेश ने कल दिल्ली में भाषण दिया।",
			"Oprah gave a speech in Delhi yesterday.", "Oprah"},
		{"possessive with no name", "es", "en",
			"El agua de la Tierra vino de los cometas.",
			"The comets were the source of 's water.", "'s"},
		{"possessive of a name in split tokens", "es", "en",
			"El agua de la Tierra vino de los cometas.",
			"The comets brought Earth 's water .", ""},
		{"title before a verb", "es", "en",
			"El señor Dutton lo exigió.",
			"Mr. demanded it.", "Mr."},
		{"preposition and conjunction before a name", "es", "en",
			"La red fue tendida por Yahoo y Google.",
			"The network was laid by and Google.", "by and"},
		{"preposition and conjunction before a common word", "es", "en",
			"Funciona con y sin red.",
			"It works with and without a network.", ""},
		{"space where a name was", "es", "en",
			"Se registraron en España muchos casos.",
			"Many cases were registered in .", "in ."},
		{"sentence that lost its subject", "es", "en",
			"Werth ya había ganado las cuatro pruebas.",
			"Had already won all four tests.", "Had"},
		{"inversion keeps its subject", "es", "en",
			"Si lo hubiera sabido, se habría ido.",
			"Had he known, he would have left.", ""},
		{"participle opening a phrase", "es", "en",
			"Con sede en Madrid, la empresa creció.",
			"Based in Madrid, the company grew.", ""},
		{"article before a preposition", "es", "en",
			"El Senado no propuso enmiendas.",
			"The also did not propose amendments.", "The also"},
		{"preposition before a preposition", "cs", "en",
			"Než se stal primátorem Ostravy v roce 2014, pracoval jinde.",
			"Before becoming mayor of in 2014, he worked elsewhere.", "of in"},
		{"of which is a phrase", "es", "en",
			"Tiene 3850 km², de los cuales un tercio es agua.",
			"It has 3,850 km², of which a third is water.", ""},
		{"comma with no word before it", "cs", "en",
			"Tomáš Macura, člen předsednictva, je primátorem.",
			", a member of the board, is the mayor.", ","},
		{"clause that lost its subject after an opening word", "zh", "en",
			"目前，新疆有330多座光伏电站。",
			"Currently, has more than 330 solar power plants.", "Currently"},
		{"relative clause after a comma", "es", "en",
			"Las Naciones Unidas, que tienen su sede en Nueva York, respondieron.",
			"The United Nations, which has its seat in New York, responded.", ""},
		{"according to with no name", "de", "en",
			"Laut Tennet sind es 7,1 Gigawatt.",
			"According to, it is 7.1 gigawatts.", "to,"},
		{"speaker lost after a comma", "de", "en",
			"Die Marine schützt Russland seit 300 Jahren, sagte Putin am Tag der Seeleute.",
			"The Navy has protected Russia for 300 years, said on the day of the sailors.", "said on"},
		{"german city omitted", "de", "en",
			"Sie reisten in einer Kutsche zurück nach Paris.",
			"They traveled back by carriage.", "omitted:Paris"},
		{"preposition before a bracket", "ja", "en",
			"米国地質調査所(USGS)に報告は入っていません。",
			"No reports have been received by (USGS).", "by ("},
		{"a date opens a clause that lost its subject", "de", "en",
			"1956 ging Słania nach Schweden.",
			"In 1956 went to Sweden.", "In"},
		{"a date and a subject", "de", "en",
			"1956 ging er nach Schweden.",
			"In 1956 he went to Sweden.", ""},
		{"initialism is one word", "zh", "en",
			"美国每隔10年重新分配众议院席位。",
			"The U.S. redistributes the House seats every 10 years.", ""},
		{"demonym from the place data", "fr", "en",
			"Le gouvernement de la France a répondu.",
			"The French government responded.", ""},
		{"a country the source does not name", "es", "en",
			"Para México, la relación es un desafío.",
			"For Canada, the relationship is a challenge.", "Canada"},
		{"a country the source names", "es", "en",
			"Para México, la relación es un desafío.",
			"For Mexico, the relationship is a challenge.", ""},
		{"a demonym is no place name", "pl", "en",
			"Komisja PZPN wymierzyła karę.",
			"The PZPN (Polish Football Association) commission imposed a penalty.", ""},
		{"german target: no omission by count", "en", "de",
			"The Big Bang made the Earth.",
			"Der Urknall schuf die Erde.", ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			a := pairtest.Pair(t, tc.src, tc.tgt, tc.srcLang, tc.tgtLang, 1)
			fs, err := checks.Run(a, []*checks.Check{entities.Check})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range fs {
				switch {
				case f.Severity == checks.Minor:
					// Words dropped at a visible gap: the one finding
					// that is more than a hint.
					got = append(got, a.Target.Slice(f.Span))
				case f.Severity != checks.Info:
					t.Errorf("severity %s; want info or minor (see doc.go)", f.Severity)
				case f.Category == "accuracy/omission":
					got = append(got, "omitted:"+a.Sources[f.Source.Doc].Slice(f.Source.Span))
				default:
					got = append(got, a.Target.Slice(f.Span))
				}
			}
			if g := strings.Join(got, "; "); g != tc.want {
				t.Errorf("got %q; want %q", g, tc.want)
			}
		})
	}
}
