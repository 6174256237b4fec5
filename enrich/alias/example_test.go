package alias_test

import (
	"fmt"
	"strings"

	"storyline/enrich/alias"
	"storyline/news"
)

// mention marks the first occurrence of s in text as a mention of type t,
// as a tagger would.
func mention(text, s string, t news.EntityType) news.Mention {
	i := strings.Index(text, s)
	return news.Mention{Span: news.Span{Start: i, End: i + len(s)}, Text: s, Type: t}
}

func Example() {
	r := alias.New(alias.DefaultOptions())
	a := "Foreign Minister Sergei Lavrov spoke. Lavrov's aide agreed."
	b := "Sergey Lavrov met U.S. officials."
	d1 := &news.Doc{Article: news.Article{ID: "a", Text: a}, Entities: []news.Mention{
		mention(a, "Foreign Minister Sergei Lavrov", news.PER),
		mention(a, "Lavrov's", news.PER),
	}}
	d2 := &news.Doc{Article: news.Article{ID: "b", Text: b}, Entities: []news.Mention{
		mention(b, "Sergey Lavrov", news.PER),
		mention(b, "U.S.", news.LOC),
	}}
	for _, d := range []*news.Doc{d1, d2} {
		_ = r.Annotate(d)
	}
	for _, m := range d1.Entities {
		fmt.Printf("%q %s role=%q\n", m.Text, m.Entity, m.Role)
	}
	for _, e := range r.Merge([]*news.Doc{d1, d2}) {
		fmt.Println(e.Entity, e.Name, e.Type, e.Aliases, e.Articles)
	}
	// Output:
	// "Sergei Lavrov" sergei-lavrov role="Foreign Minister"
	// "Lavrov" sergei-lavrov role=""
	// sergei-lavrov Sergei Lavrov PER [Lavrov Sergei Lavrov Sergey Lavrov] [a b]
	// united-states United States LOC [U.S.] [b]
}
