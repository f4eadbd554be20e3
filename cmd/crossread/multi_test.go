package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeveralTargets: one run checks several articles, each with the
// sources its name or a [[pair]] gives it, in one report with the worst
// exit code.
func TestSeveralTargets(t *testing.T) {
	src, tgt := sample(t)
	dir := files(t, map[string]string{
		"gemini.en.txt": src, "gemini.de.txt": tgt,
		"clean.en.txt": "Revenue rose 22 percent.\n", "clean.de.txt": "Der Umsatz stieg um 22 Prozent.\n",
		"art/x.de.txt": tgt, "originals/x-original.txt": src,
	})
	t.Chdir(dir)
	r := runArgs("", "check", "gemini.de.txt", "clean.de.txt")
	if r.code != ExitFindings || strings.Count(r.stdout, "target: ") != 2 {
		t.Fatalf("exit %d (stderr %q); want 1 and two reports:\n%s", r.code, r.stderr, r.stdout)
	}
	r = runArgs("", "check", "--format", "json", "--fail-on", "critical", "clean.de.txt", "gemini.de.txt")
	var rep struct {
		Files []struct {
			Target struct{ Path string }
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil || len(rep.Files) != 2 || rep.Files[0].Target.Path != "clean.de.txt" {
		t.Errorf("json: %v, %+v", err, rep)
	}
	if r.code != ExitFindings {
		t.Errorf("the worst article decides: exit %d", r.code)
	}
	if r := runArgs("", "check", "clean.de.txt"); r.code != ExitOK {
		t.Errorf("one target, sources by name: exit %d, %s", r.code, r.stderr)
	}
	if r := runArgs("", "check", "art/x.de.txt", "clean.de.txt"); r.code != ExitUsage || !strings.Contains(r.stderr, "no source for art/x.de.txt") {
		t.Errorf("no source by name: exit %d, %q", r.code, r.stderr)
	}
	os.WriteFile(filepath.Join(dir, "crossread.toml"), []byte("[[pair]]\ntarget = \"art/*.de.txt\"\nsources = [\"originals/{name}-original.txt\"]\n"), 0o644)
	if r := runArgs("", "check", "--source-lang", "en", "art/x.de.txt", "clean.de.txt"); r.code != ExitFindings || strings.Count(r.stdout, "target: ") != 2 {
		t.Errorf("[[pair]]: exit %d, %q\n%s", r.code, r.stderr, r.stdout)
	}
}

// TestShard: --shard i/n takes the records whose line number mod n is i;
// the shards together are the whole batch.
func TestShard(t *testing.T) {
	var in strings.Builder
	for i := range 7 {
		in.WriteString(`{"id":"` + string(rune('a'+i)) + `","source":"Revenue rose 22 percent.","target":"Der Umsatz stieg um 22 Prozent.","source_lang":"en","target_lang":"de"}` + "\n")
	}
	seen := map[string]bool{}
	for i := range 3 {
		r := runArgs(in.String(), "batch", "--shard", fmt.Sprintf("%d/3", i))
		if r.code != ExitOK {
			t.Fatalf("shard %d: exit %d, %s", i, r.code, r.stderr)
		}
		for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
			var o struct{ ID string }
			json.Unmarshal([]byte(line), &o)
			if seen[o.ID] {
				t.Errorf("record %s in two shards", o.ID)
			}
			seen[o.ID] = true
		}
	}
	if len(seen) != 7 {
		t.Errorf("the shards hold %d of 7 records", len(seen))
	}
	for _, bad := range []string{"3/3", "1/0", "x", "-1/2", "01/2"} {
		if r := runArgs("", "batch", "--shard", bad); r.code != ExitUsage {
			t.Errorf("--shard %s: exit %d", bad, r.code)
		}
	}
}
