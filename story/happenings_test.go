package story

import (
	"strings"
	"testing"

	"storyline/news"
)

// sentenceHappening reads the one-sentence marked-up text s (see doc) and
// returns the happening of its trigger named trig, ok=false when the
// sentence reports none (no such trigger, or it did not happen as stated).
func sentenceHappening(t *testing.T, published, s, trig string) (happening, bool) {
	t.Helper()
	d := doc("t", published, s)
	for _, h := range docHappenings(Member{Doc: d}, indexDoc(d)) {
		if h.trigger == trig {
			return h, true
		}
	}
	return happening{}, false
}

func TestTokenize(t *testing.T) {
	d := doc("t", "2025-02-19", "[[Trump|PER|trump]]’s hour-long call with then-US envoy [[Ann Lee|PER|ann-lee]] — “brief”.")
	toks := tokenizeSentence(d, d.Sentences[0], indexDoc(d), nil)
	var got []string
	for _, tk := range toks {
		switch {
		case tk.ent != nil:
			got = append(got, "<"+tk.ent.Text+">")
		case tk.upper:
			got = append(got, strings.ToUpper(tk.low))
		default:
			got = append(got, tk.low)
		}
	}
	want := `<Trump> 's hour-long call with THEN-US envoy <Ann Lee> - " brief " .`
	if g := strings.Join(got, " "); g != want {
		t.Errorf("tokens = %s\nwant     %s", g, want)
	}
}

func TestParties(t *testing.T) {
	cases := []struct {
		sent, trig string
		want       string // party names joined by "+", "" for none
	}{
		{"[[Ann Lee|PER|ann-lee]] met [[Bo Chan|PER|bo-chan]] on {{Tuesday|DATE|2025-02-18}}.", "meeting", "Ann Lee+Bo Chan"},
		{"US Secretary of State [[Ann Lee|PER|ann-lee]] and Foreign Minister [[Bo Chan|PER|bo-chan]] spoke by phone.", "call", "Ann Lee+Bo Chan"},
		{"A phone call was held between the Minister of [[Ruritania|LOC|ruritania]] [[Ann Lee|PER|ann-lee]] and [[Bo Chan|PER|bo-chan]].", "call", "Ann Lee+Bo Chan"},
		{"[[Ann Lee|PER|ann-lee]]'s hour-long call with [[Bo Chan|PER|bo-chan]] surprised allies.", "call", "Ann Lee+Bo Chan"},
		{"In a phone call on {{Saturday|DATE|2025-02-15}}, [[Ann Lee|PER|ann-lee]] and [[Bo Chan|PER|bo-chan]] agreed to talk again.", "call", "Ann Lee+Bo Chan"},
		{"[[Ann Lee|PER|ann-lee]] and [[Bo Chan|PER|bo-chan]] discussed trade in a call on {{Saturday|DATE|2025-02-15}}.", "call", "Ann Lee+Bo Chan"},
		{"The conference was held by [[Acme|ORG|acme]] on {{Friday|DATE|2025-02-14}}.", "meeting", "Acme"},
		{"The delegation, led by [[Ann Lee|PER|ann-lee]], met with the Kremlin's adviser [[Bo Chan|PER|bo-chan]].", "meeting", "Bo Chan"},
		// countries are not participants; a speaker is not one either
		{"Talks between [[Ruritania|LOC|ruritania]] and [[Freedonia|LOC|freedonia]] began, [[Ann Lee|PER|ann-lee]] said.", "talks", ""},
		// an apposition after a comma is no list
		{"The visit by [[Ann Lee|PER|ann-lee]], a [[Treasury|ORG|treasury]] official said, went well.", "visit", "Ann Lee"},
		// the subject of another clause does not take part
		{"[[Ann Lee|PER|ann-lee]] said in a statement that the talks went well.", "talks", ""},
	}
	for _, c := range cases {
		h, ok := sentenceHappening(t, "2025-02-19", c.sent, c.trig)
		got := ""
		if ok && h.own {
			got = strings.Join(partyNames(h.parties), "+")
		}
		if got != c.want {
			t.Errorf("%q: parties of %s = %q, want %q", c.sent, c.trig, got, c.want)
		}
	}
}

func TestPlaceAndDate(t *testing.T) {
	cases := []struct {
		sent, trig  string
		place, date string // "" for none
		vague       bool
	}{
		{"The talks in [[Riyadh|LOC|riyadh]] on {{Tuesday|DATE|2025-02-18}} lasted hours.", "talks", "Riyadh", "2025-02-18", false},
		{"[[Ann Lee|PER|ann-lee]] met [[Bo Chan|PER|bo-chan]] in [[Geneva|LOC|geneva]] on {{Tuesday|DATE|2025-02-18}}.", "meeting", "Geneva", "2025-02-18", false},
		{"In [[Geneva|LOC|geneva]], [[Ann Lee|PER|ann-lee]] met [[Bo Chan|PER|bo-chan]].", "meeting", "Geneva", "", false},
		{"{{Last week|DATE|2025-W07}}, [[Ann Lee|PER|ann-lee]] had a phone call with [[Bo Chan|PER|bo-chan]].", "call", "", "2025-W07", false},
		{"{{Tuesday|DATE|2025-02-18}}'s meeting paved the way.", "meeting", "", "2025-02-18", false},
		{"“On {{Feb 15|DATE|2025-02-15}} on the initiative of the other side a phone call was held between [[Ann Lee|PER|ann-lee]] and [[Bo Chan|PER|bo-chan]],” the ministry said.", "call", "", "2025-02-15", false},
		// the place of the war, not of the talks; a place that modifies a noun
		{"[[Ann Lee|PER|ann-lee]] held talks to end the war in [[Ruritania|LOC|ruritania]].", "talks", "", "", false},
		{"[[Ann Lee|PER|ann-lee]] met officials in [[Ruritania|LOC|ruritania]] peace efforts.", "meeting", "", "", false},
		// a reference point is not the date of the happening
		{"The first meeting of the two since the outbreak of war in {{February 2022|DATE|2022-02}}, [[Ann Lee|PER|ann-lee]] met [[Bo Chan|PER|bo-chan]].", "meeting", "", "", false},
		{"[[Ann Lee|PER|ann-lee]] met [[Bo Chan|PER|bo-chan]] after {{Tuesday|DATE|2025-02-18}}.", "meeting", "", "", false},
		// a time that modifies another noun
		{"[[Acme|ORG|acme]] bought 1,500 vehicles in the {{1986|DATE|1986}} model year.", "deal", "", "", false},
		// hedged
		{"[[Ann Lee|PER|ann-lee]] met [[Bo Chan|PER|bo-chan]] around {{Tuesday|DATE|2025-02-18}}.", "meeting", "", "2025-02-18", true},
	}
	for _, c := range cases {
		h, ok := sentenceHappening(t, "2025-02-19", c.sent, c.trig)
		if !ok {
			if c.place != "" || c.date != "" {
				t.Errorf("%q: no %s", c.sent, c.trig)
			}
			continue
		}
		place, date := "", ""
		if h.place != nil {
			place = h.place.name
		}
		if h.date != nil {
			date = h.date.value
		}
		if place != c.place || date != c.date || h.date != nil && h.date.vague != c.vague {
			t.Errorf("%q: %s in %q on %q (vague %v); want in %q on %q (vague %v)", c.sent, c.trig, place, date, h.date != nil && h.date.vague, c.place, c.date, c.vague)
		}
	}
	// a weekday counted from an inferred document date is vague
	d := doc("t", "2025-02-19", "[[Ann Lee|PER|ann-lee]] met [[Bo Chan|PER|bo-chan]] on {{Tuesday|DATE|2025-02-18}}.")
	d.PublishedSource = news.DateInferred
	hs := docHappenings(Member{Doc: d}, indexDoc(d))
	if len(hs) != 1 || hs[0].date == nil || !hs[0].date.vague {
		t.Errorf("weekday of an inferred date: %+v; want a vague date", hs)
	}
}

func TestUnreal(t *testing.T) {
	cases := []struct {
		sent, trig string
		real       bool
	}{
		{"[[Ann Lee|PER|ann-lee]] met [[Bo Chan|PER|bo-chan]] on {{Tuesday|DATE|2025-02-18}}.", "meeting", true},
		{"[[Ann Lee|PER|ann-lee]] will meet [[Bo Chan|PER|bo-chan]] on {{Friday|DATE|2025-02-21}}.", "meeting", false},
		{"[[Ann Lee|PER|ann-lee]] has said he will meet [[Bo Chan|PER|bo-chan]] in [[Geneva|LOC|geneva]].", "meeting", false},
		{"They agreed to meet in [[Geneva|LOC|geneva]].", "meeting", false},
		{"[[Ann Lee|PER|ann-lee]] did not meet [[Bo Chan|PER|bo-chan]] in [[Geneva|LOC|geneva]].", "meeting", false},
		{"The two sides called for talks in [[Geneva|LOC|geneva]].", "talks", false},
		{"[[Ann Lee|PER|ann-lee]] and [[Bo Chan|PER|bo-chan]] met again in [[Geneva|LOC|geneva]].", "meeting", false},
		{"A second call between [[Ann Lee|PER|ann-lee]] and [[Bo Chan|PER|bo-chan]] followed.", "call", false},
		{"Recent meetings in [[Geneva|LOC|geneva]] went well.", "meeting", false},
		{"The vote will take place in [[Geneva|LOC|geneva]].", "election", false},
		// dated after the article: announced, not reported
		{"[[Ann Lee|PER|ann-lee]] meets [[Bo Chan|PER|bo-chan]] in [[Geneva|LOC|geneva]] on {{Friday|DATE|2025-02-21}}.", "meeting", false},
	}
	for _, c := range cases {
		_, ok := sentenceHappening(t, "2025-02-19", c.sent, c.trig)
		if ok != c.real {
			t.Errorf("%q: %s reported = %v, want %v", c.sent, c.trig, ok, c.real)
		}
	}
}

// article is one marked-up article of a comparison case.
type article struct {
	id, published, text string
	copyOf              string // id of the article it copies
	inferred            bool   // its date is inferred
}

// compared builds a story of the articles and returns its comparison lines:
// "D attribute: article=text, ..." for discrepancies and "C fact [articles]"
// for corroborations, of the attributes named with the given prefix.
func compared(as []article, prefix string) []string {
	var ms []Member
	for _, a := range as {
		d := doc(a.id, a.published, a.text)
		if a.inferred {
			d.PublishedSource = news.DateInferred
		}
		ms = append(ms, Member{Doc: d, DuplicateOf: a.copyOf})
	}
	s := Build("s", ms, Options{})
	var out []string
	for _, d := range s.Discrepancies {
		if !strings.HasPrefix(d.Attribute, prefix) {
			continue
		}
		var vs []string
		for _, v := range d.Values {
			if v.Span == nil || v.Span.In(docText(ms, v.Article)) != v.Text {
				vs = append(vs, "BAD SPAN")
			}
			if v.Norm != "" {
				vs = append(vs, v.Article+"="+v.Text+"("+v.Norm+")")
			} else {
				vs = append(vs, v.Article+"="+v.Text)
			}
		}
		out = append(out, "D "+d.Attribute+": "+strings.Join(vs, ", "))
	}
	for _, c := range s.Corroborations {
		if strings.HasPrefix(c.Fact, prefix) {
			out = append(out, "C "+c.Fact+" ["+strings.Join(c.Articles, " ")+"]")
		}
	}
	return out
}

func docText(ms []Member, id string) string {
	for _, m := range ms {
		if m.Doc.ID == id {
			return m.Doc.Text
		}
	}
	return ""
}

// comparisonCase is a story and the comparison lines it must yield.
type comparisonCase struct {
	name     string
	articles []article
	want     []string
}

func runComparison(t *testing.T, prefix string, cases []comparisonCase) {
	t.Helper()
	for _, c := range cases {
		got := compared(c.articles, prefix)
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s:\n got  %q\n want %q", c.name, got, c.want)
		}
	}
}

const (
	ann = "[[Ann Lee|PER|ann-lee]]"
	bo  = "[[Bo Chan|PER|bo-chan]]"
	cy  = "[[Cy Diaz|PER|cy-diaz]]"
)

func TestCompareDates(t *testing.T) {
	runComparison(t, "date of", []comparisonCase{
		{"weekdays that disagree", []article{
			{id: "a", published: "2025-02-19", text: ann + " and " + bo + " held talks in [[Riyadh|LOC|riyadh]] on {{Tuesday|DATE|2025-02-18}}."},
			{id: "b", published: "2025-02-20", text: "Talks between " + ann + " and " + bo + " were held on {{Wednesday|DATE|2025-02-19}}."},
		}, []string{"D date of the talks (Ann Lee, Bo Chan): a=Tuesday(2025-02-18), b=Wednesday(2025-02-19)"}},
		{"a day inside the week agrees; two precise days corroborate", []article{
			{id: "a", published: "2025-02-19", text: ann + " met " + bo + " on {{Tuesday|DATE|2025-02-18}}."},
			{id: "b", published: "2025-02-21", text: ann + " met " + bo + " {{this week|DATE|2025-W08}}."},
			{id: "c", published: "2025-02-19", text: "On {{February 18|DATE|2025-02-18}}, " + ann + " met " + bo + "."},
		}, []string{"C date of the meeting (Ann Lee, Bo Chan): 2025-02-18 [a c]"}},
		{"hedged values are tolerated", []article{
			{id: "a", published: "2025-02-19", text: ann + " met " + bo + " on {{Tuesday|DATE|2025-02-18}}."},
			{id: "b", published: "2025-02-20", text: ann + " met " + bo + " late {{Wednesday|DATE|2025-02-19}}."},
		}, nil},
		{"a weekday counted from an inferred date is tolerated", []article{
			{id: "a", published: "2025-02-19", text: ann + " met " + bo + " on {{Tuesday|DATE|2025-02-18}}."},
			{id: "b", published: "2025-02-20", inferred: true, text: ann + " met " + bo + " on {{Wednesday|DATE|2025-02-19}}."},
		}, nil},
		{"a month apart: two calls, not a disagreement", []article{
			{id: "a", published: "2025-02-15", text: ann + " and " + bo + " spoke by phone on {{February 15|DATE|2025-02-15}}."},
			{id: "b", published: "2025-03-15", text: ann + " and " + bo + " spoke by phone on {{March 15|DATE|2025-03-15}}."},
		}, nil},
		{"an article written before the other date cannot report it", []article{
			{id: "a", published: "2025-02-17", text: ann + " and " + bo + " spoke by phone on {{Monday|DATE|2025-02-17}}."},
			{id: "b", published: "2025-02-19", text: ann + " and " + bo + " spoke by phone on {{Wednesday|DATE|2025-02-19}}."},
		}, nil},
		{"an article that dates it twice reports two happenings", []article{
			{id: "a", published: "2025-02-20", text: ann + " met " + bo + " on {{Tuesday|DATE|2025-02-18}}.\n" + ann + " met " + bo + " on {{Wednesday|DATE|2025-02-19}}."},
			{id: "b", published: "2025-02-20", text: ann + " met " + bo + " on {{Wednesday|DATE|2025-02-19}}."},
		}, []string{"C date of the meeting (Ann Lee, Bo Chan): 2025-02-19 [a b]"}},
		{"one party in common is not one happening's identity", []article{
			{id: "a", published: "2025-02-20", text: ann + " met " + bo + " on {{Tuesday|DATE|2025-02-18}}."},
			{id: "b", published: "2025-02-20", text: ann + " met " + cy + " on {{Wednesday|DATE|2025-02-19}}."},
		}, nil},
		{"wire copies count once", []article{
			{id: "a", published: "2025-02-19", text: ann + " met " + bo + " on {{Tuesday|DATE|2025-02-18}}."},
			{id: "b", published: "2025-02-19", copyOf: "a", text: ann + " met " + bo + " on {{Tuesday|DATE|2025-02-18}}."},
			{id: "c", published: "2025-02-20", copyOf: "a", text: ann + " met " + bo + " on {{Wednesday|DATE|2025-02-19}}."},
		}, nil},
	})
}

func TestComparePlaces(t *testing.T) {
	runComparison(t, "place of", []comparisonCase{
		{"two cities for one meeting", []article{
			{id: "a", published: "2025-02-19", text: ann + " met " + bo + " in [[Geneva|LOC|geneva]] on {{Tuesday|DATE|2025-02-18}}."},
			{id: "b", published: "2025-02-19", text: ann + " met " + bo + " in [[Vienna|LOC|vienna]] on {{Tuesday|DATE|2025-02-18}}."},
		}, []string{"D place of the meeting (Ann Lee, Bo Chan): a=Geneva, b=Vienna"}},
		{"a city and its country, related by one article", []article{
			{id: "a", published: "2025-02-19", text: ann + " met " + bo + " in [[Riyadh|LOC|riyadh]] on {{Tuesday|DATE|2025-02-18}}.\nThe talks in [[Riyadh|LOC|riyadh]], [[Saudi Arabia|LOC|saudi-arabia]] lasted hours."},
			{id: "b", published: "2025-02-19", text: ann + " met " + bo + " in [[Saudi Arabia|LOC|saudi-arabia]] on {{Tuesday|DATE|2025-02-18}}."},
		}, nil},
		{"one name inside the other", []article{
			{id: "a", published: "2025-02-19", text: ann + " met " + bo + " in [[New York|LOC|new-york]] on {{Tuesday|DATE|2025-02-18}}."},
			{id: "b", published: "2025-02-19", text: ann + " met " + bo + " in [[New York City|LOC|new-york-city]] on {{Tuesday|DATE|2025-02-18}}."},
		}, nil},
		{"different days are different meetings", []article{
			{id: "a", published: "2025-02-19", text: ann + " met " + bo + " in [[Geneva|LOC|geneva]] on {{Monday|DATE|2025-02-17}}."},
			{id: "b", published: "2025-02-19", text: ann + " met " + bo + " in [[Vienna|LOC|vienna]] on {{Tuesday|DATE|2025-02-18}}."},
		}, nil},
		{"undated meetings may be two", []article{
			{id: "a", published: "2025-02-19", text: ann + " met " + bo + " in [[Geneva|LOC|geneva]]."},
			{id: "b", published: "2025-02-19", text: ann + " met " + bo + " in [[Vienna|LOC|vienna]]."},
		}, nil},
		{"the same place corroborates", []article{
			{id: "a", published: "2025-02-19", text: ann + " met " + bo + " in [[Geneva|LOC|geneva]] on {{Tuesday|DATE|2025-02-18}}."},
			{id: "b", published: "2025-02-19", text: "In [[Geneva|LOC|geneva]], " + ann + " met " + bo + "."},
		}, []string{"C place of the meeting (Ann Lee, Bo Chan): Geneva [a b]"}},
	})
}

func TestCompareParticipants(t *testing.T) {
	runComparison(t, "participants of", []comparisonCase{
		{"the same two parties corroborate", []article{
			{id: "a", published: "2025-02-19", text: ann + " and " + bo + " spoke by phone on {{Tuesday|DATE|2025-02-18}}."},
			{id: "b", published: "2025-02-19", text: "In a call on {{Tuesday|DATE|2025-02-18}}, " + bo + " and " + ann + " agreed to talk."},
			{id: "c", published: "2025-02-19", copyOf: "b", text: "In a call on {{Tuesday|DATE|2025-02-18}}, " + bo + " and " + ann + " agreed to talk."},
		}, []string{"C participants of the call (2025-02-18): Ann Lee, Bo Chan [a b]"}},
		{"one meeting, different parties the other article never names", []article{
			{id: "a", published: "2025-02-19", text: ann + " met " + bo + " in [[Geneva|LOC|geneva]] on {{Tuesday|DATE|2025-02-18}}."},
			{id: "b", published: "2025-02-19", text: ann + " met " + cy + " in [[Geneva|LOC|geneva]] on {{Tuesday|DATE|2025-02-18}}."},
		}, []string{"D participants of the meeting (2025-02-18, Geneva): a=Ann Lee met Bo Chan, b=Ann Lee met Cy Diaz"}},
		{"an article that knows the other party", []article{
			{id: "a", published: "2025-02-19", text: ann + " met " + bo + " in [[Geneva|LOC|geneva]] on {{Tuesday|DATE|2025-02-18}}.\n" + cy + " was also in town."},
			{id: "b", published: "2025-02-19", text: ann + " met " + cy + " in [[Geneva|LOC|geneva]] on {{Tuesday|DATE|2025-02-18}}."},
		}, nil},
		{"an article that reports two meetings there that day", []article{
			{id: "a", published: "2025-02-19", text: ann + " met " + bo + " in [[Geneva|LOC|geneva]] on {{Tuesday|DATE|2025-02-18}}.\n" + ann + " met [[Di Eng|PER|di-eng]] in [[Geneva|LOC|geneva]] on {{Tuesday|DATE|2025-02-18}}."},
			{id: "b", published: "2025-02-19", text: ann + " met " + cy + " in [[Geneva|LOC|geneva]] on {{Tuesday|DATE|2025-02-18}}."},
		}, nil},
		{"no place: no identity", []article{
			{id: "a", published: "2025-02-19", text: ann + " met " + bo + " on {{Tuesday|DATE|2025-02-18}}."},
			{id: "b", published: "2025-02-19", text: ann + " met " + cy + " on {{Tuesday|DATE|2025-02-18}}."},
		}, nil},
	})
}
