package timeml

import (
	"testing"
)

const catSample = `<?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en">
<token number="0" sentence="0" t_id="1">Boeing</token>
<token number="1" sentence="0" t_id="2">wins</token>
<token number="2" sentence="1" t_id="3">March</token>
<token number="3" sentence="1" t_id="4">01</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2008</token>
<token number="6" sentence="2" t_id="7">On</token>
<token number="7" sentence="2" t_id="8">Friday</token>
<token number="8" sentence="2" t_id="9">,</token>
<token number="9" sentence="2" t_id="10">it</token>
<token number="10" sentence="2" t_id="11">won</token>
<token number="11" sentence="2" t_id="12">.</token>
<token number="12" sentence="9" t_id="13">2010</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2008-03-01"><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2008-02-29"><token_anchor t_id="8"/></TIMEX3>
<TIMEX3 TAG_DESCRIPTOR="x" functionInDocument="NONE" m_id="3" type="DATE" value="2058"/>
</Markables>
</Document>`

func TestParseCAT(t *testing.T) {
	d, err := ParseCAT([]byte(catSample))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Boeing wins\nOn Friday, it won."; d.Text != want {
		t.Errorf("text %q, want %q", d.Text, want)
	}
	if !d.DCTOK || d.DCT.Format("2006-01-02") != "2008-03-01" {
		t.Errorf("dct %v %v", d.DCT, d.DCTOK)
	}
	if len(d.Gold) != 1 || d.Gold[0].Text != "Friday" || d.Gold[0].Value != "2008-02-29" {
		t.Errorf("gold %+v", d.Gold)
	}
}

func FuzzParseCAT(f *testing.F) {
	f.Add([]byte(catSample))
	f.Add([]byte(`<Document><token t_id="2" sentence="0">a</token><token t_id="1" sentence="0">b</token><Markables><TIMEX3 value=""><token_anchor t_id="1"/><token_anchor t_id="2"/></TIMEX3></Markables></Document>`))
	f.Add([]byte(`<Document><Markables><TIMEX3 functionInDocument="CREATION_TIME" value="x"/></Markables></Document>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ParseCAT(b)
		if err != nil {
			return
		}
		for _, g := range d.Gold {
			if g.Start < 0 || g.End > len(d.Text) || g.Start >= g.End || g.Text != d.Text[g.Start:g.End] {
				t.Fatalf("bad gold span %+v in %q", g, d.Text)
			}
		}
	})
}
