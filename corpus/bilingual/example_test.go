package bilingual_test

import (
	"fmt"

	"github.com/crossread/crossread/corpus/bilingual"
)

func ExampleLoad() {
	data := []byte(`<xliff version="1.2"><file source-language="en" target-language="de"><body>
<trans-unit id="t1"><source>Read <g id="1">this</g>.</source><target state="translated">Lies <g id="1">das</g>.</target></trans-unit>
</body></file></xliff>`)
	f, err := bilingual.Load("job.xlf", data, bilingual.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	u := f.Target.Units[0]
	fmt.Println(f.Target.Lang, f.Source.Lang, u.ID, u.State, len(u.Codes))
	fmt.Printf("%+q\n", f.Target.ParaText(0))
	// Output:
	// de en t1 translated 2
	// "Lies \ufffcdas\ufffc."
}
