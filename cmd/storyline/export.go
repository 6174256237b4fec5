package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"

	"storyline/export"
	"storyline/news"
	"storyline/store"
)

func runExport(env *cliEnv, args []string) error {
	fs := newFlags(env, "export", "[flags]", `Print the store as JSON Lines: every article in ingest order (kind "article", with
its text, sentences, entities, times, quotes and events, its story and duplicate_of), then
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
	// entity keys of its articles. The story lines and the rewritten entity
	// lists go to temporary files, and memory keeps only where each
	// article's list starts, so it stays bounded by the largest story.
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
	rw, err := os.CreateTemp("", "storyline-export-entities-*.jsonl")
	if err != nil {
		return err
	}
	defer os.Remove(rw.Name())
	defer rw.Close()
	tw, rww := bufio.NewWriter(tmp), bufio.NewWriter(rw)
	tenc := json.NewEncoder(tw)
	type extent struct{ at, n int64 }
	rewrites := map[string]extent{}
	var at int64
	for _, h := range stories {
		s, ms, err := loadStory(ctx, st, h.ID)
		if err != nil {
			return err
		}
		for _, m := range ms {
			b, err := json.Marshal(m.Doc.Entities)
			if err != nil {
				return err
			}
			if _, err := rww.Write(b); err != nil {
				return err
			}
			rewrites[m.Doc.ID] = extent{at, int64(len(b))}
			at += int64(len(b))
		}
		if err := tenc.Encode(export.FromStory(s)); err != nil {
			return err
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if err := rww.Flush(); err != nil {
		return err
	}
	enc := json.NewEncoder(out)
	var buf []byte
	err = st.Scan(ctx, func(r *store.Record) error {
		if x, ok := rewrites[r.Doc.ID]; ok {
			buf = append(buf[:0], make([]byte, x.n)...)
			if _, err := rw.ReadAt(buf, x.at); err != nil {
				return fmt.Errorf("read the story entities of %s: %w", r.Doc.ID, err)
			}
			var ents []news.Mention
			if err := json.Unmarshal(buf, &ents); err != nil {
				return fmt.Errorf("read the story entities of %s: %w", r.Doc.ID, err)
			}
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
