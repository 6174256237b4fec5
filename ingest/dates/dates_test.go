package dates

import (
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in       string
		want     string // RFC 3339, "" when not understood
		dateOnly bool
	}{
		{"2025-02-18T14:30:00Z", "2025-02-18T14:30:00Z", false},
		{"2025-02-18T14:30:00.123+01:00", "2025-02-18T14:30:00.123+01:00", false},
		{"2025-02-18T14:30:00+0100", "2025-02-18T14:30:00+01:00", false},
		{"2025-02-18T14:30:00", "2025-02-18T14:30:00Z", false},
		{"2025-02-18 14:30:05", "2025-02-18T14:30:05Z", false},
		{"2025-02-18", "2025-02-18T00:00:00Z", true},
		{"  2025-02-18  ", "2025-02-18T00:00:00Z", true},
		{"1739889000", "2025-02-18T14:30:00Z", false},
		{"1739889000000", "2025-02-18T14:30:00Z", false},
		{"Tue, 18 Feb 2025 14:30:00 GMT", "2025-02-18T14:30:00Z", false},
		{"Tue, 18 Feb 2025 14:30:00 +0000", "2025-02-18T14:30:00Z", false},
		{"Tue, 18 Feb 2025 09:30:00 EST", "2025-02-18T09:30:00-05:00", false},
		{"Tue, 18 Feb 2025 14:30 GMT", "2025-02-18T14:30:00Z", false},
		{"Tue, 8 Feb 2025 14:30:00 GMT", "2025-02-08T14:30:00Z", false},
		{"18 Feb 2025 14:30:00 +0100", "2025-02-18T14:30:00+01:00", false},
		{"Tue, 18 Feb 25 14:30:00 GMT", "2025-02-18T14:30:00Z", false},
		{"Tuesday, 18 Feb 2025 14:30:00 GMT", "2025-02-18T14:30:00Z", false},
		{"Tue, 18 February 2025 14:30:00 +0000", "2025-02-18T14:30:00Z", false},
		{"Tue, 18 Feb 2025 14:30:00 +0000 (UTC)", "2025-02-18T14:30:00Z", false},
		{"Tues, 18 Feb 2025 14:30:00 GMT", "2025-02-18T14:30:00Z", false},
		{"Tue, 18 Feb 2025", "2025-02-18T00:00:00Z", true},
		{"February 18, 2025", "2025-02-18T00:00:00Z", true},
		{"Feb 18, 2025", "2025-02-18T00:00:00Z", true},
		{"Feb. 18, 2025", "2025-02-18T00:00:00Z", true},
		{"Tuesday, February 18, 2025", "2025-02-18T00:00:00Z", true},
		{"18 February 2025 14:30", "2025-02-18T14:30:00Z", false},
		{"26-FEB-1987 15:01:01.79", "1987-02-26T15:01:01.79Z", false},
		{"Mon Jan  2 15:04:05 2006", "2006-01-02T15:04:05Z", false},
		{"", "", false},
		{"yesterday", "", false},
		{"2025-13-45", "", false},
		{"0", "", false},
		{"2025", "", false},
		{"9999999999999999", "", false},
	}
	for _, tt := range tests {
		got, dateOnly, ok := Parse(tt.in)
		if tt.want == "" {
			if ok {
				t.Errorf("Parse(%q) = %v, want failure", tt.in, got)
			}
			continue
		}
		if !ok {
			t.Errorf("Parse(%q) failed, want %s", tt.in, tt.want)
			continue
		}
		want, _ := time.Parse(time.RFC3339Nano, tt.want)
		if !got.Equal(want) || dateOnly != tt.dateOnly {
			t.Errorf("Parse(%q) = %v (date only %v), want %v (%v)", tt.in, got, dateOnly, want, tt.dateOnly)
		}
		_, off1 := got.Zone()
		_, off2 := want.Zone()
		if off1 != off2 {
			t.Errorf("Parse(%q) zone offset %d, want %d", tt.in, off1, off2)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"2025-02-18", "Tue, 18 Feb 2025 14:30:00 GMT", "1739889000", "(", "Mon, (", "26-FEB-1987"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tm, _, ok := Parse(s)
		if ok && (tm.Year() < 1800 || tm.Year() > 2200) {
			t.Fatalf("Parse(%q) = %v: implausible year accepted", s, tm)
		}
	})
}
