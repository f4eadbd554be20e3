package htmlpage_test

import (
	"fmt"

	"github.com/crossread/crossread/corpus/htmlpage"
)

func ExampleExtract() {
	page := []byte(`<!DOCTYPE html><html lang="en"><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Rain &amp; wind close the pass</h1>
<div class="share-bar"><a href="#">Share</a></div>
<p>The road over the pass was closed on <b>Monday</b> after 80 mm of rain fell in a day.</p>
</article><footer>© 2026 The Example</footer></body></html>`)
	p, err := htmlpage.Extract(page)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Lang)
	for _, b := range p.Blocks {
		fmt.Printf("%s at byte %d: %s\n", b.Kind, b.Start(), b.Text)
	}
	// Output:
	// en
	// headline at byte 110: Rain & wind close the pass
	// paragraph at byte 200: The road over the pass was closed on Monday after 80 mm of rain fell in a day.
}
