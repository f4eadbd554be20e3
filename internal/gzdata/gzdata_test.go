package gzdata

import (
	"bytes"
	"compress/gzip"
	"testing"
	"testing/fstest"
)

func TestRead(t *testing.T) {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte("a\tb\n"))
	zw.Close()
	fsys := fstest.MapFS{"x.gz": {Data: b.Bytes()}, "plain": {Data: []byte("a")}}
	got, err := Read(fsys, "x.gz")
	if err != nil || string(got) != "a\tb\n" {
		t.Errorf("Read(x.gz) = %q, %v", got, err)
	}
	if _, err := Read(fsys, "plain"); err == nil {
		t.Error("Read(plain): no error for a file that is not gzip")
	}
	if _, err := Read(fsys, "missing"); err == nil {
		t.Error("Read(missing): no error")
	}
}
