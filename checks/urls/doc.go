// Package urls defines the urls check.
//
// urls: URLs, e-mail addresses, @handles and hashtags changed by translation
//
// Addresses must survive translation byte for byte, yet machine
// translation edits them like prose. The check flags a target address
// that is not in the sources but close to one in the aligned source
// paragraph (a changed letter, a translated slug), and suggests the
// source's. Addresses whose paragraph has no source are still checked
// against the article: a URL slug holding the wrong form of a
// do-not-translate name ("…/lama-4-ai-model/" for Llama) is flagged when
// a source of the article names the product. A hashtag is matched
// without letter case; one rendered as a word of the target language is
// no finding ("#Batteries" for "#Batterien", as professional translators
// write), and another changed one is minor: platforms match hashtags as
// words.
package urls
