// Package config reads crossread.toml, the file in which a repository
// keeps how crossread checks its translations: languages, rule and
// glossary paths, dictionaries, the gate (fail-on, min-score, MQM
// weights) and, per check, whether it runs and at what severity.
//
// Find looks for the file in a directory and its parents; Load reads it
// strictly: an unknown key or a bad value is an error that names the
// file, the line and the key. Paths in the file are relative to its
// directory. Command-line flags override what the file says.
package config
