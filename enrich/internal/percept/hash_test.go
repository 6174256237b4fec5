package percept

import (
	"hash/fnv"
	"reflect"
	"testing"
)

// TestHashes pins the hash values: they are part of the model formats of
// enrich/entity and enrich/event, so a change here breaks the shipped
// models. The expected values were computed outside Go.
func TestHashes(t *testing.T) {
	tests := []struct {
		name      string
		got, want uint64
	}{
		{"Mix(1, 0)", Mix(1, 0), 0x6e789e6aa1b965f4},
		{"Mix(7, 12345)", Mix(7, 12345), 0xccb7063f401a8038},
		{"Mix2(3, 4, 5)", Mix2(3, 4, 5), 0xb6bf613dbebb45dc},
		{"HashString(<S>)", HashString("<S>"), 0x70410a18303f4472},
		{"PadStart", PadStart, 0x70410a18303f4472},
		{"HashString()", HashString(""), 0xcbf29ce484222325},
		{"HashBytes(a)", HashBytes([]byte("a")), 0xaf63dc4c8601ec8c},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %#x, want %#x", tt.name, tt.got, tt.want)
		}
	}
	for _, s := range []string{"", "a", "</S>", "Zürich", "\xff\xfe"} {
		h := fnv.New64a()
		h.Write([]byte(s))
		if HashString(s) != h.Sum64() || HashBytes([]byte(s)) != h.Sum64() {
			t.Errorf("%q: HashString %#x, HashBytes %#x, want FNV-1a %#x", s, HashString(s), HashBytes([]byte(s)), h.Sum64())
		}
	}
	if Mix(1, 5) == Mix(2, 5) || Mix2(1, 2, 3) == Mix2(1, 3, 2) {
		t.Error("templates or value order do not change the key")
	}
}

func TestFold(t *testing.T) {
	tests := []struct {
		k    uint64
		want uint32
	}{
		{0, 1}, // 0 is reserved for empty slots
		{1<<32 | 1, 1},
		{5, 5},
		{1<<32 | 4, 5},
		{0xffffffff00000000, 0xffffffff},
	}
	for _, tt := range tests {
		if got := Fold(tt.k); got != tt.want {
			t.Errorf("Fold(%#x) = %#x, want %#x", tt.k, got, tt.want)
		}
	}
}

func TestNorm(t *testing.T) {
	tests := []struct {
		in, want string
		offs     []int
	}{
		{"", "", nil},
		{"ABC", "abc", []int{0, 1, 2}},
		{"G7-2024", "g0-0000", []int{0, 1, 2, 3, 4, 5, 6}},
		{"ÄRGER", "ärger", []int{0, 2, 3, 4, 5}},
		{"٣x", "0x", []int{0, 1}}, // an Arabic-Indic digit is a digit too
		{"İx", "ix", []int{0, 1}}, // lowercasing may change the byte length
	}
	for _, tt := range tests {
		b, offs := Norm(nil, nil, tt.in)
		if string(b) != tt.want || !reflect.DeepEqual(offs, tt.offs) {
			t.Errorf("Norm(%q) = %q %v, want %q %v", tt.in, b, offs, tt.want, tt.offs)
		}
	}
	// Norm appends: what the buffers hold already stays.
	b, offs := Norm([]byte("x"), []int{9}, "Y")
	if string(b) != "xy" || !reflect.DeepEqual(offs, []int{9, 1}) {
		t.Errorf("Norm appending = %q %v, want \"xy\" [9 1]", b, offs)
	}
}
