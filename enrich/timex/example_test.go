package timex_test

import (
	"fmt"
	"time"

	"storyline/enrich/timex"
)

func Example() {
	tg := timex.New()
	dct := time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC) // a Saturday
	text := "Military leaders met in Paris on March 11 and will meet again on Thursday, more than three years since the invasion."
	for _, x := range tg.Tag(text, dct) {
		fmt.Printf("%s\t%s\t%s\n", x.Text, x.Type, x.Value)
	}
	// Output:
	// March 11	DATE	2025-03-11
	// Thursday	DATE	2025-03-20
	// more than three years	DURATION	P3Y
}

func ExampleTagger_DateInStory() {
	tg := timex.New()
	text := "Rubio and Lavrov spoke by phone on Saturday, the State Department said. " +
		"On Saturday, thirty leaders decided to exert pressure. Military leaders met in Paris on March 11."
	story := timex.StoryContext{Dates: []time.Time{
		time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC),
		time.Date(2025, 2, 19, 0, 0, 0, 0, time.UTC),
	}}
	day, _, ok := tg.DateInStory(text, story)
	fmt.Println(day.Format("2006-01-02"), ok)
	// Output: 2025-03-15 true
}
