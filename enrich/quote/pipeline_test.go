//go:build pipeline

package quote

// This file runs the quote extractor after the project's real sentence
// splitter, entity tagger and alias resolver. It is behind the "pipeline"
// build tag so that the package's own tests never depend on the state of
// those packages: go test -tags pipeline ./enrich/quote

import (
	"testing"

	"storyline/enrich/alias"
	"storyline/enrich/entity"
	"storyline/news"
	"storyline/text"
)

func init() {
	tagger, err := entity.Load()
	if err != nil {
		return // keep the fallback; TestPipelineLoads reports the error
	}
	res := alias.New(alias.DefaultOptions())
	seedMentions = func(t string) []news.Mention {
		d := &news.Doc{Article: news.Article{Text: t}}
		d.Sentences = text.Sentences(t, nil)
		if err := tagger.Annotate(d); err != nil {
			return nil
		}
		if err := res.Annotate(d); err != nil {
			return nil
		}
		return d.Entities
	}
}

func TestPipelineLoads(t *testing.T) {
	if _, err := entity.Load(); err != nil {
		t.Skipf("entity model not loadable: %v", err)
	}
}
