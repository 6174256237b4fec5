package event

import (
	"bytes"
	"strings"
	"testing"

	"storyline/news"
	"storyline/text"
)

// loadTagger returns the embedded tagger, failing the test when it does not
// load.
func loadTagger(tb testing.TB) *Tagger {
	tb.Helper()
	tg, err := Load()
	if err != nil {
		tb.Fatal(err)
	}
	return tg
}

// TestTag checks the embedded model on sentences written for the test:
// the words of want must be tagged (with the class given after a slash),
// those of not must not.
func TestTag(t *testing.T) {
	tg := loadTagger(t)
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Suspected bombs exploded outside the embassies on Friday, killing dozens of people, witnesses said.",
			[]string{"exploded/OCCURRENCE", "killing/OCCURRENCE", "said/REPORTING"}, []string{"bombs", "embassies", "Friday", "people", "witnesses"}},
		{"The company said it expects to complete the transaction by year-end.",
			[]string{"said/REPORTING", "expects/I_STATE", "transaction"}, []string{"company", "year-end"}},
		{"The earthquake killed 300 people and injured thousands.",
			[]string{"killed", "injured"}, []string{"300", "people", "thousands"}},
		{"Shares fell 5% after the announcement.",
			[]string{"fell", "announcement"}, []string{"Shares", "5%"}},
		{"The meeting between the two leaders was cancelled.",
			[]string{"meeting", "cancelled"}, []string{"leaders", "two"}},
		// Punctuation, numbers and names are never events.
		{"Apple , Microsoft and IBM : 2010 , 2011 .", nil, []string{"Apple", "Microsoft", "IBM", "2010", ",", ":"}},
	}
	for _, tt := range tests {
		got := map[string]string{}
		for _, e := range tg.Tag(tt.text, text.Sentences(tt.text, nil)) {
			if tt.text[e.Start:e.End] != e.Text {
				t.Errorf("%q: mention %+v: text does not match its span", tt.text, e)
			}
			got[e.Text] = e.Class
		}
		for _, w := range tt.want {
			word, class, _ := strings.Cut(w, "/")
			c, ok := got[word]
			if !ok || class != "" && c != class {
				t.Errorf("%q: %q tagged %v with class %q, want class %q (got %v)", tt.text, word, ok, c, class, got)
			}
		}
		for _, w := range tt.not {
			if _, ok := got[w]; ok {
				t.Errorf("%q: %q tagged as an event", tt.text, w)
			}
		}
	}
}

// TestTagSentences checks that the sentences given group the tokens: text
// outside them is tagged line by line, and bad spans do no harm (spans that
// cut words may cut the mentions too, but stay in bounds).
func TestTagSentences(t *testing.T) {
	tg := loadTagger(t)
	txt := "Headline without a sentence\nThe troops attacked the city. Officials said so."
	for _, tt := range []struct {
		sents []news.Span
		whole bool // the spans cut no word
	}{
		{nil, true},
		{text.Sentences(txt, nil), true},
		{[]news.Span{{Start: 28, End: 57}}, true}, // the second line's first sentence only
		{[]news.Span{{Start: 10, End: 10}, {Start: 60, End: 50}}, true},   // empty and inverted
		{[]news.Span{{Start: -5, End: 3}, {Start: 40, End: 1000}}, false}, // out of bounds
		{[]news.Span{{Start: 30, End: 60}, {Start: 28, End: 45}}, false},  // overlapping, unsorted
	} {
		got := map[string]bool{}
		for _, e := range tg.Tag(txt, tt.sents) {
			if e.Start < 0 || e.End > len(txt) || e.Start >= e.End {
				t.Fatalf("sentences %v: span %+v out of bounds", tt.sents, e.Span)
			}
			got[e.Text] = true
		}
		if tt.whole && (!got["attacked"] || !got["said"]) {
			t.Errorf("sentences %v: got %v, want attacked and said", tt.sents, got)
		}
	}
}

func TestSegments(t *testing.T) {
	txt := "one\ntwo three\nfour"
	tests := []struct {
		sents []news.Span
		want  []string
	}{
		{nil, []string{"one", "two three", "four"}},
		{[]news.Span{{Start: 4, End: 13}}, []string{"one", "two three", "four"}},
		{[]news.Span{{Start: 4, End: 7}}, []string{"one", "two", " three", "four"}},
		{[]news.Span{{Start: 0, End: 8}, {Start: 4, End: 13}}, []string{"one\ntwo ", "three", "four"}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range segments(txt, tt.sents) {
			got = append(got, txt[s.Start:s.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("segments(%v) = %q, want %q", tt.sents, got, tt.want)
		}
	}
}

func TestAnnotate(t *testing.T) {
	tg := loadTagger(t)
	d := &news.Doc{Article: news.Article{Text: "Rebels attacked the town. The army said it would respond."}}
	d.Sentences = text.Sentences(d.Text, nil)
	if err := tg.Annotate(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Events) < 2 {
		t.Fatalf("events %+v, want attacked, said, ...", d.Events)
	}
	for i, e := range d.Events {
		if i > 0 && e.Start < d.Events[i-1].End {
			t.Errorf("events not in text order: %+v", d.Events)
		}
	}
}

func TestTagTokens(t *testing.T) {
	tg := loadTagger(t)
	got := tg.TagTokens([]string{"Witnesses", "said", "the", "bomb", "exploded", "."})
	want := []string{"", "REPORTING", "", "", "OCCURRENCE", ""}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("TagTokens = %q, want %q", got, want)
	}
	if got := tg.TagTokens(nil); len(got) != 0 {
		t.Errorf("TagTokens(nil) = %q", got)
	}
}

func TestModelRoundTrip(t *testing.T) {
	m := loadTagger(t).Model()
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(m2.Keys) != len(m.Keys) || m2.Margin != m.Margin || m2.Info != m.Info || len(m2.Never) != len(m.Never) {
		t.Fatalf("round trip changed the model: %d keys, margin %v; want %d, %v", len(m2.Keys), m2.Margin, len(m.Keys), m.Margin)
	}
	txt := "Officials said the storm destroyed hundreds of homes and forced thousands to flee."
	a, b := New(m).Tag(txt, nil), New(m2).Tag(txt, nil)
	if len(a) != len(b) {
		t.Fatalf("tags differ after a round trip: %+v, %+v", a, b)
	}
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("tags differ after a round trip: %+v, %+v", a[i], b[i])
		}
	}
	for _, bad := range [][]byte{nil, []byte("not a model"), buf.Bytes()} {
		if _, err := ReadModel(bytes.NewReader(bad)); err == nil {
			t.Errorf("ReadModel(%.20q): no error", bad)
		}
	}
}

// FuzzTag checks that tagging any text with any sentence spans does not
// panic and returns mentions in bounds, in text order, matching their text,
// with a known class.
func FuzzTag(f *testing.F) {
	f.Add("Bombs exploded on Friday, witnesses said.", 0, 10)
	f.Add("It's over--they've \"won\"\n\nHe said.", 5, 200)
	f.Add("\xff\xfe\x00 \u2028 killed", -3, 4)
	f.Add("", 0, 0)
	tg := loadTagger(f)
	known := map[string]bool{}
	for _, c := range Classes {
		known[c] = true
	}
	f.Fuzz(func(t *testing.T, s string, a, b int) {
		sents := []news.Span{{Start: a, End: b}, {Start: b, End: a + b}}
		for _, sp := range [][]news.Span{nil, sents, text.Sentences(s, nil)} {
			ms := tg.Tag(s, sp)
			for i, m := range ms {
				if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
					t.Fatalf("mention %+v out of bounds of %d bytes", m.Span, len(s))
				}
				if s[m.Start:m.End] != m.Text || !known[m.Class] {
					t.Fatalf("mention %+v: text %q", m, s[m.Start:m.End])
				}
				if i > 0 && m.Start < ms[i-1].End {
					t.Fatalf("mentions overlap or out of order: %+v then %+v", ms[i-1], m)
				}
			}
		}
		for _, tk := range Tokenize(s) {
			if tk.Start < 0 || tk.End > len(s) || tk.Start >= tk.End {
				t.Fatalf("token %+v out of bounds of %d bytes", tk, len(s))
			}
		}
	})
}
