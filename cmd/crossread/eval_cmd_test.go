package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalCommand(t *testing.T) {
	paths, _ := filepath.Glob("../../corpus/gold/*.expected.json")
	r := runArgs("", append([]string{"eval"}, paths...)...)
	if r.code != ExitOK || strings.Count(r.stdout, "must findings reported") != len(paths) || len(paths) == 0 {
		t.Errorf("exit %d, %q\n%s", r.code, r.stderr, r.stdout)
	}
	dir := files(t, map[string]string{"pairs.jsonl": `{"src":"Revenue rose 22 percent.","tgt":"Der Umsatz stieg um 2 Prozent.","src_lang":"en","tgt_lang":"de","flag":true,"error_type":"number"}
{"src":"Revenue rose 22 percent.","tgt":"Der Umsatz stieg um 22 Prozent.","src_lang":"en","tgt_lang":"de","flag":false}
`, "bad.jsonl": "{\n"})
	r = runArgs("", "eval", "--jsonl", filepath.Join(dir, "pairs.jsonl"))
	if r.code != ExitOK || !strings.Contains(r.stdout, "number                     n=    1  major+ 1.000") || !strings.Contains(r.stdout, "en-de                      n=    1  major+ 0.000  any 0.000") {
		t.Errorf("--jsonl: exit %d, %q\n%s", r.code, r.stderr, r.stdout)
	}
	for _, args := range [][]string{{"eval"}, {"eval", "--jsonl", filepath.Join(dir, "bad.jsonl")}, {"eval", filepath.Join(dir, "pairs.jsonl")}} {
		if r := runArgs("", args...); r.code != ExitUsage {
			t.Errorf("%q: exit %d", args, r.code)
		}
	}
}
