package chaintest

import (
	"strings"
	"testing"

	"storyline/eval/clusters"
	"storyline/internal/shared"
	"storyline/news"
	"storyline/pipeline"
)

// unrelated is an article written for this test: it shares a name with the
// seed story but is about something else.
const unrelated = `Senator visits Miami school to promote reading programme
Marco Rubio toured an elementary school in Miami on Thursday to promote a federal reading programme for children from low-income families. Teachers showed the senator classrooms where pupils use new tablets and a library renovated with a grant. Parents asked about funding for after-school clubs and school buses. The district superintendent said enrolment rose by eight percent this year and that the programme pays for two reading specialists per school.`

func TestSeedsAmidBackgroundAnnotated(t *testing.T) {
	if testing.Short() {
		t.Skip("annotates 1,000 articles")
	}
	seeds, err := clusters.ReadPlainDir(shared.Path(t, "seeds"))
	if err != nil {
		t.Fatal(err)
	}
	corpus, err := clusters.LoadCorpus(shared.Path(t, "data"))
	if err != nil {
		t.Fatal(err)
	}
	chain, err := pipeline.NewChain()
	if err != nil {
		t.Skipf("no annotation chain: %v", err)
	}
	odd := &news.Doc{}
	odd.ID, odd.Text = "unrelated", unrelated
	odd.Title, _, _ = strings.Cut(unrelated, "\n")
	bg := clusters.Background(corpus, 1000)
	for _, d := range append(append(append([]*news.Doc{}, bg...), seeds...), odd) {
		d.Sentences = nil
		_ = chain.Annotate(d)
	}
	for _, p := range clusters.SeedScenario(seeds, bg, odd, 6) {
		t.Error(p)
	}
}
