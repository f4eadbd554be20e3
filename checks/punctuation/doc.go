// Package punctuation defines the punctuation check.
//
// punctuation: sentences run together at an exclamation or question mark
//
// Machine translation of scraped pages, and text pasted from them, runs
// sentences together: "…verwendet wurden!Voraussichtliche Veröffentlichung".
// In a language that spaces its words, an exclamation or question mark
// between a lower-case word of two letters or more and a capitalised word
// is a missing space: a minor finding, with the space as fix. Addresses
// and handles ("Yahoo!Mail" in a URL) are left alone, and so are the
// scripts that write no spaces (Chinese, Japanese, Thai).
package punctuation
