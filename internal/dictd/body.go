package dictd

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
)

// body is the text of a dictionary: plain, or dictzip chunks inflated on
// demand.
type body struct {
	size  int
	plain []byte // a plain .dict, or a gzip file without chunk table
	z     []byte // the .dict.dz file
	chLen int
	chOff []int // offset in z of each chunk, and the end of the last

	mu     sync.Mutex
	chunks map[int][]byte
}

// openBody reads base.dict.dz, or base.dict. A gzip file without dictzip's
// chunk table is inflated whole.
func openBody(base string) (*body, error) {
	z, err := os.ReadFile(base + ".dict.dz")
	if err != nil {
		b, err := os.ReadFile(base + ".dict")
		if err != nil {
			return nil, fmt.Errorf("%s: no .dict.dz or .dict next to the index", base)
		}
		return &body{size: len(b), plain: b}, nil
	}
	if b := dictzipChunks(z); b != nil {
		return b, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		return nil, fmt.Errorf("%s.dict.dz: %v", base, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s.dict.dz: %v", base, err)
	}
	return &body{size: len(b), plain: b}, nil
}

// dictzipChunks reads the chunk table of a dictzip header (gzip's extra
// field, subfield "RA": version 1, chunk length, chunk count, compressed
// sizes), or returns nil when there is none.
func dictzipChunks(z []byte) *body {
	const fextra = 4
	if len(z) < 18 || z[0] != 0x1f || z[1] != 0x8b || z[2] != 8 || z[3]&fextra == 0 {
		return nil
	}
	xlen := int(binary.LittleEndian.Uint16(z[10:]))
	if 12+xlen > len(z) {
		return nil
	}
	extra := z[12 : 12+xlen]
	pos, ok := headerEnd(z, 12+xlen)
	if !ok {
		return nil
	}
	for len(extra) >= 4 {
		id, n := string(extra[:2]), int(binary.LittleEndian.Uint16(extra[2:]))
		if 4+n > len(extra) {
			return nil
		}
		sub := extra[4 : 4+n]
		extra = extra[4+n:]
		if id == "RA" && len(sub) >= 6 && binary.LittleEndian.Uint16(sub) == 1 {
			return chunkTable(z, sub, pos)
		}
	}
	return nil
}

// headerEnd skips the optional name, comment and header CRC that follow
// gzip's extra field at pos, and returns where the compressed data starts.
func headerEnd(z []byte, pos int) (int, bool) {
	const fname, fcomment, fhcrc = 8, 16, 2
	flags := z[3]
	for _, f := range []byte{fname, fcomment} {
		if flags&f != 0 {
			i := bytes.IndexByte(z[pos:], 0)
			if i < 0 {
				return 0, false
			}
			pos += i + 1
		}
	}
	if flags&fhcrc != 0 {
		pos += 2
	}
	return pos, true
}

// chunkTable reads the RA subfield sub (after its version: chunk length,
// chunk count, compressed sizes) of a dictzip file whose data starts at
// pos, or returns nil when it does not fit the file.
func chunkTable(z, sub []byte, pos int) *body {
	chLen := int(binary.LittleEndian.Uint16(sub[2:]))
	count := int(binary.LittleEndian.Uint16(sub[4:]))
	if chLen == 0 || len(sub) < 6+2*count {
		return nil
	}
	b := &body{z: z, chLen: chLen, chOff: make([]int, count+1), chunks: map[int][]byte{}}
	b.chOff[0] = pos
	for i := range count {
		b.chOff[i+1] = b.chOff[i] + int(binary.LittleEndian.Uint16(sub[6+2*i:]))
	}
	if b.chOff[count] > len(z) || len(z) < 4 {
		return nil
	}
	// gzip's trailer ends with the inflated size, which the chunks must
	// hold.
	b.size = int(binary.LittleEndian.Uint32(z[len(z)-4:]))
	if b.size > count*chLen || b.size <= (count-1)*chLen {
		return nil
	}
	return b
}

// slice returns the body text at [off, off+n).
func (b *body) slice(off, n int) (string, error) {
	if off < 0 || n < 0 || off+n > b.size {
		return "", errors.New("entry out of range")
	}
	if b.plain != nil {
		return string(b.plain[off : off+n]), nil
	}
	var out []byte
	for c := off / b.chLen; c*b.chLen < off+n; c++ {
		data, err := b.chunk(c)
		if err != nil {
			return "", err
		}
		lo := max(off-c*b.chLen, 0)
		hi := min(off+n-c*b.chLen, len(data))
		if lo > hi {
			return "", errors.New("short chunk")
		}
		out = append(out, data[lo:hi]...)
	}
	return string(out), nil
}

// chunk inflates chunk c once: dictzip flushes the compressor at every
// chunk boundary, so a chunk inflates without what precedes it.
func (b *body) chunk(c int) ([]byte, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if data, ok := b.chunks[c]; ok {
		return data, nil
	}
	if c+1 >= len(b.chOff) {
		return nil, errors.New("chunk out of range")
	}
	want := min(b.chLen, b.size-c*b.chLen)
	data := make([]byte, want)
	fr := flate.NewReader(bytes.NewReader(b.z[b.chOff[c]:b.chOff[c+1]]))
	if _, err := io.ReadFull(fr, data); err != nil {
		return nil, err
	}
	b.chunks[c] = data
	return data, nil
}
