package clusters

import (
	"strings"
	"testing"

	"storyline/internal/shared"
	"storyline/news"
)

// unrelated is an article written for this test: it shares a name with the
// seed story but is about something else.
const unrelated = `Senator visits Miami school to promote reading programme
Marco Rubio toured an elementary school in Miami on Thursday to promote a federal reading programme for children from low-income families. Teachers showed the senator classrooms where pupils use new tablets and a library renovated with a grant. Parents asked about funding for after-school clubs and school buses. The district superintendent said enrolment rose by eight percent this year and that the programme pays for two reading specialists per school.`

// TestSeedsAmidBackground: the five seeds amid 1,000 Reuters/BBC articles
// and an unrelated article sharing a name form exactly one story of the
// five, in six orders. (eval/clusters/chaintest runs it on annotated docs.)
func TestSeedsAmidBackground(t *testing.T) {
	seeds, err := ReadPlainDir(shared.Path(t, "seeds"))
	if err != nil {
		t.Fatal(err)
	}
	if len(seeds) < 2 {
		t.Skip("fewer than two seeds")
	}
	corpus, err := LoadCorpus(shared.Path(t, "data"))
	if err != nil {
		t.Fatal(err)
	}
	odd := &news.Doc{}
	odd.ID, odd.Text = "unrelated", unrelated
	odd.Title, _, _ = strings.Cut(unrelated, "\n")
	for _, p := range SeedScenario(seeds, Background(corpus, 1000), odd, 6) {
		t.Error(p)
	}
}
