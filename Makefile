# crossread — see README.md. Every target needs only Go.

GO       ?= go
FUZZTIME ?= 10s
# Minimizing each new input the fuzzer finds interesting may take a minute
# by default, reported as 0 execs/s: FuzzPipeline spent long stretches so.
FUZZMINIMIZE ?= 5s
BIN      ?= bin/crossread

.PHONY: all build test eval demo bench fuzz lint clean editor-screenshot

all: build

build:
	$(GO) build -o $(BIN) ./cmd/crossread

# vet, every test with the race detector, then the evaluation on
# ../shared/eval (skipped without it), which is too slow under -race.
test:
	$(GO) vet ./...
	$(GO) test -race -count=1 ./...
	$(GO) test -count=1 -run '^TestEval' ./cmd/crossread/

# Print the figures: crossread eval on the project's annotated pairs (and
# on the seed and DEMETR dev when ../shared is there), then the evaluation
# tests on ../shared/eval.
eval:
	$(GO) run ./cmd/crossread eval corpus/gold/*.expected.json
	$(GO) run ./cmd/crossread eval corpus/gold/unseen/*.expected.json
	@if [ -f ../shared/seed/llama4.expected.json ]; then $(GO) run ./cmd/crossread eval ../shared/seed/llama4.expected.json; fi
	@if [ -f ../shared/eval/demetr/dev.jsonl ]; then $(GO) run ./cmd/crossread eval --jsonl ../shared/eval/demetr/dev.jsonl; fi
	$(GO) test -count=1 -v -run '^TestEval' ./cmd/crossread/
	$(GO) test -count=1 -v -run '^TestSeedEndToEnd$$' ./checks/all/

# Check the embedded sample pair and print the report.
demo:
	$(GO) run ./cmd/crossread demo

# Refresh docs/editor.png: the browser test opens the sample's editor view
# in Chromium (apt-get install chromium) and saves a screenshot.
editor-screenshot:
	$(GO) test -count=1 -v -run '^TestEditorBrowser$$/^sample$$' ./cmd/crossread/ -args -screenshot=$(CURDIR)/docs/editor.png

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Run every fuzz target for FUZZTIME each, all of them even when one
# fails; a failing input is kept in the package's testdata/fuzz, where
# go test replays it from then on. Go 1.26's coordinator may end a run
# with a bare "context deadline exceeded" when a busy worker misses the
# end of -fuzztime (go.dev/issue/75804): without a new failing input that
# is reported, not counted as a failure.
fuzz:
	@failed=""; for pkg in $$($(GO) list ./...); do \
		dir=$$($(GO) list -f '{{.Dir}}' $$pkg); \
		for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
			echo "fuzz $$pkg $$f"; \
			before=$$(ls $$dir/testdata/fuzz/$$f 2>/dev/null | wc -l); \
			if ! $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE) $$pkg > fuzz.log 2>&1; then \
				after=$$(ls $$dir/testdata/fuzz/$$f 2>/dev/null | wc -l); \
				if [ "$$after" = "$$before" ] && grep -q 'context deadline exceeded' fuzz.log; then \
					echo "  no failing input: the coordinator's end-of-run race (go.dev/issue/75804)"; \
				else \
					cat fuzz.log; failed="$$failed $$pkg.$$f"; \
				fi; \
			fi; \
			tail -1 fuzz.log; \
		done; \
	done; \
	rm -f fuzz.log; \
	if [ -n "$$failed" ]; then echo "fuzz targets that failed:$$failed"; exit 1; fi

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

clean:
	rm -rf bin
