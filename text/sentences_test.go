package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"storyline/news"
)

// sentenceCases mark expected sentence boundaries with "|" between
// sentences; the input is the text with the marks removed.
var sentenceCases = []struct {
	name string
	in   string
}{
	{"plain", "The call came.| It lasted an hour."},
	{"us mid", "U.S. Secretary of State Marco Rubio spoke to Lavrov."},
	{"us end then An", "They discussed missions in the U.S.| An expert meeting will be scheduled soon."},
	{"us end then The", "Troops left the U.S.| The war went on."},
	{"us hyphen", "It improves U.S.-Russia relations.| Talks go on."},
	{"initial", "Foreign Minister S. Lavrov and M. Rubio agreed."},
	{"initial after quote", "“S. Lavrov and M. Rubio confirmed their readiness,” Russia said."},
	{"feb day", "On Feb. 15 the two men spoke.| It was Saturday."},
	{"lt gen", "Trump named Lt. Gen. Frank Donovan to lead the command."},
	{"no number", "He lives at No. 10 Downing Street.| So does the cat."},
	{"mr dr", "Mr. Smith met Dr. Jones.| They talked."},
	{"mrs ms prof", "Mrs. Lee, Ms. Park and Prof. Chen attended."},
	{"jan", "Since Jan. 20 the policy changed.| Critics objected."},
	{"am pm", "The meeting began at 10 a.m. and ended at 2 p.m. on Monday."},
	{"pm then The", "The meeting ended at 2 p.m.| The talks resume Tuesday."},
	{"inc", "Apple Inc. said sales rose.| Shares fell."},
	{"inc end", "He joined Acme Inc.| The firm is in Ohio."},
	{"decimal", "The economy grew 2.5 percent.| Inflation was 3.1%."},
	{"money", "A $11.1 billion arms sale was approved.| China objected."},
	{"ellipsis lower", "He said... and then left."},
	{"ellipsis upper", "He waited...| Nothing happened."},
	{"unicode ellipsis", "He waited…| Nothing happened."},
	{"quote two sentences", "“We not only listened, but also heard each other,” said Lavrov.| “And I have reason to believe it.”"},
	{"straight quotes", "\"We not only listened,\" said Lavrov.| \"And I have reason to believe it.\""},
	{"question in quote", "“Why now?” he asked.| Nobody answered."},
	{"exclaim", "Stop!| Now."},
	{"closing quote after period", "She said it was “ready to support a ceasefire.”| Zelensky disagreed."},
	{"quote inner period", "Ms Hewitt said: \"We doubled it to 26 weeks.| \"We are going to extend it.\""},
	{"colon", "Macron said on Saturday: “If Ukraine asks, it is up to us.”"},
	{"no final period", "The call came a day after Vance delivered a speech at the Munich security conference"},
	{"parenthesis", "The vote passed (by 52 to 48).| It goes to the House."},
	{"lower after period", "Use e.g. apples.| Then pears."},
	{"vs", "It was Chelsea vs. Arsenal on Sunday."},
	{"digits start", "Prices rose.| 2025 was a hard year."},
	{"dash", "The talks — which Lavrov attended — marked a beginning.| More work is needed."},
	{"initials pair", "J.D. Vance spoke.| He was blunt."},
	{"us end of text", "He flew to the U.S."},
	{"uk before name", "U.K. Prime Minister Keir Starmer spoke.| He was brief."},
	{"paragraphs", "First line without period\nSecond line.| Third sentence."},
	{"multi space", "One.|   Two."},
	{"sept", "Due on Sept. 30 next year."},
	{"St", "He walked along St. James Street."},
	{"jr", "Martin Luther King Jr. was born in Atlanta."},
	{"acronym in brackets", "1. Dennis Mitchell (U.S.) 10.08 seconds"},
	{"initials in brackets", "Historian Alan John Percivale (A.J.P.) Taylor died.| He was 84."},
	{"sentence in brackets", "The vote passed.| (It was close.)| Critics objected."},
	{"glued paragraphs", "The talks ended on Friday.|The next round is in March."},
	{"glued question", "Will it work?|Nobody knows."},
	{"no split in domains", "Shares of Amazon.com rose.| Forex.com said so."},
	{"no split in names", "He used node.js and ASP.NET daily."},
	{"list number", "1. The first point is money.| 2. The second is time."},
	{"number ends sentence", "The vote was 52 to 48.| The bill passed."},
	{"dc", "He flew to Washington, D.C.| The talks began."},
	{"state abbreviation in brackets", "Sen. Lindsey Graham (R-S.C.) said he would vote no."},
	{"quote then lowercase", "“Why?” he asked, and left."},
	{"no at end", "She said no.| The talks ended."},
}

func TestSentences(t *testing.T) {
	for _, tc := range sentenceCases {
		t.Run(tc.name, func(t *testing.T) {
			in, want := parseMarked(tc.in)
			got := render(in, Sentences(in, nil))
			if strings.Join(got, " || ") != strings.Join(want, " || ") {
				t.Errorf("Sentences(%q)\n got: %q\nwant: %q", in, got, want)
			}
		})
	}
}

// parseMarked removes "|" marks and returns the text and the expected
// sentences: a mark or a newline ends a sentence.
func parseMarked(s string) (string, []string) {
	var want []string
	for _, line := range strings.Split(s, "\n") {
		for _, p := range strings.Split(line, "|") {
			if p = strings.TrimSpace(p); p != "" {
				want = append(want, p)
			}
		}
	}
	return strings.ReplaceAll(s, "|", ""), want
}

func render(text string, spans []news.Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentencesHeadings(t *testing.T) {
	text := "Talks began in Riyadh.\n\nSerious discussion\n\nThe two sides met. They agreed."
	h := strings.Index(text, "Serious")
	got := render(text, Sentences(text, []news.Span{{Start: h, End: h + len("Serious discussion")}}))
	want := []string{"Talks began in Riyadh.", "The two sides met.", "They agreed."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
	// A heading without blank lines around it is not merged into a sentence.
	text = "Talks began\nSerious discussion\nThe two sides met"
	h = strings.Index(text, "Serious")
	got = render(text, Sentences(text, []news.Span{{Start: h, End: h + len("Serious discussion")}, {Start: -5, End: 2000}}))
	if len(got) != 0 {
		t.Errorf("out-of-range heading covering all: got %q", got)
	}
}

func TestSentenceAnnotator(t *testing.T) {
	d := &news.Doc{Article: news.Article{Text: "A b c. D e f."}}
	if err := SentenceAnnotator.Annotate(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 2 {
		t.Errorf("got %v", d.Sentences)
	}
}

// checkSpans verifies the invariants of a span list over text.
func checkSpans(t *testing.T, text string, spans []news.Span) {
	t.Helper()
	prev := 0
	for _, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("bad span %v (prev end %d, len %d) in %q", s, prev, len(text), text)
		}
		if utf8.ValidString(text) && (!utf8.RuneStart(text[s.Start]) || (s.End < len(text) && !utf8.RuneStart(text[s.End]))) {
			t.Fatalf("span %v not on rune boundary in %q", s, text)
		}
		if strings.TrimSpace(text[s.Start:s.End]) != text[s.Start:s.End] {
			t.Fatalf("span %v has surrounding space in %q", s, text)
		}
		prev = s.End
	}
}

func FuzzSentences(f *testing.F) {
	for _, tc := range sentenceCases {
		in, _ := parseMarked(tc.in)
		f.Add(in, 3, 9)
	}
	f.Add("\xff. \xfe. A", 0, 1)
	f.Add("“.” ” . …", -3, 4)
	f.Fuzz(func(t *testing.T, text string, hs, he int) {
		spans := Sentences(text, []news.Span{{Start: hs, End: he}})
		checkSpans(t, text, spans)
		for _, s := range spans {
			if utf8.ValidString(text) && s.Start < he && s.End > hs && hs < he && hs >= 0 && he <= len(text) &&
				utf8.RuneStart(text[hs]) && (he == len(text) || utf8.RuneStart(text[he])) {
				t.Fatalf("sentence %v overlaps heading [%d,%d)", s, hs, he)
			}
		}
	})
}
