package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"storyline/export"
	"storyline/news"
	"storyline/store"
	"storyline/story"
)

func runStories(env *cliEnv, args []string) error {
	fs := newFlags(env, "stories", "[flags]", "List the stories in the store, largest and most recently updated first.")
	db := dbFlag(fs)
	limit := fs.Int("limit", 50, "show at most this many stories (0: all)")
	asJSON := fs.Bool("json", false, "print JSON Lines (id, title, size, first, last) instead of a table")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	st, err := store.Open(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	stories, err := st.Stories(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(env.stdout)
		for i, s := range stories {
			if *limit > 0 && i >= *limit {
				break
			}
			if err := enc.Encode(map[string]any{"id": s.ID, "title": s.Title, "size": s.Size, "first": dateOf(s.Created), "last": dateOf(s.Updated)}); err != nil {
				return err
			}
		}
		return nil
	}
	return printStories(ctx, env.stdout, st, stories, *limit)
}

// printStories prints a table of stories with the titles of their first articles.
func printStories(ctx context.Context, w io.Writer, st store.Store, stories []store.StoryRecord, limit int) error {
	if len(stories) == 0 {
		fmt.Fprintln(w, "no stories yet: ingest some articles first (storyline ingest PATH)")
		return nil
	}
	fmt.Fprintf(w, "%d stories\n\n", len(stories))
	for i, s := range stories {
		if limit > 0 && i >= limit {
			fmt.Fprintf(w, "… %d more (use --limit 0 to see all)\n", len(stories)-limit)
			break
		}
		span := dateOf(s.Created)
		if l := dateOf(s.Updated); l != span && l != "" {
			span += " – " + l
		}
		if span == "" {
			span = "undated"
		}
		fmt.Fprintf(w, "%-20s %3d article(s)  %s\n  %s\n", s.ID, s.Size, span, s.Title)
		recs, err := st.StoryArticles(ctx, s.ID)
		if err != nil {
			return err
		}
		for j, r := range recs {
			if j >= 6 {
				fmt.Fprintf(w, "    … and %d more\n", len(recs)-j)
				break
			}
			mark := ""
			if r.DuplicateOf != "" {
				mark = " (copy of " + r.DuplicateOf + ")"
			}
			fmt.Fprintf(w, "    - %s: %s%s\n", r.Doc.ID, oneLine(r.Doc.Title, 90), mark)
		}
		fmt.Fprintln(w)
	}
	return nil
}

func runStory(env *cliEnv, args []string) error {
	fs := newFlags(env, "story", "[flags] ID", `Show one story: title, summary with citations, timeline, who's who, quotes by
speaker, disagreements between sources, and the sources. An id of a story that was
merged into another shows the surviving story.`)
	db := dbFlag(fs)
	format := fs.String("format", "text", "output format: text, md or json")
	since := fs.String("since", "", "also print an update summary of what is new since this date (YYYY-MM-DD)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return errUsage
	}
	switch *format {
	case "text", "md", "json":
	default:
		return fmt.Errorf("unknown format %q (want text, md or json)", *format)
	}
	st, err := store.Open(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	if err := showStory(ctx, env.stdout, st, pos[0], *format); err != nil {
		return err
	}
	if *since != "" {
		return showUpdate(ctx, env.stdout, st, pos[0], *since)
	}
	return nil
}

// loadStory builds the views of story id from its stored articles.
func loadStory(ctx context.Context, st store.Store, id string) (*news.Story, []story.Member, error) {
	head, err := st.Story(ctx, id)
	if err != nil {
		return nil, nil, fmt.Errorf("story %s: %w", id, err)
	}
	recs, err := st.StoryArticles(ctx, head.ID)
	if err != nil {
		return nil, nil, err
	}
	ms := make([]story.Member, len(recs))
	for i, r := range recs {
		ms[i] = story.Member{Doc: r.Doc, DuplicateOf: r.DuplicateOf, Similarity: r.Similarity}
	}
	s := story.Build(head.ID, ms, story.Options{})
	return s, ms, nil
}

// showStory renders one story in the given format.
func showStory(ctx context.Context, w io.Writer, st store.Store, id, format string) error {
	s, ms, err := loadStory(ctx, st, id)
	if err != nil {
		return err
	}
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(export.FromStory(s))
	case "md":
		return story.Markdown(w, s, ms)
	default:
		return story.Text(w, s, ms)
	}
}

func dateOf(t interface {
	IsZero() bool
	Format(string) string
}) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// oneLine collapses whitespace and cuts s to n runes.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
