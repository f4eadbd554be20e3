package main

// The editor view in a real browser. chromedp drives the system's
// Chromium (Debian's chromium package, which .ci/run installs); without
// one the test skips. `make editor-screenshot` runs it to refresh
// docs/editor.png.

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/seedcase"
	"github.com/crossread/crossread/pipeline"
	"github.com/crossread/crossread/report"
	"golang.org/x/text/language"
)

var screenshotPath = flag.String("screenshot", "", "with TestEditorBrowser, save the sample's screenshot to this `PNG` file")

// findBrowser returns the path of a Chromium-like browser: $CROSSREAD_BROWSER,
// else the first of the usual names on $PATH.
func findBrowser() string {
	if p := os.Getenv("CROSSREAD_BROWSER"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// editorCase is an article to open in the editor view, and the fix to
// accept in it.
type editorCase struct {
	target  string
	sources []string
	accept  [2]string // a fix's change: old → new
	demo    bool      // the page is crossread demo's
}

func TestEditorBrowser(t *testing.T) {
	exe := findBrowser()
	if exe == "" {
		t.Skip("no Chromium found: install Debian's chromium (apt-get install chromium) or set CROSSREAD_BROWSER to run the editor view in a browser")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true),
		chromedp.WindowSize(1280, 1000),
		// No network: every request that is not a file goes nowhere.
		chromedp.Flag("proxy-server", "127.0.0.1:9"),
		chromedp.Flag("proxy-bypass-list", "<-loopback>"),
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND"),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()

	tgt, src := samplePair(t)
	t.Run("sample", func(t *testing.T) {
		// The page comes from crossread demo; the fixes it is compared
		// with, from the same files on disk.
		runEditor(t, actx, editorCase{target: tgt, sources: []string{src}, accept: [2]string{"Zwillinge", "Gemini"}, demo: true}, *screenshotPath)
	})
	t.Run("seed", func(t *testing.T) {
		if _, ok := seedcase.Dir(); !ok {
			t.Skip("../shared/seed not present")
		}
		c := seedcase.Load(t)
		runEditor(t, actx, editorCase{target: c.TargetPath, sources: c.SourcePaths, accept: [2]string{"Lama", "Llama"}}, "")
	})
	t.Run("hostile", func(t *testing.T) {
		runHostile(t, actx)
	})
	t.Run("modes", func(t *testing.T) {
		runModes(t, actx)
	})
}

// runModes opens the sample's page without JavaScript, in dark mode and
// for print.
func runModes(t *testing.T, actx context.Context) {
	r := runArgs("", "demo", "--format", "html")
	file := filepath.Join(t.TempDir(), "demo.html")
	if err := os.WriteFile(file, []byte(r.stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	emulate := func(media string, features ...*emulation.MediaFeature) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media, Features: features})
			return err
		})
	}
	shown := func(ctx context.Context, sel string) bool {
		return eval[bool](t, ctx, `(() => { const e = document.querySelector('`+sel+`'); return !!e && getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0; })()`)
	}

	t.Run("nojs", func(t *testing.T) {
		ctx, watch := openPage(t, actx, file, chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
			return err
		}))
		defer watch.check(t)
		if eval[bool](t, ctx, `document.documentElement.classList.contains('js')`) {
			t.Fatal("the script ran")
		}
		for _, sel := range []string{".controls", "[data-act=accept]", "[data-act=download]"} {
			if shown(ctx, sel) {
				t.Errorf("without JavaScript, %s is shown", sel)
			}
		}
		for _, sel := range []string{".card", ".tgt mark", ".src mark.ev", ".diff ins", ".summary"} {
			if !shown(ctx, sel) {
				t.Errorf("without JavaScript, %s is not shown", sel)
			}
		}
	})
	t.Run("dark", func(t *testing.T) {
		ctx, watch := openPage(t, actx, file, emulate("", &emulation.MediaFeature{Name: "prefers-color-scheme", Value: "dark"}))
		defer watch.check(t)
		bg := eval[string](t, ctx, `getComputedStyle(document.body).backgroundColor`)
		if bg != "rgb(22, 22, 22)" {
			t.Errorf("dark mode: body background %s; want the dark palette's rgb(22, 22, 22)", bg)
		}
	})
	t.Run("print", func(t *testing.T) {
		ctx, watch := openPage(t, actx, file, emulate("print"))
		defer watch.check(t)
		for _, sel := range []string{".controls", "button"} {
			if shown(ctx, sel) {
				t.Errorf("in print, %s is shown", sel)
			}
		}
		if !shown(ctx, ".card") || !shown(ctx, ".diff") {
			t.Error("in print, the cards or the corrected text are not shown")
		}
	})
}

// pageWatch records what a page must not do: requests other than to its
// own file, dialogs, script errors and console errors (a blocked inline
// script shows up there).
type pageWatch struct {
	mu       sync.Mutex
	problems []string
}

func (w *pageWatch) add(format string, args ...any) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.problems = append(w.problems, fmt.Sprintf(format, args...))
}

func (w *pageWatch) check(t *testing.T) {
	t.Helper()
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, p := range w.problems {
		t.Error(p)
	}
}

// openPage opens the HTML file in a new tab of the browser and watches it.
// setup runs before the page loads.
func openPage(t *testing.T, actx context.Context, file string, setup ...chromedp.Action[chromedp.Void]) (context.Context, *pageWatch) {
	t.Helper()
	w := &pageWatch{}
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithListener(func(ev any) {
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			if u := e.Request.URL; !strings.HasPrefix(u, "file:") && !strings.HasPrefix(u, "blob:") && !strings.HasPrefix(u, "data:") {
				w.add("the page requested %s", u)
			}
		case *page.EventJavascriptDialogOpening:
			w.add("the page opened a dialog: %q", e.Message)
		}
	}))
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil { // starts the tab
		t.Fatal(err)
	}
	go func() {
		for m, err := range chromedp.Console(ctx) {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
				w.add("console %s: %s", m.Type, m.Text)
			}
		}
	}()
	tctx, tcancel := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(tcancel)
	u := url.URL{Scheme: "file", Path: file}
	if err := chromedp.Do(tctx, append(setup, chromedp.Navigate(u.String()), chromedp.WaitReady(chromedp.CSS("body")))...); err != nil {
		t.Fatal(err)
	}
	return tctx, w
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// fixWith returns the target file with the fixes choose picks applied, as
// crossread fix applies them.
func fixWith(t *testing.T, c editorCase, choose report.Choice) string {
	t.Helper()
	load := func(p, lang string) *corpus.Document {
		d, err := corpus.LoadFile(p, corpus.Options{Lang: language.MustParse(lang)})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	var srcs []*corpus.Document
	for _, s := range c.sources {
		srcs = append(srcs, load(s, "en"))
	}
	tdoc := load(c.target, "de")
	res, err := pipeline.Run(context.Background(), tdoc, srcs, pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	fs, _ := report.Findings(res.Alignment, res.Findings)
	applied, _ := report.SelectFixes(fs, choose)
	return report.ApplyFixes(tdoc.Orig, fs, applied)
}

func langArgs(c editorCase, cmd string) []string {
	args := []string{cmd, "--target-lang", "de", "--source-lang", "en"}
	for _, s := range c.sources {
		args = append(args, "-s", s)
	}
	return args
}

func runEditor(t *testing.T, actx context.Context, c editorCase, shot string) {
	dir := t.TempDir()
	htmlFile := filepath.Join(dir, "report.html")
	start := time.Now()
	args := append(langArgs(c, "check"), "--format", "html", "-o", htmlFile, c.target)
	if c.demo {
		args = []string{"demo", "--format", "html"}
	}
	r := runArgs("", args...)
	if r.code != ExitOK && r.code != ExitFindings {
		t.Fatalf("%s: exit %d, %s", args[0], r.code, r.stderr)
	}
	if c.demo {
		if err := os.WriteFile(htmlFile, []byte(r.stdout), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fi, err := os.Stat(htmlFile)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("report: %d bytes, written in %v", fi.Size(), time.Since(start).Round(time.Millisecond))
	js := runArgs("", append(langArgs(c, "check"), "--format", "json", c.target)...)
	var rep report.Report
	if err := json.Unmarshal([]byte(js.stdout), &rep); err != nil {
		t.Fatal(err)
	}

	start = time.Now()
	ctx, watch := openPage(t, actx, htmlFile)
	defer watch.check(t)
	timing := eval[[]float64](t, ctx, `(() => { const n = performance.getEntriesByType('navigation')[0]; return [n.domContentLoadedEventEnd, n.loadEventEnd]; })()`)
	t.Logf("page opened in %v; in the page, DOMContentLoaded after %.0f ms, load after %.0f ms", time.Since(start).Round(time.Millisecond), timing[0], timing[1])
	if !eval[bool](t, ctx, `document.documentElement.classList.contains('js')`) {
		t.Fatal("the editor's script did not run")
	}

	// Every finding has a card and a highlight in the target.
	type cover struct {
		Cards   int
		Missing []string
	}
	cv := eval[cover](t, ctx, `(() => {
		const a = document.querySelector('article'), cards = [...a.querySelectorAll('.card')];
		return {cards: cards.length, missing: cards.filter(c => !a.querySelector('.tgt mark[data-f~="' + c.dataset.f + '"]')).map(c => c.dataset.f)};
	})()`)
	if cv.Cards != len(rep.Findings) || len(cv.Missing) > 0 {
		t.Errorf("%d cards for %d findings; without a highlight: %v", cv.Cards, len(rep.Findings), cv.Missing)
	}

	// j steps from finding to finding, k back.
	current := func() string {
		return eval[string](t, ctx, `(() => { const c = document.querySelector('.card.current'); return c ? c.dataset.f : ''; })()`)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent("j")); err != nil {
		t.Fatal(err)
	}
	if got := current(); got != "1" {
		t.Errorf("after j: finding %q current; want 1", got)
	}
	if !eval[bool](t, ctx, `!!document.querySelector('.tgt mark.current[data-f~="1"]')`) {
		t.Error("after j: the first finding's highlight is not marked current")
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent("j"), chromedp.KeyEvent("j"), chromedp.KeyEvent("k")); err != nil {
		t.Fatal(err)
	}
	if got := current(); got != "2" {
		t.Errorf("after j j j k: finding %q current; want 2", got)
	}

	// The filters and the fixes by check are folded away at first.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".filters summary"))); err != nil {
		t.Fatal(err)
	}

	// The page starts with every fix accepted: crossread fix's text.
	all := runArgs("", append(langArgs(c, "fix"), c.target)...)
	if got := eval[string](t, ctx, `crossreadCorrected(1)`); got != all.stdout {
		t.Errorf("initial corrected text differs from crossread fix:\n%s", firstDiff(got, all.stdout))
	}

	// Reject all, accept one old → new fix: the same as choosing that fix alone.
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.querySelectorAll('[data-act=reject-all]').forEach(b => b.click())`)); err != nil {
		t.Fatal(err)
	}
	id := eval[string](t, ctx, fmt.Sprintf(`(() => {
		for (const c of document.querySelectorAll('.card')) for (const g of c.querySelectorAll('.chg'))
			if (g.querySelector('del').textContent === %q && g.querySelector('ins').textContent === %q) return c.id;
		return '';
	})()`, c.accept[0], c.accept[1]))
	if id == "" {
		t.Fatalf("no %s → %s fix on the page", c.accept[0], c.accept[1])
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#"+id+" [data-act=accept]"))); err != nil {
		t.Fatal(err)
	}
	var n int
	fmt.Sscanf(id[strings.LastIndex(id, "-f")+2:], "%d", &n)
	want := fixWith(t, c, func(i int, f report.Finding) int {
		if i == n-1 {
			return 0
		}
		return -1
	})
	got := eval[string](t, ctx, `crossreadCorrected(1)`)
	if got != want {
		t.Errorf("corrected text after accepting %s → %s differs from crossread fix's:\n%s", c.accept[0], c.accept[1], firstDiff(got, want))
	}
	if !strings.Contains(eval[string](t, ctx, `document.querySelector('[data-role=diff]').innerHTML`), "<del>"+c.accept[0]+"</del><ins>"+c.accept[1]+"</ins>") {
		t.Errorf("the corrected view does not show %s → %s as a word change", c.accept[0], c.accept[1])
	}
	if dl := download(t, ctx, dir); dl != want {
		t.Errorf("downloaded text differs from crossread fix's:\n%s", firstDiff(dl, want))
	}

	// Accept all of one check: crossread fix --only that check.
	check := eval[string](t, ctx, `document.getElementById(`+jsString(id)+`).dataset.check`)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`[data-act=accept-all][data-check="`+check+`"]`))); err != nil {
		t.Fatal(err)
	}
	only := runArgs("", append(langArgs(c, "fix"), "--only", check, c.target)...)
	if got := eval[string](t, ctx, `crossreadCorrected(1)`); got != only.stdout {
		t.Errorf("after accepting all %s fixes, the corrected text differs from crossread fix --only %s:\n%s", check, check, firstDiff(got, only.stdout))
	}

	// The filters hide what they exclude.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`input[data-filter=check][value="`+check+`"]`))); err != nil {
		t.Fatal(err)
	}
	if v := eval[int](t, ctx, `[...document.querySelectorAll('.card[data-check="`+check+`"]')].filter(c => c.offsetParent !== null).length`); v != 0 {
		t.Errorf("%d %s cards still shown after unticking the check", v, check)
	}

	if shot != "" {
		saveScreenshot(t, ctx, shot)
	}
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// download clicks the download button and returns the downloaded file.
func download(t *testing.T, ctx context.Context, dir string) string {
	t.Helper()
	dl := filepath.Join(dir, "download")
	progress := chromedp.Events(ctx, browser.DownloadProgress)
	if err := chromedp.Do(ctx,
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
				Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dl, EventsEnabled: ptr(true),
			})
			return err
		}),
		chromedp.Click(chromedp.CSS("[data-act=download]")),
	); err != nil {
		t.Fatal(err)
	}
	for ev, err := range progress {
		if err != nil {
			t.Fatalf("download: %v", err)
		}
		switch ev.State {
		case browser.DownloadProgressStateCompleted:
			b, err := os.ReadFile(filepath.Join(dl, ev.GUID))
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		case browser.DownloadProgressStateCanceled:
			t.Fatal("download canceled")
		}
	}
	t.Fatal("no download")
	return ""
}

func ptr[T any](v T) *T { return &v }

func saveScreenshot(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`(() => {
		document.querySelectorAll('.filters').forEach(d => d.open = true);
		document.querySelectorAll('[data-filter]').forEach(cb => { if (!cb.checked) cb.click(); });
		document.querySelectorAll('[data-act=accept-all]').forEach(b => b.click());
		window.scrollTo(0, 0);
		document.dispatchEvent(new KeyboardEvent('keydown', {key: 'j'}));
		window.scrollTo(0, 0);
	})()`)); err != nil {
		t.Fatal(err)
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot saved to %s", path)
}

// firstDiff shows where two texts part.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-40)
	return fmt.Sprintf("at byte %d: got …%q…; want …%q…", i, a[lo:min(len(a), i+40)], b[lo:min(len(b), i+40)])
}

// runHostile opens the editor view of an article written to attack it.
func runHostile(t *testing.T, actx context.Context) {
	giant := strings.Repeat("Donaudampfschifffahrt", 500)
	dir := files(t, map[string]string{
		"t.de.txt": `Meta gab <script>window.pwned=1</script> im zweiten Quartal 8,5 Billionen US-Dollar <img src=x onerror="window.pwned=2"> für Rechenzentren aus. </textarea><script>window.pwned=3</script>` + "\n\n" +
			`Das Unternehmen <a href="javascript:window.pwned=4">will</a> im nächsten Jahr ` + "\u202Enoch mehr\u202C" + ` Geld für Server ausgeben. ` + giant + "\n",
		"s.en.txt": `Meta spent <script>window.pwned=5</script> $8.5 billion on data centers in the second quarter.` + "\n\n" +
			`The company plans to spend even more on servers next year. ` + giant + "\n",
	})
	c := editorCase{target: filepath.Join(dir, "t.de.txt"), sources: []string{filepath.Join(dir, "s.en.txt")}}
	htmlFile := filepath.Join(dir, "report.html")
	r := runArgs("", append(langArgs(c, "check"), "--format", "html", "-o", htmlFile, c.target)...)
	if r.code != ExitOK && r.code != ExitFindings {
		t.Fatalf("check --format html: exit %d, %s", r.code, r.stderr)
	}
	ctx, watch := openPage(t, actx, htmlFile)
	defer watch.check(t)
	if p := eval[any](t, ctx, `window.pwned === undefined ? null : window.pwned`); p != nil {
		t.Errorf("script from the article ran: window.pwned = %v", p)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('img, a, iframe, textarea').length`); n != 1 {
		t.Errorf("%d img, a, iframe or textarea elements; want only the page's textarea", n)
	}
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth - window.innerWidth`); w > 0 {
		t.Errorf("the page is %d px wider than the window: a long word breaks the layout", w)
	}
	if !eval[bool](t, ctx, `document.querySelector('.tgt').textContent.includes('<script>window.pwned=1</script>')`) {
		t.Error("the article's script tag is not shown as text")
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent("j"), chromedp.Evaluate[chromedp.Void](`document.querySelectorAll('[data-act=reject-all]').forEach(b => b.click())`)); err != nil {
		t.Fatal(err)
	}
	if got := eval[string](t, ctx, `crossreadCorrected(1)`); got != readFile(t, c.target) {
		t.Error("with every fix rejected, the corrected text is not the target file")
	}
}
