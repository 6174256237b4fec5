package pipeline

import (
	"context"
	"fmt"
	"time"

	"storyline/store"
)

// rebuild restores the online state from the store in two passes. The
// first reads only article heads (no documents): every article's hash and
// stored duplicate verdict go back into the near-duplicate index (no
// search is repeated), with its signature when it is among the latest
// Window articles, and every article's story is noted. The
// second decodes and re-clusters only the originals of the stories still
// open: those with an article within the clustering window of the newest
// publication time, or among the latest IdleArticles articles when undated.
// Stories older than that could take no new article in an uninterrupted
// run either (the clusterer retires them), so start-up time and memory
// follow the open stories, not the size of the store. The document
// frequencies behind the term weights are rebuilt from the restored
// articles plus the built-in prior, not from the whole history.
func (e *Engine) rebuild(ctx context.Context) error {
	type member struct {
		id, story string
		pub       time.Time
		ordinal   int
	}
	var (
		members []member // originals with a story, in ingest order
		newest  time.Time
		n       int
	)
	stats, err := e.st.Stats(ctx)
	if err != nil {
		return err
	}
	// only the latest Window signatures can be searched: older documents
	// keep their hash and lineage but no signature
	searchFrom := stats.Articles - e.dd.Options().Window
	err = e.st.ScanHeads(ctx, func(h *store.Head) error {
		n++
		sig := h.Signature
		if n <= searchFrom {
			sig = nil
		} else if len(sig) == 0 { // stored without one: sign its text
			r, err := e.st.Article(ctx, h.ID)
			if err != nil {
				return err
			}
			sig = e.dd.Signature(r.Doc.Text)
		}
		e.dd.Restore(h.ID, h.Hash, sig, h.Published, h.DuplicateOf)
		if h.Published.After(newest) {
			newest = h.Published
		}
		if h.Story == "" {
			return nil
		}
		e.storyOf.Put(h.ID, h.Story)
		if h.Published.IsZero() {
			e.undated[h.Story]++
		}
		if h.DuplicateOf == "" {
			members = append(members, member{h.ID, h.Story, h.Published, n})
		}
		return nil
	})
	if err != nil {
		return err
	}
	opt := e.cl.Options()
	open := map[string]bool{}
	for _, m := range members {
		if m.pub.IsZero() && n-m.ordinal < opt.IdleArticles || !m.pub.IsZero() && newest.Sub(m.pub) <= opt.Window {
			open[m.story] = true
		}
	}
	restored := 0
	for _, m := range members {
		if !open[m.story] {
			continue
		}
		restored++
		r, err := e.st.Article(ctx, m.id)
		if err != nil {
			return fmt.Errorf("restore %s: %w", m.id, err)
		}
		e.cl.Restore(r.Doc, r.Story)
	}
	e.opt.Log("rebuilt state from %d stored articles (%d in %d open stories re-clustered)", n, restored, len(open))
	return nil
}
