package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"storyline/eval/timeline"
	"storyline/ingest"
	"storyline/news"
	"storyline/store"
)

// evalSeeds ingests a seeds directory into a temporary store, builds the
// story that holds most of the gold story's documents, and scores its
// timeline, comparison and summary against the gold (DIR/../gold/seeds.json).
func evalSeeds(env *cliEnv, dir string) error {
	goldPath := filepath.Join(filepath.Dir(filepath.Clean(dir)), "gold", "seeds.json")
	g, err := timeline.ReadGold(goldPath)
	if err != nil {
		return err
	}
	if len(g.Stories) == 0 {
		return fmt.Errorf("%s: no gold story", goldPath)
	}
	tmp, err := os.MkdirTemp("", "storyline-eval-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	st, err := store.Open(filepath.Join(tmp, "eval.db"))
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	quiet := &cliEnv{stdin: env.stdin, stdout: env.stdout, stderr: env.stderr, getenv: env.getenv}
	if _, _, err := ingestInto(ctx, quiet, st, []string{dir}, ingestConfig{maxSize: ingest.DefaultMaxSize, quiet: true}); err != nil {
		return err
	}
	best, bestN := "", -1
	for _, doc := range g.Stories[0].Documents {
		r, err := st.Article(ctx, doc)
		if err != nil {
			continue
		}
		recs, err := st.StoryArticles(ctx, r.Story)
		if err != nil {
			return err
		}
		n := 0
		for _, x := range recs {
			for _, d := range g.Stories[0].Documents {
				if x.Doc.ID == d {
					n++
				}
			}
		}
		if n > bestN {
			best, bestN = r.Story, n
		}
	}
	if best == "" {
		return fmt.Errorf("none of the gold documents was ingested from %s", dir)
	}
	s, ms, err := loadStory(ctx, st, best)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "story %s holds %d of the %d gold documents (%d articles)\n", best, bestN, len(g.Stories[0].Documents), len(s.Articles))
	timeline.Score(s, g).Write(env.stdout)
	gq, err := timeline.ReadGoldQuotes(goldPath)
	if err != nil {
		return err
	}
	var docs []*news.Doc
	for _, m := range ms {
		docs = append(docs, m.Doc)
	}
	timeline.ScoreQuotes(docs, gq).Write(env.stdout)
	return nil
}
