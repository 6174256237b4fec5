package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"storyline/ingest"
	"storyline/sample"
	"storyline/store"
)

func runDemo(env *cliEnv, args []string) error {
	fset := newFlags(env, "demo", "[flags]", `Ingest the built-in sample corpus (short articles across several stories, as
plain text, HTML and an RSS feed, with crawler junk) into an embedded store and
print its stories, then the briefing of the largest one.

By default the store is a fresh temporary file that is removed afterwards; give
--db to keep it and explore it with "storyline stories" and "storyline story ID".`)
	db := fset.String("db", "", "store location to keep the demo store (default: a temporary file)")
	if _, err := parse(fset, args); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "storyline-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	corpus := filepath.Join(tmp, "corpus")
	if err := writeFS(sample.Corpus, "corpus", corpus); err != nil {
		return fmt.Errorf("unpack sample corpus: %w", err)
	}
	loc := *db
	if loc == "" {
		loc = filepath.Join(tmp, "demo.db")
	}
	st, err := store.Open(loc)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	fmt.Fprintf(env.stdout, "Ingesting the sample corpus into %s ...\n", loc)
	sum, _, err := ingestInto(ctx, env, st, []string{corpus}, ingestConfig{maxSize: ingest.DefaultMaxSize})
	if err != nil {
		return err
	}
	fmt.Fprintln(env.stdout, sum)
	fmt.Fprintln(env.stdout)
	stories, err := st.Stories(ctx)
	if err != nil {
		return err
	}
	if err := printStories(ctx, env.stdout, st, stories, 0); err != nil {
		return err
	}
	if len(stories) > 0 {
		fmt.Fprintln(env.stdout)
		return showStory(ctx, env.stdout, st, stories[0].ID, "text")
	}
	return nil
}

// writeFS copies the tree at root in fsys to the directory dst.
func writeFS(fsys fs.FS, root, dst string) error {
	return fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}
