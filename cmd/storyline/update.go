package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"storyline/store"
	"storyline/story"
)

// showUpdate prints the update summary of story id: what its articles
// published after since (YYYY-MM-DD) add to the earlier ones.
func showUpdate(ctx context.Context, w io.Writer, st store.Store, id, since string) error {
	t, err := time.Parse("2006-01-02", since)
	if err != nil {
		return fmt.Errorf("--since %q: want a date like 2025-02-18", since)
	}
	_, ms, err := loadStory(ctx, st, id)
	if err != nil {
		return err
	}
	upd := story.Update(ms, t.Add(24*time.Hour-time.Nanosecond), 4)
	fmt.Fprintf(w, "\nNew since %s:\n", since)
	if len(upd) == 0 {
		fmt.Fprintln(w, "- nothing new")
	}
	for _, s := range upd {
		fmt.Fprintf(w, "- %s (%v)\n", s.Text, s.Articles)
	}
	return nil
}
