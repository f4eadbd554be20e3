#!/bin/sh
# Regenerates ../sino_table.go, ../japan_table.go and ../canto_table.go,
# the Korean, Vietnamese, Japanese and Cantonese readings of Han
# characters, from
# Unihan_Readings.txt of Unicode 15.0 as Debian's unicode-data 15.0.0-1
# packs it, with the Sino-Vietnamese readings of vi-readings.tsv that it
# lacks (and Unihan_Variants.txt, whose traditional forms lend their
# readings to simplified characters that have none), pinned by version and SHA-256 (needs
# apt-get, dpkg-deb and Go). Unihan: Unicode License v3.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
apt-get download unicode-data=15.0.0-1 >/dev/null 2>&1
sha256sum -c - <<SUMS
5efef23bbb1c6a133ecbdd63a2cfa07159ccacf5466a49e2426101c5ecd691fc  unicode-data_15.0.0-1_all.deb
SUMS
dpkg-deb -x unicode-data_15.0.0-1_all.deb x
cd "$here/../../.."
go run ./internal/translit/internal/sinogen -readings "$tmp/x/usr/share/unicode/Unihan_Readings.txt.bz2" \
	-variants "$tmp/x/usr/share/unicode/Unihan_Variants.txt.bz2" \
	-vietnamese "$here/vi-readings.tsv" -o "$here/../sino_table.go"
