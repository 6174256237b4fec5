package postgres

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzPlainQuery checks that any query string becomes words PostgreSQL can
// take: valid UTF-8, no NUL, nothing but letters, digits and spaces.
func FuzzPlainQuery(f *testing.F) {
	for _, s := range []string{"", `U.S. "foo`, "a & !b | c <-> d", "\x00", "\xff\xfe", "'; DROP TABLE x;--", "日本語 テキスト"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		got := plainQuery(q)
		if !utf8.ValidString(got) {
			t.Fatalf("plainQuery(%q) = %q: invalid UTF-8", q, got)
		}
		for _, r := range got {
			if r != ' ' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				t.Fatalf("plainQuery(%q) = %q: holds %q", q, got, r)
			}
		}
		if strings.Contains(got, "  ") {
			t.Fatalf("plainQuery(%q) = %q: empty word", q, got)
		}
	})
}

// FuzzSafeText checks that safeText keeps byte offsets and yields text
// PostgreSQL can hold.
func FuzzSafeText(f *testing.F) {
	for _, s := range []string{"", "plain", "a\x00b", "bad\xff\xfe", "ü\xc3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := safeText(s)
		if len(got) != len(s) || !utf8.ValidString(got) || strings.ContainsRune(got, 0) {
			t.Fatalf("safeText(%q) = %q", s, got)
		}
		if ok != (got == s) {
			t.Fatalf("safeText(%q) ok = %v, but text changed: %v", s, ok, got != s)
		}
	})
}
