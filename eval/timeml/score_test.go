package timeml

import (
	"testing"
	"time"

	"storyline/internal/shared"
	"storyline/news"
)

const sample = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>Profit &amp; sales fell <TIMEX3 tid="t1" type="DATE" value="1997">last year</TIMEX3> and in <TIMEX3 tid="t2" type="DURATION" value="P2M">the past two months</TIMEX3>; <TIMEX3 tid="t3" type="DATE" value="PRESENT_REF">now</TIMEX3> they rise.</TEXT>
</TimeML>`

func TestParse(t *testing.T) {
	d, err := Parse([]byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	if !d.DCTOK || d.DCT.Format("2006-01-02") != "1998-01-08" {
		t.Errorf("DCT = %v", d.DCT)
	}
	want := []struct{ text, typ, value string }{
		{"last year", "DATE", "1997"}, {"the past two months", "DURATION", "P2M"}, {"now", "DATE", "PRESENT_REF"},
	}
	if len(d.Gold) != len(want) {
		t.Fatalf("got %d gold expressions, want %d", len(d.Gold), len(want))
	}
	for i, w := range want {
		g := d.Gold[i]
		if g.Text != w.text || d.Text[g.Start:g.End] != w.text || g.Type != w.typ || g.Value != w.value {
			t.Errorf("gold %d = %+v, want %+v", i, g, w)
		}
	}
}

func TestScore(t *testing.T) {
	d, _ := Parse([]byte(sample))
	at := func(s string) news.Span {
		for i := 0; i+len(s) <= len(d.Text); i++ {
			if d.Text[i:i+len(s)] == s {
				return news.Span{Start: i, End: i + len(s)}
			}
		}
		t.Fatalf("%q not in text", s)
		return news.Span{}
	}
	sys := []news.Timex{
		{Span: at("last year"), Type: "DATE", Value: "1997"},          // strict, right value
		{Span: at("past two months"), Type: "DURATION", Value: "P2M"}, // relaxed only, right value
		{Span: at("sales"), Type: "DATE", Value: "X"},                 // spurious
	}
	var r Result
	r.Score(d, sys)
	r.Finish()
	check := func(name string, got, want float64) {
		if got < want-1e-9 || got > want+1e-9 {
			t.Errorf("%s = %.4f, want %.4f", name, got, want)
		}
	}
	check("StrictP", r.StrictP, 1.0/3)
	check("StrictR", r.StrictR, 1.0/3)
	check("RelaxedP", r.RelaxedP, 2.0/3)
	check("RelaxedR", r.RelaxedR, 2.0/3)
	check("ValueP", r.ValueP, 2.0/3)
	check("ValueR", r.ValueR, 2.0/3)
	check("TypeAcc", r.TypeAcc, 1)
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(sample))
	f.Add([]byte("<TimeML><TEXT>a <TIMEX3>b</TIMEX3></TEXT>"))
	f.Add([]byte("<TEXT><TIMEX3><TIMEX3>x</TIMEX3>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Parse(b)
		if err != nil {
			return
		}
		for _, g := range d.Gold {
			if g.Start < 0 || g.End > len(d.Text) || g.Start > g.End {
				t.Fatalf("bad span %+v in %d bytes", g.Span, len(d.Text))
			}
		}
	})
}

// TestEvaluateData runs a trivial tagger over the shared TimeML data, to
// check the reader on every file (the real figures: go run ./eval/timeml/tmlrun DIR).
func TestEvaluateData(t *testing.T) {
	dir := shared.Path(t, "data/tempeval3-tbaq")
	r, err := Evaluate(dir, func(string, time.Time) []news.Timex { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if r.Files != 256 || r.Gold != 1822 {
		t.Errorf("files %d gold %d, want 256 and 1822", r.Files, r.Gold)
	}
}
