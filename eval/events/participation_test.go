package events

import (
	"strings"
	"testing"
	"time"

	"storyline/news"
	"storyline/text"
)

// testDoc builds an annotated document from text whose layers are marked
// inline: [[Name|TYPE|key]] an entity mention, *word an event mention,
// {{text|VALUE}} a DATE time expression. Sentences come from
// text.Sentences.
func testDoc(marked string) *news.Doc {
	var b strings.Builder
	d := &news.Doc{}
	for len(marked) > 0 {
		switch {
		case strings.HasPrefix(marked, "[["):
			end := strings.Index(marked, "]]")
			f := strings.Split(marked[2:end], "|")
			start := b.Len()
			b.WriteString(f[0])
			d.Entities = append(d.Entities, news.Mention{Span: news.Span{Start: start, End: b.Len()}, Text: f[0], Type: news.EntityType(f[1]), Entity: f[2], Name: f[0]})
			marked = marked[end+2:]
		case strings.HasPrefix(marked, "{{"):
			end := strings.Index(marked, "}}")
			f := strings.Split(marked[2:end], "|")
			start := b.Len()
			b.WriteString(f[0])
			d.Times = append(d.Times, news.Timex{Span: news.Span{Start: start, End: b.Len()}, Text: f[0], Type: "DATE", Value: f[1]})
			marked = marked[end+2:]
		case marked[0] == '*':
			end := strings.IndexAny(marked[1:], " .,") + 1
			if end == 0 {
				end = len(marked)
			}
			start := b.Len()
			b.WriteString(marked[1:end])
			d.Events = append(d.Events, news.EventMention{Span: news.Span{Start: start, End: b.Len()}, Text: marked[1:end]})
			marked = marked[end:]
		default:
			b.WriteByte(marked[0])
			marked = marked[1:]
		}
	}
	d.Text = b.String()
	d.Sentences = text.Sentences(d.Text, nil)
	return d
}

// words returns the text of the participations, each with its date.
func words(d *news.Doc, ps []participation) string {
	var out []string
	for _, p := range ps {
		w := p.ev.Span.In(d.Text)
		if p.date != "" {
			w += "@" + p.date
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

func TestParticipations(t *testing.T) {
	base := SystemOptions{Tagged: true, Text: TextNever, Scope: ScopeClause, Dating: DateSentence}
	with := func(f func(o *SystemOptions)) SystemOptions {
		o := base
		f(&o)
		return o
	}
	tests := []struct {
		name, target, doc string
		opt               SystemOptions
		want              string
	}{
		{"subject and object; another clause left out", "Steve Jobs",
			"[[Steve Jobs|PER|steve-jobs]] *unveiled the phone and *said that prices would *fall.", base,
			"unveiled said"},
		{"no entity mention: nothing", "Steve Jobs",
			"The company *unveiled a phone.", base, ""},
		{"an alias shares the canonical key", "Steve Jobs",
			"[[Steve Jobs|PER|steve-jobs]] spoke. Later [[Jobs|PER|steve-jobs]] *resigned.", base,
			"resigned"},
		{"the surname alone, case-sensitive", "Steve Jobs",
			"[[Jobs|PER|jobs]] *resigned. The jobs *report *came out.", base,
			"resigned"},
		{"whole sentence", "Steve Jobs",
			"[[Steve Jobs|PER|steve-jobs]] *said that prices would *fall.", with(func(o *SystemOptions) { o.Scope = ScopeSentence }),
			"said fall"},
		{"window of 2 tokens", "Steve Jobs",
			"[[Steve Jobs|PER|steve-jobs]] *said on the phone that it *rained.", with(func(o *SystemOptions) { o.Scope, o.Window = ScopeWindow, 2 }),
			"said"},
		{"a comma bounds the clause when asked", "Steve Jobs",
			"[[Steve Jobs|PER|steve-jobs]] *spoke, *smiling.", with(func(o *SystemOptions) { o.CommaBoundary = true }),
			"spoke"},
		{"nearest entity mention", "Steve Jobs",
			"[[Steve Jobs|PER|steve-jobs]] *met [[Tim Cook|PER|tim-cook]] who *resigned. [[Steve Jobs|PER|steve-jobs]] and [[Tim Cook|PER|tim-cook]] *talked.", with(func(o *SystemOptions) { o.Nearest = true }),
			"met"},
		{"text match when no mention names the target", "iPhone 4",
			"The iPhone 4 was *unveiled. [[Apple|ORG|apple]] *sold it.", with(func(o *SystemOptions) { o.Text = TextFallback }),
			"unveiled"},
		{"no text match where a mention names the target", "Apple",
			"[[Apple|ORG|apple]] *grew. Apple *fell.", with(func(o *SystemOptions) { o.Text = TextFallback }),
			"grew"},
		{"text match always", "Apple",
			"[[Apple|ORG|apple]] *grew. Apple *fell.", with(func(o *SystemOptions) { o.Text = TextAlways }),
			"grew fell"},
		{"pronouns refer to the nearest person, in a chain", "Steve Jobs",
			"[[Steve Jobs|PER|steve-jobs]] *spoke. He *left. He *returned. [[Tim Cook|PER|tim-cook]] *stayed. He *laughed.", with(func(o *SystemOptions) { o.Pronouns = true }),
			"spoke left returned"},
		{"a pronoun two sentences away is not resolved", "Steve Jobs",
			"[[Steve Jobs|PER|steve-jobs]] *spoke. Prices *rose. He *left.", with(func(o *SystemOptions) { o.Pronouns = true }),
			"spoke"},
		{"it refers to the nearest non-person", "iPhone 4",
			"The iPhone 4 *shipped. It *sold well.", with(func(o *SystemOptions) { o.Text, o.PronounIt = TextFallback, true }),
			"shipped sold"},
		{"dates: the nearest time expression of the sentence", "Steve Jobs",
			"[[Steve Jobs|PER|steve-jobs]] *joined in {{1976|1976}} and *left in {{1985|1985}}. He *returned.", with(func(o *SystemOptions) { o.Pronouns = true }),
			"joined@1976 left@1985 returned"},
		{"dates: else the previous date", "Steve Jobs",
			"[[Steve Jobs|PER|steve-jobs]] *left in {{1985|1985}}. He *returned.", with(func(o *SystemOptions) { o.Pronouns, o.Dating = true, DateSentenceOrPrevious }),
			"left@1985 returned@1985"},
		{"dates: else the creation date", "Steve Jobs",
			"[[Steve Jobs|PER|steve-jobs]] *spoke.", with(func(o *SystemOptions) { o.Dating = DateSentenceOrDCT }),
			"spoke@2011-08-24"},
		{"dates: values that are not calendar dates do not date", "Steve Jobs",
			"[[Steve Jobs|PER|steve-jobs]] *spoke {{now|PRESENT_REF}}.", base,
			"spoke"},
	}
	for _, tt := range tests {
		d := testDoc(tt.doc)
		d.Published = time.Date(2011, 8, 24, 0, 0, 0, 0, time.UTC)
		got := words(d, participations(d, entityPatterns(tt.target), tt.opt, d.Events))
		if got != tt.want {
			t.Errorf("%s: got %q, want %q (text %q)", tt.name, got, tt.want, d.Text)
		}
	}
}

func TestParticle(t *testing.T) {
	tests := []struct {
		sentence string
		verb     int
		want     string
	}{
		{"Jobs showed off the phone .", 1, "off"},
		{"He took six months off in 2009 .", 1, "off"},
		{"He took the phone out of his pocket .", 1, "out"},
		{"He will step down .", 2, "down"},
		{"He said that prices went up .", 1, ""},        // a clause boundary first
		{"He left , up the hill .", 1, ""},              // punctuation first
		{"He took a very long time to get up .", 1, ""}, // too far
		{"He resigned .", 1, ""},
	}
	for _, tt := range tests {
		d := &Document{}
		for _, w := range strings.Fields(tt.sentence) {
			d.Tokens = append(d.Tokens, Token{Sentence: 3, Text: w})
		}
		d.Tokens = append(d.Tokens, Token{Sentence: 4, Text: "up"}) // the next sentence
		if got := particle(d, tt.verb); got != tt.want {
			t.Errorf("%q: particle of %q = %q, want %q", tt.sentence, d.Tokens[tt.verb].Text, got, tt.want)
		}
	}
}

func TestMentionWord(t *testing.T) {
	for in, want := range map[string]string{"Announced": "announced", "pre-Orders": "pre-orders", "a b": "a_b", "ÉTÉ": "été"} {
		if got := mentionWord(in); got != want {
			t.Errorf("mentionWord(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMergeTimeline(t *testing.T) {
	m := func(word, date string) GoldMention { return GoldMention{Doc: "1", Sentence: 2, Word: word, Date: date} }
	story := []GoldMention{m("said", "XXXX-XX-XX"), m("met", "2004")}
	tagged := []GoldMention{m("said", "2005-06-06"), m("met", "2003"), m("left", "XXXX-XX-XX")}
	tl := mergeTimeline("E", story, tagged)
	got := map[string]GoldMention{}
	for _, x := range tl.Mentions {
		got[x.Word] = x
	}
	// A dated listing replaces an undated one; the first dated one stays.
	if len(tl.Mentions) != 3 || got["said"].Date != "2005-06-06" || got["met"].Date != "2004" || got["left"].Order != 0 {
		t.Errorf("merged %+v", tl.Mentions)
	}
	if got["met"].Order != 1 || got["said"].Order != 2 {
		t.Errorf("positions by date: %+v", tl.Mentions)
	}
}

func TestScoreMentions(t *testing.T) {
	d := &Document{Tokens: []Token{
		{Sentence: 0, Text: "Bombs"}, {Sentence: 0, Text: "exploded"}, {Sentence: 0, Text: "."},
		{Sentence: 6, Text: "He"}, {Sentence: 6, Text: "will"}, {Sentence: 6, Text: "be"}, {Sentence: 6, Text: "back"},
	}, Events: map[string][]int{"1": {1}, "2": {4, 5}}}
	l := NewLayout(d)
	span := func(i int) news.Span { return l.Tokens[i] }
	sys := []news.EventMention{
		{Span: span(1)}, // exploded: right
		{Span: span(0)}, // Bombs: wrong
		{Span: span(5)}, // be: one token of the two of "will be"
		{Span: news.Span{Start: span(1).Start, End: span(1).End - 1}}, // not a token
	}
	all := scoreMentions(d, l, sys, -1)
	if want := (MentionScore{Docs: 1, Gold: 3, Sys: 4, Match: 2, Unaligned: 1, MultiToken: 1}); all != want {
		t.Errorf("every sentence: %+v, want %+v", all, want)
	}
	head := scoreMentions(d, l, sys, 5)
	if want := (MentionScore{Docs: 1, Gold: 1, Sys: 3, Match: 1, Unaligned: 1}); head != want {
		t.Errorf("sentences 0-5: %+v, want %+v", head, want)
	}
}
