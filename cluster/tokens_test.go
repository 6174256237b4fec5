package cluster

import (
	"strings"
	"testing"
)

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"talks", "talk"}, {"talked", "talk"}, {"talking", "talk"}, {"stories", "story"},
		{"bus", "bus"}, {"crisis", "crisis"}, {"glasses", "glass"}, {"boxes", "box"},
		{"stopped", "stop"}, {"us", "us"}, {"news", "new"}, {"russia", "russia"},
	}
	for _, tc := range tests {
		if got := stem(tc.in); got != tc.want {
			t.Errorf("stem(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTerms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The talks in Riyadh ended", "talk riyadh ended"},
		{"Lavrov's call with the US", "lavrov call us"},
		{"Rubio’s aides, 2025 and 42", "rubio aide"},
		{"", ""},
		{"\xff\xfe broken", "broken"},
	}
	for _, tc := range tests {
		if got := strings.Join(Terms(tc.in), " "); got != tc.want {
			t.Errorf("Terms(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
