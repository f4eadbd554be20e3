package quantity

// Measurement units. A quantity records the unit written after it (Unit,
// a canonical symbol such as "km" or "°F"), so that a comparison can tell a
// unit conversion ("15-foot" = "fünf Meter") from a changed value.

// unitInfo gives the dimension of a canonical unit and its size in the
// dimension's base unit (metre, kilogram, m/s, m², litre); temperatures are
// converted separately.
var unitInfo = map[string]struct {
	dim    string
	factor float64
}{
	"mm": {"length", 0.001}, "cm": {"length", 0.01}, "m": {"length", 1}, "km": {"length", 1000},
	"in": {"length", 0.0254}, "ft": {"length", 0.3048}, "yd": {"length", 0.9144}, "mi": {"length", 1609.344},
	"nmi": {"length", 1852},
	"mg":  {"mass", 1e-6}, "g": {"mass", 0.001}, "kg": {"mass", 1}, "t": {"mass", 1000},
	"lb": {"mass", 0.45359237}, "oz": {"mass", 0.028349523},
	"km/h": {"speed", 1 / 3.6}, "mph": {"speed", 0.44704}, "kn": {"speed", 0.514444}, "m/s": {"speed", 1},
	"m²": {"area", 1}, "km²": {"area", 1e6}, "ha": {"area", 1e4}, "acre": {"area", 4046.86},
	"mi²": {"area", 2.589988e6}, "ft²": {"area", 0.09290304},
	"ml": {"volume", 0.001}, "l": {"volume", 1}, "gal": {"volume", 3.785411784},
	"°C": {"temperature", 1}, "°F": {"temperature", 1}, "°": {"angle", 1},
}

// Convert converts v from unit from to unit to, both canonical symbols as
// found in Quantity.Unit. It reports false when the units measure
// different things or are unknown.
func Convert(v float64, from, to string) (float64, bool) {
	a, okA := unitInfo[from]
	b, okB := unitInfo[to]
	if !okA || !okB || a.dim != b.dim {
		return 0, false
	}
	if a.dim == "temperature" {
		switch {
		case from == to:
			return v, true
		case from == "°F":
			return (v - 32) * 5 / 9, true
		default:
			return v*9/5 + 32, true
		}
	}
	return v * a.factor / b.factor, true
}

type unitWord struct {
	text string
	unit string // canonical symbol
}

// commonUnits are unit symbols read in every language, after a space, a
// hyphen or nothing.
var commonUnits = []unitWord{
	{"mm", "mm"}, {"cm", "cm"}, {"m", "m"}, {"km", "km"}, {"ft", "ft"}, {"ft.", "ft"}, {"mi", "mi"},
	{"mg", "mg"}, {"g", "g"}, {"kg", "kg"}, {"t", "t"}, {"lb", "lb"}, {"lbs", "lb"}, {"oz", "oz"},
	{"km/h", "km/h"}, {"kmh", "km/h"}, {"mph", "mph"}, {"m/s", "m/s"}, {"m²", "m²"}, {"km²", "km²"},
	{"ha", "ha"}, {"ml", "ml"}, {"l", "l"}, {"°C", "°C"}, {"° C", "°C"}, {"°F", "°F"}, {"° F", "°F"},
	{"°", "°"},
}

// unitWords are the unit names of each language.
var unitWords = map[string][]unitWord{
	"en": {
		{"millimeters", "mm"}, {"millimetres", "mm"}, {"millimeter", "mm"}, {"millimetre", "mm"},
		{"centimeters", "cm"}, {"centimetres", "cm"}, {"centimeter", "cm"}, {"centimetre", "cm"},
		{"meters", "m"}, {"metres", "m"}, {"meter", "m"}, {"metre", "m"}, {"kilometers", "km"},
		{"kilometres", "km"}, {"kilometer", "km"}, {"kilometre", "km"}, {"inches", "in"}, {"inch", "in"},
		{"feet", "ft"}, {"foot", "ft"}, {"yards", "yd"}, {"yard", "yd"}, {"nautical miles", "nmi"},
		{"miles", "mi"}, {"mile", "mi"}, {"milligrams", "mg"}, {"grams", "g"}, {"gram", "g"},
		{"kilograms", "kg"}, {"kilogram", "kg"}, {"kilos", "kg"}, {"tonnes", "t"}, {"tonne", "t"},
		{"tons", "t"}, {"ton", "t"}, {"ounces", "oz"}, {"ounce", "oz"}, {"degrees Celsius", "°C"},
		{"degrees Centigrade", "°C"}, {"Celsius", "°C"}, {"degrees Fahrenheit", "°F"}, {"Fahrenheit", "°F"},
		{"degrees", "°"}, {"kilometers per hour", "km/h"}, {"kilometres per hour", "km/h"}, {"kph", "km/h"},
		{"miles per hour", "mph"}, {"knots", "kn"}, {"hectares", "ha"}, {"hectare", "ha"}, {"acres", "acre"},
		{"acre", "acre"}, {"square kilometers", "km²"}, {"square kilometres", "km²"}, {"square miles", "mi²"},
		{"square feet", "ft²"}, {"square meters", "m²"}, {"square metres", "m²"}, {"liters", "l"},
		{"litres", "l"}, {"liter", "l"}, {"litre", "l"}, {"gallons", "gal"}, {"gallon", "gal"},
	},
	"de": {
		{"Millimeter", "mm"}, {"Zentimeter", "cm"}, {"Meter", "m"}, {"Metern", "m"}, {"Kilometer", "km"},
		{"Kilometern", "km"}, {"Zoll", "in"}, {"Fuß", "ft"}, {"Meilen", "mi"}, {"Meile", "mi"},
		{"Seemeilen", "nmi"}, {"Milligramm", "mg"}, {"Gramm", "g"}, {"Kilogramm", "kg"}, {"Kilo", "kg"},
		{"Tonnen", "t"}, {"Tonne", "t"}, {"Unzen", "oz"}, {"Grad Celsius", "°C"}, {"Grad Fahrenheit", "°F"},
		{"Grad", "°"}, {"Stundenkilometer", "km/h"}, {"Stundenkilometern", "km/h"}, {"Knoten", "kn"},
		{"Hektar", "ha"}, {"Quadratkilometer", "km²"}, {"Quadratkilometern", "km²"}, {"Quadratmeter", "m²"},
		{"Quadratmetern", "m²"}, {"Liter", "l"}, {"Litern", "l"}, {"Gallonen", "gal"},
	},
	"fr": {
		{"millimètres", "mm"}, {"centimètres", "cm"}, {"mètres", "m"}, {"mètre", "m"}, {"kilomètres", "km"},
		{"kilomètre", "km"}, {"pieds", "ft"}, {"pouces", "in"}, {"grammes", "g"}, {"kilogrammes", "kg"},
		{"kilos", "kg"}, {"tonnes", "t"}, {"degrés Celsius", "°C"}, {"degrés Fahrenheit", "°F"},
		{"degrés", "°"}, {"hectares", "ha"}, {"kilomètres carrés", "km²"}, {"mètres carrés", "m²"},
		{"litres", "l"}, {"nœuds", "kn"},
	},
	"es": {
		{"milímetros", "mm"}, {"centímetros", "cm"}, {"metros", "m"}, {"metro", "m"}, {"kilómetros", "km"},
		{"kilómetro", "km"}, {"pies", "ft"}, {"pulgadas", "in"}, {"millas", "mi"}, {"gramos", "g"},
		{"kilogramos", "kg"}, {"kilos", "kg"}, {"toneladas", "t"}, {"grados Celsius", "°C"},
		{"grados centígrados", "°C"}, {"grados Fahrenheit", "°F"}, {"grados", "°"}, {"hectáreas", "ha"},
		{"kilómetros cuadrados", "km²"}, {"metros cuadrados", "m²"}, {"litros", "l"}, {"nudos", "kn"},
	},
	"it": {
		{"millimetri", "mm"}, {"centimetri", "cm"}, {"metri", "m"}, {"metro", "m"}, {"chilometri", "km"},
		{"chilometro", "km"}, {"piedi", "ft"}, {"pollici", "in"}, {"miglia", "mi"}, {"grammi", "g"},
		{"chilogrammi", "kg"}, {"chili", "kg"}, {"tonnellate", "t"}, {"gradi Celsius", "°C"},
		{"gradi centigradi", "°C"}, {"gradi Fahrenheit", "°F"}, {"gradi", "°"}, {"ettari", "ha"},
		{"chilometri quadrati", "km²"}, {"metri quadrati", "m²"}, {"litri", "l"}, {"nodi", "kn"},
	},
	"pt": {
		{"milímetros", "mm"}, {"centímetros", "cm"}, {"metros", "m"}, {"metro", "m"}, {"quilômetros", "km"},
		{"quilómetros", "km"}, {"quilômetro", "km"}, {"pés", "ft"}, {"polegadas", "in"}, {"milhas", "mi"},
		{"gramas", "g"}, {"quilogramas", "kg"}, {"quilos", "kg"}, {"toneladas", "t"}, {"graus Celsius", "°C"},
		{"graus Fahrenheit", "°F"}, {"graus", "°"}, {"hectares", "ha"}, {"litros", "l"}, {"nós", "kn"},
	},
	"ru": {
		{"мм", "mm"}, {"см", "cm"}, {"м", "m"}, {"км", "km"}, {"км/ч", "km/h"}, {"кг", "kg"}, {"г", "g"},
		{"т", "t"}, {"л", "l"}, {"га", "ha"}, {"миллиметр*", "mm"}, {"сантиметр*", "cm"}, {"метр", "m"},
		{"метра", "m"}, {"метров", "m"}, {"метрах", "m"}, {"километр*", "km"}, {"миль", "mi"}, {"мили", "mi"},
		{"миля", "mi"}, {"футов", "ft"}, {"фута", "ft"}, {"грамм*", "g"}, {"килограмм*", "kg"},
		{"тонн*", "t"}, {"градус* Цельсия", "°C"}, {"градус* по Цельсию", "°C"}, {"градус* по Фаренгейту", "°F"},
		{"градус*", "°"}, {"гектар*", "ha"}, {"литр*", "l"}, {"узл*", "kn"},
	},
	"pl": {
		{"milimetr*", "mm"}, {"centymetr*", "cm"}, {"metrów", "m"}, {"metry", "m"}, {"metra", "m"},
		{"metr", "m"}, {"kilometr*", "km"}, {"mil", "mi"}, {"mile", "mi"}, {"mila", "mi"}, {"stóp", "ft"},
		{"gram*", "g"}, {"kilogram*", "kg"}, {"kilo", "kg"}, {"ton", "t"}, {"tony", "t"}, {"tona", "t"},
		{"stopni Celsjusza", "°C"}, {"stopni Fahrenheita", "°F"}, {"stopni*", "°"}, {"hektar*", "ha"},
		{"litr*", "l"}, {"węzłów", "kn"},
	},
	"cs": {
		{"milimetr*", "mm"}, {"centimetr*", "cm"}, {"metrů", "m"}, {"metry", "m"}, {"metr", "m"},
		{"kilometr*", "km"}, {"mil", "mi"}, {"míle", "mi"}, {"stop", "ft"}, {"gram*", "g"}, {"kilogram*", "kg"},
		{"kilo", "kg"}, {"tun*", "t"}, {"stupňů Celsia", "°C"}, {"stupně Celsia", "°C"}, {"stupňů", "°"},
		{"stupně", "°"}, {"hektar*", "ha"}, {"litr*", "l"}, {"uzlů", "kn"},
	},
	"zh": {
		{"公里", "km"}, {"千米", "km"}, {"厘米", "cm"}, {"毫米", "mm"}, {"英里", "mi"}, {"英尺", "ft"},
		{"英寸", "in"}, {"米", "m"}, {"公斤", "kg"}, {"千克", "kg"}, {"克", "g"}, {"吨", "t"}, {"磅", "lb"},
		{"摄氏度", "°C"}, {"华氏度", "°F"}, {"度", "°"}, {"公顷", "ha"}, {"平方公里", "km²"}, {"平方米", "m²"},
		{"升", "l"}, {"节", "kn"},
	},
	"ja": {
		{"キロメートル", "km"}, {"メートル", "m"}, {"センチ", "cm"}, {"ミリ", "mm"}, {"マイル", "mi"},
		{"フィート", "ft"}, {"インチ", "in"}, {"キログラム", "kg"}, {"グラム", "g"}, {"トン", "t"},
		{"ポンド", "lb"}, {"度", "°"}, {"ヘクタール", "ha"}, {"リットル", "l"}, {"平方キロ", "km²"},
	},
	"ko": {
		{"킬로미터", "km"}, {"미터", "m"}, {"센티미터", "cm"}, {"밀리미터", "mm"}, {"마일", "mi"},
		{"피트", "ft"}, {"킬로그램", "kg"}, {"그램", "g"}, {"톤", "t"}, {"도", "°"}, {"리터", "l"},
	},
	"hi": {
		{"किलोमीटर", "km"}, {"मीटर", "m"}, {"सेंटीमीटर", "cm"}, {"मिलीमीटर", "mm"}, {"मील", "mi"},
		{"फुट", "ft"}, {"फीट", "ft"}, {"किलोग्राम", "kg"}, {"किलो", "kg"}, {"ग्राम", "g"}, {"टन", "t"},
		{"डिग्री सेल्सियस", "°C"}, {"डिग्री", "°"}, {"हेक्टेयर", "ha"}, {"लीटर", "l"},
	},
}
