package percept

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestPackMap(t *testing.T) {
	tests := []map[uint64]uint32{
		nil,
		{},
		{1: 2},
		{1<<63 | 5: 0xffffffff, 0: 0, 42: 7},
	}
	for _, m := range tests {
		k, v := PackMap(m)
		if len(k) != 8*len(m) || len(v) != 4*len(m) {
			t.Errorf("PackMap(%v): %d key bytes, %d value bytes", m, len(k), len(v))
		}
		got, err := UnpackMap(k, v)
		if err != nil {
			t.Fatalf("UnpackMap of %v: %v", m, err)
		}
		if len(m) == 0 {
			if got != nil {
				t.Errorf("UnpackMap of an empty map = %v, want nil", got)
			}
			continue
		}
		if !reflect.DeepEqual(got, m) {
			t.Errorf("round trip of %v gave %v", m, got)
		}
	}
	// Keys are stored in order, so equal maps pack to equal bytes.
	k1, _ := PackMap(map[uint64]uint32{3: 1, 1: 1, 2: 1})
	if want := []byte{1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0}; !bytes.Equal(k1, want) {
		t.Errorf("packed keys = %v, want %v", k1, want)
	}
	for _, bad := range []struct{ k, v []byte }{
		{make([]byte, 7), make([]byte, 4)},
		{make([]byte, 8), make([]byte, 3)},
		{make([]byte, 16), make([]byte, 4)},
		{nil, make([]byte, 4)},
	} {
		if _, err := UnpackMap(bad.k, bad.v); err == nil || !strings.Contains(err.Error(), "bad map sizes") {
			t.Errorf("UnpackMap(%d, %d bytes): error %v, want bad map sizes", len(bad.k), len(bad.v), err)
		}
	}
}

func TestGob(t *testing.T) {
	type file struct {
		Version int
		Keys    []byte
		Info    string
	}
	in := file{Version: 3, Keys: []byte{1, 2, 3}, Info: "test"}
	var buf bytes.Buffer
	if err := WriteGob(&buf, &in); err != nil {
		t.Fatal(err)
	}
	var out file
	if err := ReadGob(&buf, &out); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, out) {
		t.Errorf("round trip: %+v, want %+v", out, in)
	}
	if err := ReadGob(strings.NewReader("not gob"), &out); err == nil {
		t.Error("ReadGob of garbage: no error")
	}
	if err := WriteGob(&buf, func() {}); err == nil {
		t.Error("WriteGob of a func: no error")
	}
}
