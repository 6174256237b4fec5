package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWords(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"S. Lavrov met M. Rubio.", "S|.|Lavrov|met|M|.|Rubio|."},
		{"U.S.-Russia talks", "U.S|.|-|Russia|talks"},
		{"“We listened,” said Lavrov.", "“|We|listened|,|”|said|Lavrov|."},
		{"Trump’s $11.1 billion deal", "Trump’s|$|11.1|billion|deal"},
		{"  ", ""},
	} {
		var got []string
		for _, tok := range Words(tc.in) {
			if tc.in[tok.Start:tok.End] != tok.Text {
				t.Errorf("%q: token %q at %v", tc.in, tok.Text, tok.Span)
			}
			got = append(got, tok.Text)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("Words(%q) = %q, want %q", tc.in, strings.Join(got, "|"), tc.want)
		}
	}
}

func TestIsWord(t *testing.T) {
	if !IsWord("Lavrov") || !IsWord("11.1") || IsWord("“") || IsWord(".") {
		t.Error("IsWord")
	}
}

func FuzzWords(f *testing.F) {
	f.Add("S. Lavrov met M. Rubio.")
	f.Add("\xff\xfe a")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tok := range Words(s) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) || s[tok.Start:tok.End] != tok.Text {
				t.Fatalf("bad token %+v", tok)
			}
			if utf8.ValidString(s) && strings.TrimSpace(tok.Text) == "" {
				t.Fatalf("space token %q", tok.Text)
			}
			prev = tok.End
		}
	})
}
