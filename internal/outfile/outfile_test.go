package outfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := io.WriteString(w, s)
		return err
	}
}

func TestWriteReplacesRegularFileKeepingMode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "report.json")
	if err := os.WriteFile(path, []byte("old, longer content"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, writeString("new")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	fi, _ := os.Stat(path)
	if string(got) != "new" || fi.Mode().Perm() != 0o600 {
		t.Errorf("got %q mode %v; want \"new\" mode 0600", got, fi.Mode().Perm())
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestWriteFailureLeavesOldFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "report.txt")
	os.WriteFile(path, []byte("old"), 0o644)
	err := Write(path, func(w io.Writer) error {
		io.WriteString(w, "half")
		return io.ErrUnexpectedEOF
	})
	if got, _ := os.ReadFile(path); err == nil || string(got) != "old" {
		t.Errorf("err %v, file %q; want an error and \"old\"", err, got)
	}
}

// A symbolic link stays a link; its target gets the output, even when
// the target does not exist yet.
func TestWriteFollowsSymlinks(t *testing.T) {
	for _, exists := range []bool{true, false} {
		dir := t.TempDir()
		target := filepath.Join(dir, "real.txt")
		if exists {
			os.WriteFile(target, []byte("old"), 0o644)
		}
		link := filepath.Join(dir, "link.txt")
		if err := os.Symlink("real.txt", link); err != nil {
			t.Fatal(err)
		}
		if err := Write(link, writeString("new")); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Errorf("exists=%v: the link was replaced", exists)
		}
		if got, _ := os.ReadFile(target); string(got) != "new" {
			t.Errorf("exists=%v: target holds %q", exists, got)
		}
	}
}

// /dev/null takes output and stays a device. (As root a rename would
// replace it, so this runs only where that would fail instead.)
func TestWriteDevNull(t *testing.T) {
	if os.Getuid() == 0 {
		t.Skip("as root a regression would replace the machine's /dev/null; TestWriteIntoFIFO covers the case")
	}
	if err := Write("/dev/null", writeString("x")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat("/dev/null"); fi.Mode()&os.ModeCharDevice == 0 {
		t.Errorf("/dev/null is now %v", fi.Mode())
	}
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	os.WriteFile(in, []byte("x"), 0o644)
	alias := filepath.Join(dir, "alias.txt")
	os.Symlink(in, alias)
	for _, c := range []struct {
		path, wantErr string
	}{
		{dir, "is a directory"},
		{in, "is an input file"},
		{alias, "is an input file"},
		{filepath.Join(dir, "new.json"), ""},
		{filepath.Join(dir, "no", "such", "dir.json"), "no such directory"},
		{"/dev/null", ""},
		{"/dev/stdout", ""},
	} {
		err := Check(c.path, []string{"-", in})
		if c.wantErr == "" && err != nil || c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)) {
			t.Errorf("Check(%s) = %v; want %q", c.path, err, c.wantErr)
		}
	}
}

func TestWriteUnchanged(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "article.txt")
	if err := os.WriteFile(path, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	put := func(s string) func(io.Writer) error {
		return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
	}
	if err := WriteUnchanged(path, []byte("old"), put("new")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("file holds %q; want new", b)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o640 {
		t.Errorf("mode %v; want 0640 kept", fi.Mode().Perm())
	}
	// Someone saves the file while crossread works: refuse, keep theirs.
	err := WriteUnchanged(path, []byte("new"), func(w io.Writer) error {
		if err := os.WriteFile(path, []byte("theirs"), 0o640); err != nil {
			return err
		}
		return put("ours")(w)
	})
	if !errors.Is(err, ErrChanged) {
		t.Errorf("got %v; want ErrChanged", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "theirs" {
		t.Errorf("file holds %q; want theirs", b)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
