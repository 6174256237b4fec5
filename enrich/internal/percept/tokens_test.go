package percept

import "testing"

func TestNextChunk(t *testing.T) {
	tests := []struct {
		text        string
		from, end   int
		start, stop int
	}{
		{"", 0, 0, 0, 0},
		{"   ", 0, 3, 3, 3},
		{"ab cd", 0, 5, 0, 2},
		{"ab cd", 2, 5, 3, 5},
		{"ab cd", 1, 5, 1, 2},          // from inside a chunk
		{"ab cd", 3, 4, 3, 4},          // end cuts the chunk
		{"\u00a0x\u2003y", 0, 7, 2, 3}, // no-break and em spaces are white space
		{"x\ny", 0, 3, 0, 1},
		{"\tabc\r\n", 0, 6, 1, 4},
	}
	for _, tt := range tests {
		start, stop := NextChunk(tt.text, tt.from, tt.end)
		if start != tt.start || stop != tt.stop {
			t.Errorf("NextChunk(%q, %d, %d) = %d, %d; want %d, %d", tt.text, tt.from, tt.end, start, stop, tt.start, tt.stop)
		}
	}
}

func TestIsDash(t *testing.T) {
	for _, r := range "—–―" {
		if !IsDash(r) {
			t.Errorf("IsDash(%q) = false", r)
		}
	}
	for _, r := range "-‐‑/_~" {
		if IsDash(r) {
			t.Errorf("IsDash(%q) = true", r)
		}
	}
}

func TestKeepsPeriod(t *testing.T) {
	abbrevs := map[string]bool{"mr": true, "corp": true, "approx": true}
	tests := []struct {
		w      string
		maxLen int
		want   bool
	}{
		{".", 6, false},
		{"J.", 6, true},     // an initial
		{"j.", 6, false},    // not a capital
		{"É.", 6, true},     // a capital beyond ASCII
		{"U.S.", 6, true},   // dotted
		{"a.m.", 6, true},   // dotted, lowercase
		{"end..", 6, false}, // an ellipsis, not an abbreviation
		{"3.5.", 6, false},  // digits are not letters
		{"Mr.", 6, true},
		{"MR.", 6, true},
		{"Corp.", 4, true},
		{"approx.", 6, true},
		{"approx.", 4, false}, // longer than maxLen
		{"said.", 6, false},
	}
	for _, tt := range tests {
		if got := KeepsPeriod(tt.w, abbrevs, tt.maxLen); got != tt.want {
			t.Errorf("KeepsPeriod(%q, %d) = %v, want %v", tt.w, tt.maxLen, got, tt.want)
		}
	}
}
