package event

import (
	"strings"
	"testing"

	"storyline/news"
)

const tmlSample = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TITLE>Bombs <EVENT eid="e0" class="OCCURRENCE">explode</EVENT></TITLE>
<TEXT>
Suspected bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> outside the U.S. &amp; British
embassies <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, witnesses <EVENT eid="e3" class="REPORTING"> said </EVENT>.

It<EVENT eid="e4" class="state">'s</EVENT> <EVENT eid="e5">over</EVENT>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1"/>
</TimeML>`

func TestParseTimeML(t *testing.T) {
	d, err := ParseTimeML([]byte(tmlSample))
	if err != nil {
		t.Fatal(err)
	}
	// The line break inside the paragraph reads as a space; the blank line
	// between paragraphs stays.
	if !strings.Contains(d.Text, "& British embassies Friday,") || !strings.Contains(d.Text, ".\n\nIt's over.") {
		t.Errorf("text %q", d.Text)
	}
	want := []news.EventMention{
		{Text: "exploded", Class: "OCCURRENCE"},
		{Text: "said", Class: "REPORTING"},
		{Text: "'s", Class: "STATE"},
		{Text: "over"},
	}
	if len(d.Events) != len(want) {
		t.Fatalf("events %+v, want %d", d.Events, len(want))
	}
	for i, e := range d.Events {
		if e.Text != want[i].Text || e.Class != want[i].Class || d.Text[e.Start:e.End] != e.Text {
			t.Errorf("event %d: %+v (text %q), want %q %q", i, e, d.Text[e.Start:e.End], want[i].Text, want[i].Class)
		}
	}
}

func TestParseTimeMLErrors(t *testing.T) {
	for _, in := range []string{"", "<TimeML><DOCID>x</DOCID></TimeML>", "<TimeML><TEXT>a <EVENT>b</TEXT>"} {
		if _, err := ParseTimeML([]byte(in)); err == nil {
			t.Errorf("ParseTimeML(%q): no error", in)
		}
	}
}

func TestGoldLabels(t *testing.T) {
	text := "He said it's over-due."
	toks := Tokenize(text)
	events := []news.EventMention{
		{Span: news.Span{Start: 3, End: 7}, Class: "REPORTING"}, // said
		{Span: news.Span{Start: 10, End: 12}, Class: "STATE"},   // 's
		{Span: news.Span{Start: 13, End: 17}, Class: ""},        // "over" of "over-due": no token
	}
	labels, hit := goldLabels(toks, events)
	want := []int{0, classLabel("REPORTING"), 0, classLabel("STATE"), 0, 0}
	if hit != 2 || len(labels) != len(want) {
		t.Fatalf("labels %v (%d hit), want %v", labels, hit, want)
	}
	for i := range want {
		if labels[i] != want[i] {
			t.Errorf("token %q: label %d, want %d", text[toks[i].Start:toks[i].End], labels[i], want[i])
		}
	}
}
