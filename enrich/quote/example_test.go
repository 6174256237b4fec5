package quote_test

import (
	"fmt"

	"storyline/enrich/quote"
	"storyline/news"
)

// The extractor finds the quote, its cue and its speaker; without an entity
// layer the speaker is named by the capitalised run after the title.
func ExampleExtractor_Annotate() {
	d := &news.Doc{Article: news.Article{Text: "“We are ready to talk,” Foreign Minister Anna Berg said on Monday. " +
		"“The next round is in Oslo.”\n\nShe called the proposal “a good start”."}}
	if err := quote.New().Annotate(d); err != nil {
		fmt.Println(err)
	}
	for _, q := range d.Quotes {
		fmt.Printf("%s | %s | %q | %s\n", q.Text, q.SpeakerName, q.Cue, q.Kind)
	}
	// Output:
	// We are ready to talk | Anna Berg | "said" | direct
	// The next round is in Oslo. | Anna Berg | "" | direct
	// a good start | Anna Berg | "called" | partial
}
