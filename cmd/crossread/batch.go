package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/bounded"
	"github.com/crossread/crossread/pipeline"
	"github.com/crossread/crossread/report"
	"github.com/urfave/cli/v2"
	"golang.org/x/text/language"
)

func batchCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:      "batch",
		Usage:     "check many article pairs given as JSON Lines",
		ArgsUsage: "[FILE|-]",
		UsageText: `crossread batch [--workers N] [--fail-on SEVERITY] [--format jsonl|text|json] [FILE|-]

Each input line is one record (batch reads JSONL only; check, fix and align
read XLIFF and TMX files):
   {"id": "a1", "source": "English text", "target": "Deutscher Text", "source_lang": "en", "target_lang": "de"}
with "sources": ["...", "..."] instead of "source" for several sources; the
languages are detected when missing. Each output line is
   {"id": "a1", "findings": [...], "summary": {...}}
in input order, with findings as in --format json and offsets into that
record's target. A bad record yields {"line": N, "id": ..., "error": "..."}
in its place and the batch goes on; when no record could be checked, the
batch exits 2. --format text or json writes each record's report in that
format instead, one after another. SIGINT stops the batch after a whole
output line, with exit 130.

Examples:
   crossread batch records.jsonl > results.jsonl
   crossread batch --workers 2 --fail-on critical - < records.jsonl`,
		Flags: append([]cli.Flag{
			&cli.IntFlag{Name: "workers", Usage: "check `N` records at a time (default: the number of CPUs; at most 4 per CPU)"},
			&cli.StringFlag{Name: "shard", Usage: "check only the records whose line number mod n is i (`i/n`), to spread a batch over machines"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bar on a terminal"},
			maxBytesFlag,
			failOnFlag,
			&cli.StringFlag{Name: "format", Value: "jsonl", Usage: "output `FORMAT`: jsonl (a line per record), text or json (a report per record)"},
			configFlag,
		}, append(scoreFlags, checkFlags(true)...)...),
		Action: func(c *cli.Context) error { return e.batch(c) },
	})
}

// batchRecord is one input line.
type batchRecord struct {
	ID         json.RawMessage `json:"id"`
	Source     *string         `json:"source"`
	Sources    []string        `json:"sources"`
	Target     *string         `json:"target"`
	SourceLang string          `json:"source_lang"`
	TargetLang string          `json:"target_lang"`
}

// batchResult is the output line of a record that was checked.
type batchResult struct {
	ID       json.RawMessage  `json:"id"`
	Findings []report.Finding `json:"findings"`
	Summary  report.Summary   `json:"summary"`
}

// batchError is the output line of a record that could not be checked.
type batchError struct {
	Line  int             `json:"line"`
	ID    json.RawMessage `json:"id,omitempty"`
	Error string          `json:"error"`
}

type batchJob struct {
	line int
	data []byte
	cfg  *batchConfig
}

// streamFormats are the report formats whose reports of many records
// may follow one another; the others (SARIF, JUnit, GitLab) are one
// document per run, which batch does not yet assemble.
var streamFormats = []string{"jsonl", "text", "json", "github"}

// batchFormat rejects a --format batch cannot write.
func batchFormat(format string) error {
	if !slices.Contains(streamFormats, format) {
		return usagef("batch --format %s: want one of %s", format, strings.Join(streamFormats, ", "))
	}
	return nil
}

// batchConfig is what every record of a batch is checked and reported with.
type batchConfig struct {
	pipeline pipeline.Config
	format   string // jsonl, or a report format
	gate     checks.Gate
	maxBytes int64 // the longest record line
	shard    shard
	results  *bounded.Map[string, *recordResult] // see newResults; nil to check every record
	// prepared holds the language pairs whose tables are loading, as
	// "target source…": the first record of a pair starts them loading
	// on every core (pipeline.Prepare), where its check alone would load
	// them one by one while the other workers wait for them.
	prepared *sync.Map
}

// prepare starts loading the tables of the languages of tgt and srcs
// unless a record of the same languages did.
func (c batchConfig) prepare(tgt *corpus.Document, srcs []*corpus.Document) {
	if c.prepared == nil {
		return
	}
	key := tgt.Lang.String()
	langs := make([]language.Tag, len(srcs))
	for i, s := range srcs {
		langs[i] = s.Lang
		key += " " + s.Lang.String()
	}
	if _, loading := c.prepared.LoadOrStore(key, true); !loading {
		pipeline.Prepare(c.pipeline, tgt.Lang, langs)
	}
}

// shard is the part of the records a --shard run checks: those whose
// line number mod of is at.
type shard struct{ at, of int }

// takes reports whether line belongs to the shard.
func (s shard) takes(line int) bool { return s.of == 0 || line%s.of == s.at }

// parseShard parses --shard i/n.
func parseShard(v string) (shard, error) {
	if v == "" {
		return shard{}, nil
	}
	var s shard
	if _, err := fmt.Sscanf(v, "%d/%d", &s.at, &s.of); err != nil || s.of < 1 || s.at < 0 || s.at >= s.of || fmt.Sprintf("%d/%d", s.at, s.of) != v {
		return s, usagef("--shard %s: want i/n with 0 ≤ i < n, such as 0/4", v)
	}
	return s, nil
}

type batchOut struct {
	data     []byte // the output line
	bad      bool   // the record could not be checked
	internal error  // ... because of a bug in crossread
	failed   bool   // a finding reaches --fail-on
}

func (e *env) batch(c *cli.Context) error {
	if c.NArg() > 1 {
		return usagef("batch: want at most one FILE, got %d arguments", c.NArg())
	}
	workers, err := e.workers(c.Int("workers"))
	if err != nil {
		return err
	}
	maxBytes, err := parseSize(c.String("max-bytes"))
	if err != nil {
		return err
	}
	file, err := applyConfig(c)
	if err != nil {
		return err
	}
	g, err := gateFlags(c)
	if err != nil {
		return err
	}
	in := e.stdin
	if path := c.Args().First(); path != "" && path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return usagef("batch: %v", err)
		}
		defer f.Close()
		in = f
	}
	cfg, err := configFor(c)
	if err != nil {
		return err
	}
	cfg = withFile(cfg, file)
	format := c.String("format")
	if err := batchFormat(format); err != nil {
		return err
	}
	ctx, cancel := e.interrupt()
	defer cancel()
	sh, err := parseShard(c.String("shard"))
	if err != nil {
		return err
	}
	bc := &batchConfig{pipeline: cfg, format: format, gate: g, maxBytes: maxBytes, shard: sh, results: newResults(), prepared: new(sync.Map)}
	return e.runBatch(ctx, in, workers, bc, e.progress(c.Bool("quiet")))
}

// runBatch checks the records of in on workers goroutines and writes their
// results in input order. At most a window of records is in flight, being
// checked or waiting for an earlier one, so memory stays bounded however
// long the input. When ctx ends (SIGINT), it stops after the last whole
// output line.
func (e *env) runBatch(ctx context.Context, in io.Reader, workers int, cfg *batchConfig, bar *progress) error {
	slots := make(chan struct{}, 4*workers)
	stop := make(chan struct{})
	defer close(stop)
	chunks, readErr := readRecords(in, cfg, slots, stop)
	results := checkRecords(chunks, workers, cap(slots), stop)
	t, err := e.writeInOrder(ctx, results, slots, bar)
	if bar != nil {
		bar.Finish()
	}
	switch {
	case err != nil:
		return err
	case *readErr != nil:
		return usagef("batch: reading input: %v", *readErr)
	case t.internal != nil:
		return t.internal
	case t.records > 0 && t.bad == t.records:
		return usagef("batch: none of the %d records could be checked; see their error lines", t.records)
	case t.bad > 0:
		fmt.Fprintf(e.stderr, "crossread: batch: %d of %d records could not be checked; see their error lines\n", t.bad, t.records)
	}
	if t.fail {
		return errFindings
	}
	return nil
}

// chunkRecords and chunkBytes bound the records a worker takes at once.
// Handing records over one by one woke a goroutine per record, which cost
// more than checking a short one; the byte bound keeps the records in
// flight within memory when they are long.
const (
	chunkRecords = 32
	chunkBytes   = 1 << 20
)

// batchChunk is a run of consecutive records, checked by one worker.
type batchChunk struct {
	seq  int
	jobs []batchJob
}

// chunkOut is what the worker made of a chunk, in its order.
type chunkOut struct {
	seq  int
	outs []batchOut
}

// readRecords sends the non-blank lines of in as jobs, in chunks, each
// once a slot is free, until the input ends, fails (the error is set when
// the channel closes) or stop closes. A chunk goes as soon as no more input
// is at hand, so that records piped in one by one are not held back.
func readRecords(in io.Reader, cfg *batchConfig, slots chan<- struct{}, stop <-chan struct{}) (<-chan batchChunk, *error) {
	chunks := make(chan batchChunk)
	readErr := new(error)
	go func() {
		defer close(chunks)
		// bufio.Reader, not Scanner: a record may be as long as
		// --max-bytes.
		br := bufio.NewReaderSize(in, 64<<10)
		var c batchChunk
		size := 0
		send := func() bool {
			if len(c.jobs) == 0 {
				return true
			}
			select {
			case slots <- struct{}{}:
			case <-stop:
				return false
			}
			select {
			case chunks <- c:
				c, size = batchChunk{seq: c.seq + 1}, 0
				return true
			case <-stop:
				return false
			}
		}
		for line := 1; ; line++ {
			data, err := readLine(br, cfg.maxBytes)
			if errors.Is(err, errLineTooLong) {
				*readErr = fmt.Errorf("line %d is longer than --max-bytes %s", line, maxBytesOf(cfg.maxBytes))
				send()
				return
			}
			if line == 1 {
				data = bytes.TrimPrefix(data, []byte("\uFEFF"))
				if kind := corpus.Sniff(data); kind != "" {
					*readErr = fmt.Errorf("%s, not JSON Lines", kind)
					return
				}
			}
			if len(bytes.TrimSpace(data)) > 0 && cfg.shard.takes(line) {
				c.jobs = append(c.jobs, batchJob{line: line, data: data, cfg: cfg})
				size += len(data)
			}
			if err != nil {
				if err != io.EOF {
					*readErr = err
				}
				send()
				return
			}
			full := len(c.jobs) == chunkRecords || size >= chunkBytes
			if (full || br.Buffered() == 0) && !send() {
				return
			}
		}
	}()
	return chunks, readErr
}

// checkRecords checks the chunks on workers goroutines; the results
// channel, with room for window chunks, closes when they are done or stop
// closes.
func checkRecords(chunks <-chan batchChunk, workers, window int, stop <-chan struct{}) <-chan chunkOut {
	results := make(chan chunkOut, window)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range chunks {
				out := chunkOut{seq: c.seq, outs: make([]batchOut, len(c.jobs))}
				for i, j := range c.jobs {
					out.outs[i] = checkRecord(j)
				}
				select {
				case results <- out:
				case <-stop:
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	return results
}

// batchTally counts what a batch wrote.
type batchTally struct {
	records, bad int
	internal     error // the first record that failed by a bug
	fail         bool  // a finding reaches --fail-on
}

// writeInOrder writes the results in input order as they come and frees
// a slot for each chunk. It returns early, having written whole lines
// only, when ctx ends or a write fails.
func (e *env) writeInOrder(ctx context.Context, results <-chan chunkOut, slots <-chan struct{}, bar *progress) (batchTally, error) {
	var t batchTally
	pending := map[int]chunkOut{}
	for next := 0; ; {
		select {
		case <-ctx.Done():
			return t, errInterrupted
		case r, ok := <-results:
			if !ok {
				return t, nil
			}
			pending[r.seq] = r
		}
		for c, ok := pending[next]; ok; c, ok = pending[next] {
			if ctx.Err() != nil {
				return t, errInterrupted
			}
			delete(pending, next)
			next++
			<-slots
			if err := e.writeChunk(c, &t, bar); err != nil {
				return t, err
			}
		}
	}
}

// writeChunk writes the output lines of a chunk, with one write (a write
// a record was a tenth of the system time), and counts them in t.
func (e *env) writeChunk(c chunkOut, t *batchTally, bar *progress) error {
	n := 0
	for _, p := range c.outs {
		n += len(p.data)
	}
	buf := make([]byte, 0, n)
	for _, p := range c.outs {
		buf = append(buf, p.data...)
		t.records++
		if p.bad {
			t.bad++
		}
		if p.internal != nil && t.internal == nil {
			t.internal = p.internal
		}
		t.fail = t.fail || p.failed
	}
	if _, err := e.stdout.Write(buf); err != nil {
		return fmt.Errorf("batch: writing output: %w", err)
	}
	if bar != nil {
		bar.Add(len(c.outs))
	}
	return nil
}

// checkRecord checks one record and renders its output line. It never
// panics: a panic is a bug, reported on the record's line and as exit 3.
func checkRecord(j batchJob) (o batchOut) {
	var id json.RawMessage
	defer func() {
		if r := recover(); r != nil {
			err := recovered(r)
			o = recordError(j, id, err)
			o.internal = err
		}
	}()
	rec, err := parseRecord(j.data)
	id = rec.ID
	allowHeapFor(len(j.data))
	if err != nil {
		return recordError(j, id, err)
	}
	key, memo := resultKeyOf(&rec), j.cfg.format == "jsonl" && j.cfg.results != nil
	if memo {
		if r, ok := j.cfg.results.Get(key); ok {
			return r.line(j, id)
		}
	}
	tgt, srcs, err := loadRecord(&rec)
	if err != nil {
		return recordError(j, id, err)
	}
	j.cfg.prepare(tgt, srcs)
	res, err := runPipeline(tgt, srcs, j.cfg.pipeline)
	if err != nil {
		o = recordError(j, id, err)
		var ie *internalError
		if errors.As(err, &ie) {
			o.internal = err
		}
		return o
	}
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	if !memo {
		return renderRecord(j, id, res)
	}
	fs, sum := report.Findings(res.Alignment, res.Findings)
	score := checks.ScoreOf(res.Findings, res.Alignment.Target.Words(), j.cfg.gate.Weights)
	sum.MQM = &score
	r := &recordResult{findings: fs, summary: sum, failed: j.cfg.gate.Fails(res.Findings, res.Alignment.Target.Words())}
	j.cfg.results.Put(key, r)
	return r.line(j, id)
}

// recordResult is what checking a record gave, but for its id.
type recordResult struct {
	findings []report.Finding
	summary  report.Summary
	failed   bool
}

// line renders r as the output line of the record with id.
func (r *recordResult) line(j batchJob, id json.RawMessage) batchOut {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	data, err := encodeLine(batchResult{ID: id, Findings: r.findings, Summary: r.summary})
	if err != nil {
		return recordError(j, nil, err)
	}
	return batchOut{data: data, failed: r.failed}
}

// newResults returns a run's memo of the results of the records checked
// lately, by what they ask (resultKeyOf): a segment file repeats segments
// (a byline, a boilerplate line, the same sentence from several
// systems), and checking is deterministic, so a repeated record is
// answered without checking it again. The results are read only.
func newResults() *bounded.Map[string, *recordResult] {
	return bounded.New[string, *recordResult](4096)
}

// resultKeyOf returns what the result of rec depends on, within one run
// (whose configuration is fixed): its texts, their field names and
// languages. Each part is preceded by its length, so no two records
// share a key.
func resultKeyOf(rec *batchRecord) string {
	var b strings.Builder
	part := func(s string) {
		b.WriteString(strconv.Itoa(len(s)))
		b.WriteByte(':')
		b.WriteString(s)
	}
	part(rec.SourceLang)
	part(rec.TargetLang)
	if rec.Target != nil {
		b.WriteByte('t')
		part(*rec.Target)
	}
	if rec.Source != nil {
		b.WriteByte('s')
		part(*rec.Source)
	}
	for _, s := range rec.Sources {
		b.WriteByte('S')
		part(s)
	}
	return b.String()
}

// parseRecord decodes one input line. Its errors say what is wrong in
// words, and the record's id is kept whenever the line has one.
func parseRecord(data []byte) (batchRecord, error) {
	var rec batchRecord
	data = bytes.TrimRight(data, "\r\n")
	if t := bytes.TrimSpace(data); len(t) == 0 || t[0] != '{' {
		return rec, errors.New("malformed record: not a JSON object")
	}
	err := json.Unmarshal(data, &rec)
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return batchRecord{}, fmt.Errorf("malformed record: %v (byte %d)", se, se.Offset)
	case errors.As(err, &te):
		return rec, typeError(te)
	case err != nil:
		return rec, fmt.Errorf("malformed record: %v", err)
	}
	// encoding/json turns invalid UTF-8 in strings into U+FFFD silently.
	if off := corpus.InvalidUTF8At(data); off >= 0 {
		return rec, fmt.Errorf("not valid UTF-8 (byte %d of the line)", off)
	}
	return rec, nil
}

// typeError says in words which field of a record has the wrong type.
func typeError(te *json.UnmarshalTypeError) error {
	got := te.Value
	if got == "bool" {
		got = "boolean"
	}
	rt := reflect.TypeFor[batchRecord]()
	for i := range rt.NumField() {
		f := rt.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == te.Field && f.Type.Kind() == reflect.Slice && f.Type.Elem() == te.Type {
			return fmt.Errorf("each item of %q must be %s, not %s", te.Field, jsonKind(te.Type), article(got))
		}
	}
	return fmt.Errorf("%q must be %s, not %s", te.Field, jsonKind(te.Type), article(got))
}

// jsonKind names what a field of type t holds in words.
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Slice:
		return "an array of " + strings.TrimPrefix(jsonKind(t.Elem()), "a ") + "s"
	case reflect.Pointer:
		return jsonKind(t.Elem())
	}
	return "a " + t.String()
}

// article puts "a" or "an" before a JSON kind such as "number" or "object".
func article(kind string) string {
	if kind != "" && strings.ContainsAny(kind[:1], "aeiou") {
		return "an " + kind
	}
	return "a " + kind
}

// renderRecord writes a record's report in a report format, after a line
// that names the record.
func renderRecord(j batchJob, id json.RawMessage, res *pipeline.Result) batchOut {
	var buf bytes.Buffer
	if j.cfg.format == "text" {
		fmt.Fprintf(&buf, "record %s (line %d)\n", id, j.line)
	}
	r, err := report.New(j.cfg.format, &buf, report.Options{Checks: res.Checks, Weights: &j.cfg.gate.Weights})
	if err == nil {
		err = r.Report(res.Alignment, res.Findings)
	}
	if err == nil {
		err = r.Close()
	}
	if err != nil {
		return recordError(j, id, err)
	}
	return batchOut{data: buf.Bytes(), failed: j.cfg.gate.Fails(res.Findings, res.Alignment.Target.Words())}
}

func loadRecord(rec *batchRecord) (*corpus.Document, []*corpus.Document, error) {
	if rec.Target == nil {
		return nil, nil, errors.New(`record has no "target"`)
	}
	var names, texts []string
	switch {
	case rec.Source != nil && rec.Sources != nil:
		return nil, nil, errors.New(`record has both "source" and "sources"; give one`)
	case rec.Source != nil:
		names, texts = []string{"source"}, []string{*rec.Source}
	case len(rec.Sources) > 0:
		for i, s := range rec.Sources {
			names = append(names, fmt.Sprintf("sources[%d]", i))
			texts = append(texts, s)
		}
	default:
		return nil, nil, errors.New(`record has no "source" or "sources"`)
	}
	tlang, err := parseLang("target_lang", rec.TargetLang)
	if err != nil {
		return nil, nil, err
	}
	slang, err := parseLang("source_lang", rec.SourceLang)
	if err != nil {
		return nil, nil, err
	}
	load := func(name, text string, tag language.Tag, field string) (*corpus.Document, error) {
		d, err := corpus.Load(name, []byte(text), corpus.Options{Lang: tag, Format: corpus.FormatText})
		if err != nil {
			return nil, err
		}
		if d.Lang == language.Und && len(d.Paragraphs) > 0 {
			return nil, fmt.Errorf("cannot detect the language of %s; give %s", name, field)
		}
		return d, nil
	}
	tgt, err := load("target", *rec.Target, tlang, "target_lang")
	if err != nil {
		return nil, nil, err
	}
	srcs := make([]*corpus.Document, len(texts))
	for i := range texts {
		key := sourceKey{names[i], slang, texts[i]}
		if d, ok := sourceDocs.Get(key); ok {
			srcs[i] = d
			continue
		}
		if srcs[i], err = load(names[i], texts[i], slang, "source_lang"); err != nil {
			return nil, nil, err
		}
		sourceDocs.Put(key, srcs[i])
	}
	return tgt, srcs, nil
}

// sourceDocs holds the sources loaded lately. The records of a batch often
// share a source (several translations, or versions of one, of the same
// sentence), and a document keeps what the checks derive from it
// (Document.Memo): a shared source is read once.
var sourceDocs = bounded.New[sourceKey, *corpus.Document](1024)

// sourceKey is what a loaded source depends on.
type sourceKey struct {
	name string
	lang language.Tag
	text string
}

var errLineTooLong = errors.New("line too long")

// readLine reads up to and including the next newline, or to the end of
// input, failing with errLineTooLong as soon as the line has more than
// max bytes: /dev/zero has no newline.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if int64(len(line)+len(chunk)) > max {
			return nil, errLineTooLong
		}
		line = append(line, chunk...)
		if err != bufio.ErrBufferFull {
			return line, err
		}
	}
}

func recordError(j batchJob, id json.RawMessage, err error) batchOut {
	msg := errorLine(err)[len("crossread: "):]
	data, merr := encodeLine(batchError{Line: j.line, ID: id, Error: msg})
	if merr != nil {
		// Only a broken id can fail to encode; leave it out.
		data, _ = encodeLine(batchError{Line: j.line, Error: msg})
	}
	return batchOut{data: data, bad: true}
}

// encodeLine renders v as one line of JSON.
func encodeLine(v any) ([]byte, error) {
	buf := lineBuffers.Get().(*bytes.Buffer)
	defer func() {
		if buf.Cap() <= maxPooledLine { // a huge record's buffer is let go
			lineBuffers.Put(buf)
		}
	}()
	buf.Reset()
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.Clone(buf.Bytes()), nil
}

const maxPooledLine = 1 << 20

// lineBuffers hold encodeLine's buffers between lines: growing a new one
// for every record was a few allocations a line.
var lineBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// progress returns a progress bar on standard error that counts the
// records written, or nil when standard error is no terminal or quiet is
// set: a pipeline's log should not fill with bar redraws.
func (e *env) progress(quiet bool) *progress {
	f, ok := e.stderr.(*os.File)
	if quiet || !ok || !useColor(f, func(string) string { return "" }) {
		return nil
	}
	return newProgress(f, time.Now)
}
