package extract_test

import (
	"fmt"

	"storyline/extract"
	"storyline/news"
)

func ExampleExtract() {
	body := " date 2025-02-18 Officials from both countries met in Geneva on Tuesday.\n\n" +
		"Next steps\n\nThey agreed to meet again in March, a spokesman said.\n\n\n" +
		"Storm Floods Coastal Towns as Rivers Burst Their Banks\n" +
		"Central Bank Holds Rates Steady Amid Inflation Worries\n" +
		"Football Club Signs Young Striker in Record Deal\n"
	a, err := extract.Extract(&news.Raw{Input: "a.txt", ID: "a", Body: []byte(body)}, extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.PublishedValue(), a.PublishedSource)
	fmt.Printf("%q\n", a.Text)
	for _, h := range a.Headings {
		fmt.Println("heading:", h.In(a.Text))
	}
	for _, r := range a.Removed {
		fmt.Println("removed:", r.Kind, r.Text)
	}
	// Output:
	// 2025-02-18 metadata
	// "Officials from both countries met in Geneva on Tuesday.\n\nNext steps\n\nThey agreed to meet again in March, a spokesman said."
	// heading: Next steps
	// removed: metadata date 2025-02-18
	// removed: related-headlines Storm Floods Coastal Towns as Rivers Burst Their Banks
	// removed: related-headlines Central Bank Holds Rates Steady Amid Inflation Worries
	// removed: related-headlines Football Club Signs Young Striker in Record Deal
}

func ExampleParseDate() {
	t, dateOnly, ok := extract.ParseDate("Feb. 18, 2025 10:03 a.m. ET")
	fmt.Println(t, dateOnly, ok)
	// Output: 2025-02-18 10:03:00 -0500 ET false true
}
