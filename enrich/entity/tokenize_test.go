package entity

import (
	"strings"
	"testing"

	"storyline/news"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by |
	}{
		{"Russia's foreign ministry said.", "Russia|'s|foreign|ministry|said|."},
		{"Mr. Lavrov met U.S. officials in Washington, D.C.", "Mr.|Lavrov|met|U.S.|officials|in|Washington|,|D.C."},
		{`"We won't," he said (again).`, `"|We|wo|n't|,|"|he|said|(|again|)|.`},
		{"Zelenskyy’s aide — Andriy Yermak — spoke", "Zelenskyy|’s|aide|—|Andriy|Yermak|—|spoke"},
		{"1,200 troops; $3.5 billion; 1996-08-22", "1,200|troops|;|$3.5|billion|;|1996-08-22"},
		{"J. K. Rowling and the Jones' dog", "J.|K.|Rowling|and|the|Jones|'|dog"},
		{"the '90s end...", "the|'90s|end|.|.|."},
		{"Sergei\nLavrov", "Sergei|Lavrov"},
		{"", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range Tokenize(tt.in) {
			got = append(got, tk.Text(tt.in))
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, g, tt.want)
		}
	}
}

func TestTokenizeOffsets(t *testing.T) {
	in := "Die Ukraine – ein Land.\nÉmile Zola's “J'accuse”"
	for _, tk := range Tokenize(in) {
		s := tk.Text(in)
		if s == "" || strings.ContainsAny(s, " \n\t") {
			t.Errorf("bad token %q at %d", s, tk.Start)
		}
	}
}

func TestGroupSentences(t *testing.T) {
	text := "Putin met Biden. They talked.\nHEADLINE HERE\nMore text"
	toks := Tokenize(text)
	groups := groupSentences(text, toks, nil)
	var got []string
	for _, g := range groups {
		got = append(got, text[g[0].Start:g[len(g)-1].End])
	}
	want := []string{"Putin met Biden.", "They talked.", "HEADLINE HERE", "More text"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("groups = %q, want %q", got, want)
	}
}

func TestAppendMentionsNoNewline(t *testing.T) {
	text := "Vladimir\nPutin"
	toks := Tokenize(text)
	// A B-PER L-PER pair across the line break becomes two mentions.
	ms := appendMentions(nil, text, toks, []int{label(0, roleB), label(0, roleL)})
	if len(ms) != 2 || ms[0].Text != "Vladimir" || ms[1].Text != "Putin" {
		t.Errorf("mentions = %+v", ms)
	}
}

func TestGroupSentencesWithSpans(t *testing.T) {
	// A heading outside the sentence spans, and a sentence span that
	// crosses a line break.
	text := "Talks in Geneva\n\nLavrov met\nRubio. Then left."
	spans := []news.Span{{Start: 17, End: 34}, {Start: 35, End: 45}}
	groups := groupSentences(text, Tokenize(text), spans)
	var got []string
	for _, g := range groups {
		got = append(got, text[g[0].Start:g[len(g)-1].End])
	}
	want := []string{"Talks in Geneva", "Lavrov met\nRubio.", "Then left."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("groups = %q, want %q", got, want)
	}
}
