package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"storyline/news"
	"storyline/store"
	"storyline/store/sqlite"
)

func Example() {
	dir, err := os.MkdirTemp("", "storyline-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	db, err := sqlite.Open(filepath.Join(dir, "news.db")) // or store.Open("sqlite:…")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()

	doc := &news.Doc{Article: news.Article{
		ID: "a1", Title: "Bridge reopens after repairs",
		Text:      "The old bridge reopened on Friday after two years of repairs.",
		Published: time.Date(2025, 3, 7, 0, 0, 0, 0, time.UTC), DateOnly: true,
	}}
	err = db.Commit(ctx, &store.Batch{
		Records: []store.Record{{Doc: doc, Story: "bridge"}},
		Stories: []store.StoryRecord{{ID: "bridge", Title: "Bridge repairs"}},
	})
	if err != nil {
		log.Fatal(err)
	}

	hits, err := db.Search(ctx, `repairs "bridge`, 5)
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range hits {
		fmt.Printf("%s %q in story %s\n", h.ID, h.Title, h.Story)
	}
	s, err := db.Story(ctx, "bridge")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(s.Title, s.Size)
	// Output:
	// a1 "Bridge reopens after repairs" in story bridge
	// Bridge repairs 1
}
