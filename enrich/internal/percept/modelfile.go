package percept

import (
	"bufio"
	"encoding/binary"
	"encoding/gob"
	"fmt"
	"io"
	"sort"
)

// WriteGob writes v to w as one gob value, buffered.
func WriteGob(w io.Writer, v any) error {
	bw := bufio.NewWriter(w)
	if err := gob.NewEncoder(bw).Encode(v); err != nil {
		return err
	}
	return bw.Flush()
}

// ReadGob reads one gob value written by WriteGob from r into v.
func ReadGob(r io.Reader, v any) error {
	return gob.NewDecoder(bufio.NewReader(r)).Decode(v)
}

// PackMap packs m as two little-endian arrays in key order: the keys,
// uint64 each, and their values, uint32 each. An empty map gives empty
// arrays.
func PackMap(m map[uint64]uint32) (keys, vals []byte) {
	ks := make([]uint64, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	keys = make([]byte, 8*len(ks))
	vals = make([]byte, 4*len(ks))
	for i, k := range ks {
		binary.LittleEndian.PutUint64(keys[8*i:], k)
		binary.LittleEndian.PutUint32(vals[4*i:], m[k])
	}
	return keys, vals
}

// UnpackMap reverses PackMap; empty arrays give a nil map.
func UnpackMap(keys, vals []byte) (map[uint64]uint32, error) {
	if len(keys)%8 != 0 || len(vals) != len(keys)/2 {
		return nil, fmt.Errorf("bad map sizes %d, %d", len(keys), len(vals))
	}
	n := len(keys) / 8
	if n == 0 {
		return nil, nil
	}
	m := make(map[uint64]uint32, n)
	for i := 0; i < n; i++ {
		m[binary.LittleEndian.Uint64(keys[8*i:])] = binary.LittleEndian.Uint32(vals[4*i:])
	}
	return m, nil
}
