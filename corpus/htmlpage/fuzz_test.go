package htmlpage

import "testing"

// FuzzExtract parses arbitrary pages: nothing may panic, and the pieces
// of every block must cover its text in page order, exact ones copying
// the page's bytes.
func FuzzExtract(f *testing.F) {
	f.Add([]byte(`<!DOCTYPE html><html lang="en"><h1>T&amp;C</h1><p class="lead">L</p><article><p>One, two.</p><ul><li>a<li>b</ul></article><nav>n</nav>`))
	f.Add([]byte("<p>x<br/>y &#x1F600; &ampz &#;</p><!-- open"))
	f.Add([]byte("<div><p>a<div>b</p></div><table><td>c<tr><th>d</table><blockquote>q</blockquote>"))
	f.Add([]byte("<script>var p = '<p>not text</p>';</script><style>p{}</style><textarea><p></textarea>x"))
	f.Add([]byte(`<script type="application/ld+json">[{"headline":"H","articleBody":"a long body\n\nb \u00e9\ud83d\ude00 \"x\" &amp; \ud800"},{"articleBody":1}]</script><p>t</p>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Extract(data)
		if err != nil {
			return
		}
		checkPieces(t, data, p)
	})
}
