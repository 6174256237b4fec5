package timemlxml

import (
	"testing"
)

func TestParse(t *testing.T) {
	const doc = `<?xml version="1.0"?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME">02/13/1998</TIMEX3></DCT>
<TEXT>Talks <EVENT eid="e1" class="OCCURRENCE">ended</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-12">Thursday &amp; <EVENT eid="e2" class="STATE">calm</EVENT></TIMEX3>.</TEXT>
</TimeML>`
	d, err := Parse([]byte(doc), "TIMEX3", "EVENT")
	if err != nil {
		t.Fatal(err)
	}
	if !d.HasText || d.Text != "Talks ended Thursday & calm." {
		t.Fatalf("text %q (HasText %v)", d.Text, d.HasText)
	}
	want := []struct {
		name, id, span string
		inText         bool
	}{
		{"TIMEX3", "t0", "", false},
		{"EVENT", "e1", "ended", true},
		{"EVENT", "e2", "calm", true},
		{"TIMEX3", "t1", "Thursday & calm", true},
	}
	if len(d.Elements) != len(want) {
		t.Fatalf("got %d elements, want %d: %+v", len(d.Elements), len(want), d.Elements)
	}
	for i, w := range want {
		e := d.Elements[i]
		id := e.Attrs["tid"] + e.Attrs["eid"]
		if e.Name != w.name || id != w.id || e.InText != w.inText {
			t.Errorf("element %d: got %s %s in text %v, want %s %s %v", i, e.Name, id, e.InText, w.name, w.id, w.inText)
		}
		if e.InText && d.Text[e.Start:e.End] != w.span {
			t.Errorf("element %d: span %q, want %q", i, d.Text[e.Start:e.End], w.span)
		}
	}
}

func TestParseKeepsOnlyNamed(t *testing.T) {
	d, err := Parse([]byte(`<TimeML><TEXT>a <EVENT class="X">b</EVENT> <SIGNAL>c</SIGNAL></TEXT></TimeML>`), "EVENT")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Elements) != 1 || d.Elements[0].Name != "EVENT" {
		t.Fatalf("got %+v", d.Elements)
	}
}

func TestParseNoText(t *testing.T) {
	d, err := Parse([]byte(`<TimeML><EVENT>x</EVENT></TimeML>`), "EVENT")
	if err != nil {
		t.Fatal(err)
	}
	if d.HasText || len(d.Elements) != 1 || d.Elements[0].InText {
		t.Fatalf("got %+v", d)
	}
}

// FuzzParse checks that any input gives spans inside the text or an error,
// never a panic.
func FuzzParse(f *testing.F) {
	f.Add([]byte(`<TimeML><TEXT>On <TIMEX3 value="1998">1998</TIMEX3> it <EVENT>rose</EVENT></TEXT></TimeML>`))
	f.Add([]byte(`<TEXT><EVENT><TIMEX3>x</EVENT></TIMEX3></TEXT>`))
	f.Add([]byte(`<TEXT>unterminated <EVENT>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Parse(b, "TIMEX3", "EVENT")
		if err != nil {
			return
		}
		for _, e := range d.Elements {
			if e.InText && (e.Start < 0 || e.End < e.Start || e.End > len(d.Text)) {
				t.Fatalf("span [%d,%d) outside text of %d bytes", e.Start, e.End, len(d.Text))
			}
		}
	})
}
