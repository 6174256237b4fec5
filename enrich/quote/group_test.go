package quote

import (
	"reflect"
	"testing"

	"storyline/news"
)

func TestRelate(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want Relation
	}{
		{"We will win.", "we will win", Same},
		{"We will win this war together", "will win this war", Shortened},
		{"We will win this war together", "We shall win this war together", Altered},
		{"unlikely", "very unlikely", Different},
		{"The ball is in Russia's court", "Talks will resume in May", Different},
	} {
		if got := Relate(c.a, c.b); got != c.want {
			t.Errorf("Relate(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestGroup(t *testing.T) {
	doc := func(id string, qs ...news.Quote) *news.Doc {
		return &news.Doc{Article: news.Article{ID: id}, Quotes: qs}
	}
	q := func(text, key, name string) news.Quote {
		return news.Quote{Text: text, Speaker: key, SpeakerName: name}
	}
	docs := []*news.Doc{
		doc("a", q("We not only listened, but also heard each other", "sergei-lavrov", "Sergei Lavrov"), q("unlikely", "", "Yuri Ushakov")),
		doc("b", q("We not only listened, but also heard each other.", "sergei-lavrov", "Sergei Lavrov")),
		doc("c", q("not only listened, but also heard each other", "", "Lavrov"), q("very useful", "sergei-lavrov", "Sergei Lavrov")),
		doc("d", q("We listened, and also heard each other", "sergei-lavrov", "Sergei Lavrov"), q("We not only listened, but also heard each other", "marco-rubio", "Marco Rubio")),
	}
	got := Group(docs)
	want := []news.StoryQuote{
		{Text: "We not only listened, but also heard each other", Speaker: "sergei-lavrov", SpeakerName: "Sergei Lavrov",
			Articles: []string{"a", "b", "c", "d"},
			Variants: []string{"not only listened, but also heard each other", "We listened, and also heard each other"}},
		{Text: "unlikely", SpeakerName: "Yuri Ushakov", Articles: []string{"a"}},
		{Text: "very useful", Speaker: "sergei-lavrov", SpeakerName: "Sergei Lavrov", Articles: []string{"c"}},
		{Text: "We not only listened, but also heard each other", Speaker: "marco-rubio", SpeakerName: "Marco Rubio", Articles: []string{"d"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Group:\n got %+v\nwant %+v", got, want)
	}
}
