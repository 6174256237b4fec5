//go:build pipeline

package quote

// This file runs the quote extractor after the project's real sentence
// splitter, entity tagger and alias resolver, then merges identities across
// the seed story and carries the merged names over to the quote speakers (as
// the story builder does). It is behind the "pipeline" build tag so that the
// package's own tests never depend on the state of those packages:
//
//	go test -tags pipeline ./enrich/quote

import (
	"sort"
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
	seedQuotes = func(texts map[string]string) map[string][]news.Quote {
		var names []string
		for n := range texts {
			names = append(names, n)
		}
		sort.Strings(names)
		var docs []*news.Doc
		var before [][]news.Mention
		for _, n := range names {
			d := &news.Doc{Article: news.Article{ID: n, Text: texts[n]}}
			d.Sentences = text.Sentences(d.Text, nil)
			_ = tagger.Annotate(d)
			_ = res.Annotate(d)
			_ = New().Annotate(d)
			docs = append(docs, d)
			before = append(before, append([]news.Mention(nil), d.Entities...))
		}
		res.Merge(docs)
		out := map[string][]news.Quote{}
		for i, d := range docs {
			rekey(d, before[i])
			out[d.ID] = d.Quotes
		}
		return out
	}
}

// rekey carries the identities Merge gave d's mentions over to its quote
// speakers, which hold the document-level keys of before.
func rekey(d *news.Doc, before []news.Mention) {
	if len(before) != len(d.Entities) {
		return
	}
	type id struct{ key, name string }
	re := map[string]id{}
	for i, m := range before {
		if m.Entity != "" {
			re[m.Entity] = id{d.Entities[i].Entity, d.Entities[i].Name}
		}
	}
	for i := range d.Quotes {
		if n, ok := re[d.Quotes[i].Speaker]; ok {
			d.Quotes[i].Speaker, d.Quotes[i].SpeakerName = n.key, n.name
		}
	}
}

func TestPipelineLoads(t *testing.T) {
	if _, err := entity.Load(); err != nil {
		t.Skipf("entity model not loadable: %v", err)
	}
}
