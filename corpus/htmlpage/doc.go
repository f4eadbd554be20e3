// Package htmlpage extracts the article from a saved news page.
//
// A page is read with the tokenizer of golang.org/x/net/html into a light
// tree whose text nodes remember where they sit in the file, so that every
// byte of the extracted text can be traced back to the bytes of the page
// (entities and tags accounted for). Page furniture (navigation, language
// menus, byline boxes, share bars, related-article lists, cookie banners,
// footers, scripts and styles) is dropped by tag, role and class names;
// the article body is the element that scores highest on the paragraph
// text under it, as readability-style extractors score it. The headline,
// standfirst and captions are added when they sit outside that element.
// AMP components that hold no text (ads, menus, share buttons) and boxes
// with a form and little text (newsletter sign-ups) are furniture too.
//
// When the page's JSON-LD articleBody holds more than twice the body
// text the HTML shows (a paywalled or script-rendered page with a teaser),
// the article is taken from the JSON-LD headline, description and
// articleBody instead, with offsets into the JSON string (jsonld.go).
//
// The scoring is crossread's own rather than go-readability's: on the test
// pages readability kept bylines, datelines, share and related lists beside
// the body and took the headline from <title>, and it returns a rewritten
// DOM whose text has no offsets into the page.
package htmlpage
