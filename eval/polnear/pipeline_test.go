//go:build pipeline

package polnear

// Scores the full chain (sentences, entity tagger, alias resolver, quotes) on
// PolNeAR dev, behind the "pipeline" build tag so the package's own tests never
// depend on the other packages: go test -tags pipeline ./eval/polnear

import (
	"os"
	"strings"
	"testing"

	"storyline/enrich/alias"
	"storyline/enrich/entity"
	"storyline/enrich/quote"
	"storyline/internal/shared"
	"storyline/news"
	"storyline/text"
)

func TestPipelineDev(t *testing.T) { pipelineSplit(t, "dev") }

func TestPipelineTrain(t *testing.T) {
	if os.Getenv("POLNEAR_TRAIN") == "" {
		t.Skip("set POLNEAR_TRAIN=1 to score the train split")
	}
	pipelineSplit(t, "train")
}

func pipelineSplit(t *testing.T, split string) {
	dir := shared.Path(t, "data/polnear/"+split)
	tagger, err := entity.Load()
	if err != nil {
		t.Skipf("entity model not loadable: %v", err)
	}
	res := alias.New(alias.DefaultOptions())
	q := quote.New()
	r, err := Evaluate(dir, func(s string) []news.Quote {
		d := &news.Doc{Article: news.Article{Text: s}}
		d.Sentences = text.Sentences(s, nil)
		_ = tagger.Annotate(d)
		_ = res.Annotate(d)
		_ = q.Annotate(d)
		return d.Quotes
	})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	r.Write(&b)
	t.Logf("%s, full pipeline:\n%s", split, b.String())
	if *verbose {
		for _, e := range r.Errors {
			os.Stdout.WriteString(e + "\n")
		}
	}
}
