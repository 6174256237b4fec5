package polnear

import (
	"flag"
	"os"
	"strings"
	"testing"

	"storyline/enrich/quote"
	"storyline/internal/shared"
	"storyline/news"
)

var verbose = flag.Bool("errors", false, "print scoring errors of the data-set tests")

func TestParseAnn(t *testing.T) {
	text := "Héllo, “I am here,” she said.\nNext."
	ann := "T1\tSource 20 23\tshe\nT2\tCue 24 28\tsaid\nT3\tContent 7 19\t“I am here,”\nT4\tAttribution 24 28\tsaid\n" +
		"E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n#1\tAnnotatorNotes T1\tnote\nbroken line\n"
	attrs, err := ParseAnn(ann, text)
	if err != nil {
		t.Fatal(err)
	}
	if len(attrs) != 1 {
		t.Fatalf("got %d attributions, want 1", len(attrs))
	}
	a := attrs[0]
	if got := text[a.Content[0].Start:a.Content[0].End]; got != "“I am here,”" {
		t.Errorf("content %q", got)
	}
	if got := text[a.Source[0].Start:a.Source[0].End]; got != "she" {
		t.Errorf("source %q", got)
	}
	q := quotedExtent(text, a.Content)
	if len(q) != 1 || text[q[0].Start:q[0].End] != "I am here," {
		t.Errorf("quoted extent %v", q)
	}
}

func TestSurname(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"Cruz", "cruz"},
		{"Florida Sen. Marco Rubio", "rubio"},
		{"Joe Madison, a D.C.-based talk radio host", "madison"},
		{"Sen. Brian Schatz of Hawaii, who has spoken privately", "schatz"},
		{"One of the university's top executives, Michael Sexton,", "sexton"},
		{"a Quinnipiac poll conducted in February.", ""},
		{"Jeffrey Lewis of the James Martin Center", "lewis"},
		{"Bush's", "bush"},
		{"he", ""},
		{"the host", ""},
		{"A Warren adviser", ""},
		{"The Blaze", "blaze"},
		{"Martin Luther King Jr.", "king"},
	} {
		if got := surname(c.src); got != c.want {
			t.Errorf("surname(%q) = %q, want %q", c.src, got, c.want)
		}
	}
}

func TestScoreToy(t *testing.T) {
	text := `Officials met. "We will win," Smith said. He called it "a farce" and "Hamlet" aired.`
	at := func(s string) int { return strings.Index(text, s) }
	attrs := []Attribution{{
		Source:  []Span{{at("Smith"), at("Smith") + 5}},
		Content: []Span{{at(`"We`), at(`," Smith`) + 2}},
	}}
	quotes := []news.Quote{
		{Span: news.Span{Start: at("We"), End: at(`," Smith`)}, SpeakerName: "John Smith", Kind: news.Direct},
		{Span: news.Span{Start: at("Hamlet"), End: at("Hamlet") + 6}, Kind: news.Partial},
	}
	var r Result
	r.add("toy", text, attrs, quotes)
	r.finish()
	if r.Gold != 1 || r.Detected != 1 || r.System != 2 || r.Correct != 1 || r.SpeakerGold != 1 || r.SpeakerCorrect != 1 {
		t.Errorf("got %+v", r)
	}
}

func FuzzParseAnn(f *testing.F) {
	f.Add("T1\tContent 0 4\tabcd\nE1\tAttribution:T2 Content:T1\n", "abcdef")
	f.Add("T1\tSource 3 1\tx\nT2\tContent 0 99;1 2\ty\n", "“é”")
	f.Add("E1\t\n\t\nT\t", "")
	f.Fuzz(func(t *testing.T, ann, text string) {
		attrs, err := ParseAnn(ann, text)
		if err != nil {
			return
		}
		for _, a := range attrs {
			for _, ss := range [][]Span{a.Source, a.Cue, a.Content} {
				for _, s := range ss {
					if s.Start < 0 || s.End > len(text) || s.Start > s.End {
						t.Fatalf("span %v out of bounds of %d", s, len(text))
					}
				}
			}
			quotedExtent(text, a.Content)
		}
	})
}

// evalSplit scores the quote extractor (with its fallback speakers) on a
// PolNeAR split; the figures are logged.
func evalSplit(t *testing.T, split string) Result {
	dir := shared.Path(t, "data/polnear/"+split)
	if testing.Short() {
		t.Skip("short mode")
	}
	r, err := Evaluate(dir, func(text string) []news.Quote { return quote.Extract(text, nil) })
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	r.Write(&b)
	t.Logf("%s:\n%s", split, b.String())
	if *verbose {
		for _, e := range r.Errors {
			os.Stdout.WriteString(e + "\n")
		}
	}
	return r
}

func TestPolNeARDev(t *testing.T) {
	r := evalSplit(t, "dev")
	if r.F1 < 0.85 || r.SpeakerAcc < 0.85 {
		t.Errorf("dev: F1 %.3f, speaker accuracy %.3f; want both >= 0.85", r.F1, r.SpeakerAcc)
	}
}

func TestPolNeARTrain(t *testing.T) {
	if os.Getenv("POLNEAR_TRAIN") == "" {
		t.Skip("set POLNEAR_TRAIN=1 to score the train split")
	}
	evalSplit(t, "train")
}
