package clusters

import (
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"storyline/cluster"
	"storyline/internal/shared"
	"storyline/news"
	"storyline/pipeline"
)

// unrelated is an article written for this test: it shares a name with the
// seed story but is about something else.
const unrelated = `Senator visits Miami school to promote reading programme
Marco Rubio toured an elementary school in Miami on Thursday to promote a federal reading programme for children from low-income families. Teachers showed the senator classrooms where pupils use new tablets and a library renovated with a grant. Parents asked about funding for after-school clubs and school buses. The district superintendent said enrolment rose by eight percent this year and that the programme pays for two reading specialists per school.`

func TestSeedsAmidBackground(t *testing.T) { seedsAmidBackground(t, nil) }

// TestSeedsAmidBackgroundAnnotated runs the seed scenario on documents
// annotated by the pipeline's chain (real entities and times), as ingest does.
func TestSeedsAmidBackgroundAnnotated(t *testing.T) {
	if testing.Short() {
		t.Skip("annotates 1,000 articles")
	}
	chain, err := pipeline.NewChain()
	if err != nil {
		t.Skipf("no annotation chain: %v", err)
	}
	seedsAmidBackground(t, func(d *news.Doc) {
		d.Sentences = nil
		_ = chain.Annotate(d)
	})
}

func seedsAmidBackground(t *testing.T, annotate func(*news.Doc)) {
	seedDir := shared.Path(t, "seeds")
	data := shared.Path(t, "data")
	seeds, err := ReadPlainDir(seedDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(seeds) < 2 {
		t.Skip("fewer than two seeds")
	}
	corpus, err := LoadCorpus(data)
	if err != nil {
		t.Fatal(err)
	}
	bg := Background(corpus, 1000)
	odd := &news.Doc{}
	odd.ID, odd.Text = "unrelated", unrelated
	odd.Title, _, _ = strings.Cut(unrelated, "\n")
	if annotate != nil {
		for _, d := range append(append(append([]*news.Doc{}, bg...), seeds...), odd) {
			annotate(d)
		}
	}
	for trial := range 6 {
		rng := rand.New(rand.NewPCG(uint64(trial), 7))
		docs := append(append([]*news.Doc{}, bg...), seeds...)
		docs = append(docs, odd)
		rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
		if trial == 1 { // seeds first, in reverse order, the unrelated one right after
			docs = append(append([]*news.Doc{}, seeds...), append([]*news.Doc{odd}, bg...)...)
			for i, j := 0, len(seeds)-1; i < j; i, j = i+1, j-1 {
				docs[i], docs[j] = docs[j], docs[i]
			}
		}
		c := cluster.New(cluster.DefaultOptions())
		got := map[string]string{}
		explain := map[string]string{}
		for _, d := range docs {
			a := c.Add(d)
			got[d.ID] = a.Story
			explain[d.ID] = a.Explain
		}
		story := c.Resolve(got[seeds[0].ID])
		members := map[string]bool{}
		for id, s := range got {
			if c.Resolve(s) == story {
				members[id] = true
			}
		}
		for _, s := range seeds {
			if !members[s.ID] {
				t.Errorf("trial %d: seed %s not in the seed story: %s", trial, filepath.Base(s.ID), explain[s.ID])
			}
		}
		if len(members) != len(seeds) {
			var extra []string
			for id := range members {
				if strings.HasPrefix(id, "bg-") || id == "unrelated" {
					extra = append(extra, id+": "+explain[id])
				}
			}
			t.Errorf("trial %d: seed story has %d members, want %d; extra: %s", trial, len(members), len(seeds), strings.Join(extra, "\n"))
		}
	}
}
