// Package corpus holds the document model of crossread and its loaders.
//
// A Document is one article in one language. Its Text is the file's text
// normalised to NFC, with markup that is not prose (Markdown markers, front
// matter, code blocks, a byte-order mark) blanked out. Everything inside the
// program addresses text by byte offsets into Text; Document.Orig maps such
// offsets back to byte offsets into the file as given, and Document.Position
// turns those into a 1-based line and grapheme column for people.
//
// Paragraphs follow the convention of news text: a paragraph is a maximal run
// of non-blank lines. In Markdown, headings, list items and block quotes are
// paragraphs of their own too. An HTML page's Text is the article that
// package htmlpage extracts, its blocks separated by blank lines; the offset
// map takes every byte of it back to the page.
//
// Documents are immutable after loading and safe for concurrent use.
package corpus
