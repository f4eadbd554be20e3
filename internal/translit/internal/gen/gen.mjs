// gen.mjs writes the name tables of package translit and of the entities
// check from npm packages unpacked at dev time; the build never runs it.
//
//   mkdir /tmp/t && cd /tmp/t && npm pack pinyin@4.0.0 cldr-localenames-full@48.2.0 cldr-dates-full@48.2.0
//   for f in *.tgz; do mkdir "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
//   node internal/translit/internal/gen/gen.mjs /tmp/t   # from the repository root
//
// Pinned integrity (npm view NAME@VERSION dist.integrity):
//   pinyin 4.0.0                  sha512-vHpV5K+vpp6XUUpZNGRDuHoN+1xcmieM3EWlH4QjSX2kkpG/gVOwpqwV9EOJ9x9c9UERFKeLml5XVSukE/PLgQ==
//   cldr-localenames-full 48.2.0  sha512-4o0paYDz0UXhfhChAVFkmVl2CP0YTSEqE6WrC0fNafaSC5u5DAXphxH3SZ1Ujczarikr8DToKZfiok6EqWLdNQ==
//   cldr-dates-full 48.2.0        sha512-zMrKvjMO414HDftLr6vKH1fNQHakFNe+F1h4S0eg+zmL4WRi9pI41fxB3UrTJDY42MEM87jCuAw/qlqCgYKcAQ==
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const dir = process.argv[2];
const require = createRequire(import.meta.url);
const pkg = (name) => path.join(dir, name, "package");

// Han characters → toneless pinyin, every reading (重 is zhong and
// chong), grouped by reading: "reading<TAB>characters".
{
  const p = require(path.join(pkg("pinyin-4.0.0"), "lib/cjs/pinyin.js"));
  const py = p.pinyin;
  const byReading = new Map();
  const ranges = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]];
  for (const [lo, hi] of ranges) {
    for (let c = lo; c <= hi; c++) {
      const ch = String.fromCodePoint(c);
      for (const r of new Set(py(ch, { style: 0, heteronym: true })[0])) {
        if (!r || r === ch || !/^[a-zü]+$/.test(r)) continue;
        const k = r.replace("ü", "v");
        byReading.set(k, (byReading.get(k) || "") + ch);
      }
    }
  }
  const lines = [...byReading.keys()].sort().map((k) => k + "\t" + byReading.get(k));
  fs.writeFileSync("internal/translit/data/pinyin.txt.gz", zlib.gzipSync(lines.join("\n") + "\n", { level: 9 }));
}

// Names of territories, languages and cities in the languages the checker
// reads: "id<TAB>lang=form|form<TAB>…", one line a place or language.
{
  // Latin-script languages added later (tr … vi) come last, so that the
  // columns of the first sixteen keep their order.
  const latinLater = ["tr", "ro", "hu", "sv", "da", "nb", "fi", "id", "sk", "sl", "hr", "vi"];
  // Added with their number tables, last again. Not Persian and Urdu,
  // nor Thai, written without spaces.
  const latinLatest = ["ca", "lt", "lv", "et", "ms"];
  const otherLatest = ["el", "bg", "sr", "ka"];
  // Hebrew and Arabic, written without their vowels, where some place
  // names are also common words (הודו India and "they admitted", עזה Gaza
  // and "fierce"): the entities check leaves those out by
  // data/words.txt notplace.he and notplace.ar.
  const unvowelled = ["he", "ar"];
  const locales = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "ru", "uk", "ja", "zh", "zh-Hant", "ko", "hi", ...latinLater, ...latinLatest, ...otherLatest, ...unvowelled];
  const names = new Map(); // id → Map(lang → Set(form))
  const add = (id, lang, form) => {
    if (!form || form.includes("↑")) return;
    if (!names.has(id)) names.set(id, new Map());
    const m = names.get(id);
    if (!m.has(lang)) m.set(lang, new Set());
    m.get(lang).add(form.replace(/\t/g, " "));
  };
  const ln = pkg("cldr-localenames-full-48.2.0");
  const dt = pkg("cldr-dates-full-48.2.0");
  for (const loc of locales) {
    for (const kind of ["territories", "languages"]) {
      const j = require(path.join(ln, "main", loc, kind + ".json")).main[loc].localeDisplayNames[kind];
      for (const [k, v] of Object.entries(j)) {
        const code = k.replace(/-alt-.*/, "");
        add((kind === "territories" ? "T:" : "L:") + code, loc, v);
      }
    }
    const z = require(path.join(dt, "main", loc, "timeZoneNames.json")).main[loc].dates.timeZoneNames.zone;
    const walk = (o, id) => {
      const leaf = Object.entries(o).every(([k, v]) => typeof v !== "object" || k === "long" || k === "short");
      if (leaf) {
        add("C:" + id, loc, o.exemplarCity);
        // English leaves most cities to the zone id ("Europe/Rome").
        add("C:" + id, "en", id.split("/").pop().replace(/_/g, " "));
        return;
      }
      for (const [k, v] of Object.entries(o)) if (typeof v === "object") walk(v, id ? id + "/" + k : k);
    };
    walk(z, "");
  }
  // A locale without a city's name inherits the zone id's spelling.
  for (const [id, m] of names) {
    if (!id.startsWith("C:")) continue;
    for (const loc of ["de", "fr", "es", "it", "pt", "nl", "pl", "cs", ...latinLater, ...latinLatest]) {
      if (!m.has(loc)) m.set(loc, new Set(m.get("en")));
    }
  }
  const lines = [];
  for (const id of [...names.keys()].sort()) {
    const m = names.get(id);
    if (!m.has("en") || m.size < 2) continue;
    const cols = [id];
    for (const loc of locales) if (m.has(loc)) cols.push(loc + "=" + [...m.get(loc)].join("|"));
    lines.push(cols.join("\t"));
  }
  fs.writeFileSync("checks/entities/data/places.tsv", lines.join("\n") + "\n");
}
