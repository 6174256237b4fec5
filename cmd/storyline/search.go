package main

import (
	"context"
	"fmt"
	"strings"

	"storyline/store"
)

func runSearch(env *cliEnv, args []string) error {
	fs := newFlags(env, "search", "[flags] QUERY", "Full-text search over the titles and texts of stored articles.")
	db := dbFlag(fs)
	limit := fs.Int("limit", 20, "show at most this many hits")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		fs.Usage()
		return errUsage
	}
	st, err := store.Open(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	hits, err := st.Search(context.Background(), strings.Join(pos, " "), *limit)
	if err != nil {
		return err
	}
	if len(hits) == 0 {
		fmt.Fprintln(env.stdout, "no matches")
	}
	for _, h := range hits {
		fmt.Fprintf(env.stdout, "%s  story %s\n  %s\n  %s\n\n", h.ID, h.Story, oneLine(h.Title, 100), oneLine(h.Snippet, 160))
	}
	return nil
}
