package main

import (
	"bufio"
	"context"
	"encoding/json"
	"os"

	"storyline/export"
	"storyline/news"
	"storyline/store"
)

func runExport(env *cliEnv, args []string) error {
	fs := newFlags(env, "export", "[flags]", `Print the store as JSON Lines: every article in ingest order (kind "article", with
its text, sentences, entities, times and quotes, its story and duplicate_of), then
every story (kind "story", with entities, timeline, quotes, discrepancies and summary).
Entity keys in articles are the story's canonical identities.`)
	db := dbFlag(fs)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	st, err := store.Open(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	out := bufio.NewWriterSize(env.stdout, 1<<16)
	defer out.Flush()

	// Build the stories first: merging identities across a story rewrites the
	// entity keys of its articles. Keep only the rewrites, and the story lines
	// in a temporary file, so memory stays bounded by the largest story.
	stories, err := st.Stories(ctx)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp("", "storyline-export-*.jsonl")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	tw := bufio.NewWriter(tmp)
	tenc := json.NewEncoder(tw)
	rewrites := map[string][]news.Mention{}
	for _, h := range stories {
		s, ms, err := loadStory(ctx, st, h.ID)
		if err != nil {
			return err
		}
		for _, m := range ms {
			rewrites[m.Doc.ID] = m.Doc.Entities
		}
		if err := tenc.Encode(export.FromStory(s)); err != nil {
			return err
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	enc := json.NewEncoder(out)
	err = st.Scan(ctx, func(r *store.Record) error {
		if ents, ok := rewrites[r.Doc.ID]; ok {
			r.Doc.Entities = ents
		}
		return enc.Encode(export.ForExport(r.Doc, r.Story, r.DuplicateOf, r.Similarity))
	})
	if err != nil {
		return err
	}
	if _, err := tmp.Seek(0, 0); err != nil {
		return err
	}
	_, err = out.ReadFrom(tmp)
	return err
}
