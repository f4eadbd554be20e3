package quantity

import "math"

// Measurement units. A quantity records the unit written after it (Unit,
// a canonical symbol such as "km" or "°F"), so that a comparison can tell a
// unit conversion ("15-foot" = "fünf Meter") from a changed value.

// unitInfo gives the dimension of a canonical unit and its size in the
// dimension's base unit (metre, kilogram, m/s, m², litre, watt, joule,
// byte); temperatures are converted separately.
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
	"m²": {"area", 1}, "km²": {"area", 1e6}, "ha": {"area", 1e4}, "acre": {"area", 4046.86}, "a": {"area", 100},
	"mi²": {"area", 2.589988e6}, "ft²": {"area", 0.09290304},
	"ml": {"volume", 0.001}, "l": {"volume", 1}, "gal": {"volume", 3.785411784},
	"°C": {"temperature", 1}, "°F": {"temperature", 1}, "°": {"angle", 1},
	"yd²": {"area", 0.83612736}, "m³": {"volume", 1000}, "bbl": {"volume", 158.987294928},
	"ton": {"mass", 907.18474},
	"W":   {"power", 1}, "kW": {"power", 1e3}, "MW": {"power", 1e6}, "GW": {"power", 1e9}, "hp": {"power", 745.699872},
	"J": {"energy", 1}, "kJ": {"energy", 1e3}, "kWh": {"energy", 3.6e6}, "MWh": {"energy", 3.6e9},
	"GWh": {"energy", 3.6e12}, "TWh": {"energy", 3.6e15}, "kcal": {"energy", 4184},
	"B": {"data", 1}, "kB": {"data", 1e3}, "KB": {"data", 1e3}, "MB": {"data", 1e6}, "GB": {"data", 1e9},
	"TB": {"data", 1e12}, "PB": {"data", 1e15}, "bit": {"data", 0.125}, "kbit": {"data", 125},
	"Mbit": {"data", 125e3}, "Gbit": {"data", 125e6}, "Tbit": {"data", 125e9},
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

// Converted reports whether t is s converted to t's unit, within the
// rounding either side's precision allows or a tenth of the value, as
// translators round converted values freely ("15-foot" as "fünf Meter",
// 95 °F as 35 °C, 31 miles as 50 km).
func Converted(t, s Quantity) bool {
	v, ok := Convert(s.Value, s.Unit, t.Unit)
	if !ok || v == 0 {
		return false
	}
	tol := math.Max(t.Step()/2, 0.1*math.Abs(v))
	if sv, ok := Convert(s.Value+s.Step()/2, s.Unit, t.Unit); ok {
		tol = math.Max(tol, math.Abs(sv-v))
	}
	if t.Unit == "°C" || t.Unit == "°F" {
		tol = math.Max(t.Step()/2, 1.5) // a degree either way
	}
	return math.Abs(t.Value-v) <= tol+1e-9
}

type unitWord struct {
	text string
	unit string // canonical symbol
}
