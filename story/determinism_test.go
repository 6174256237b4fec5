package story

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"storyline/news"
	"storyline/text"
)

// TestBuildIsDeterministic builds a story whose articles repeat the same
// sentences (ties everywhere) many times and requires the same views each
// time: map iteration order must not leak into titles, summaries or
// citations.
func TestBuildIsDeterministic(t *testing.T) {
	shared := []string{
		"Shares of the company rose sharply after quarterly profit beat forecasts by a wide margin.",
		"Net profit for the quarter was 36 cents a share against a loss of 1.48 dollars a year earlier.",
		"Revenue grew to 3.4 million dollars from 2.9 million dollars in the same quarter last year.",
		"The board proposed a dividend of ten cents and said orders for the spring season looked strong.",
		"Chief executive officers of rival firms said demand across the region stayed firm in March.",
		"Costs of raw materials fell while wages rose slightly and the company cut its debt by a third.",
	}
	var members []Member
	for i := range 64 {
		body := fmt.Sprintf("Analysts in city number %d welcomed the figures on the day of publication.\n", i)
		for j := range shared {
			if i>>j&1 == 1 || j == i%len(shared) { // different subsets: every word its own frequency
				body += shared[j] + "\n"
			}
		}
		d := &news.Doc{Article: news.Article{ID: fmt.Sprintf("d%02d", i), Title: fmt.Sprintf("Company posts quarterly profit %d", i%3),
			Text: body, Published: time.Date(2025, 3, 1+i%4, 0, 0, 0, 0, time.UTC), PublishedSource: news.DateGiven}}
		d.Sentences = text.Sentences(d.Text, nil)
		members = append(members, Member{Doc: d})
	}
	var first []byte
	for range 30 {
		ms := append([]Member(nil), members...)
		b, err := json.Marshal(Build("s", ms, Options{}))
		if err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = b
		} else if string(b) != string(first) {
			t.Fatalf("two builds of the same story differ:\n%s\n%s", first, b)
		}
	}
}
