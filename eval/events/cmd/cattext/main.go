// Command cattext writes the documents of a CAT XML corpus (MEANTIME,
// SemEval-2015 Task 4) as plain-text articles that `storyline ingest` reads:
// a " date YYYY-MM-DD" metadata line, the title line, then the text. It lets a
// real multi-source topic be ingested and read as a story.
//
// Usage:
//
//	go run ./eval/events/cmd/cattext OUTDIR CAT-DIR...
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"storyline/eval/events"
)

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: cattext OUTDIR CAT-DIR...")
		os.Exit(2)
	}
	out := os.Args[1]
	if err := os.MkdirAll(out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	n := 0
	for _, dir := range os.Args[2:] {
		files, _ := filepath.Glob(filepath.Join(dir, "*.xml"))
		for _, f := range files {
			d, err := events.ReadCAT(f)
			if err != nil {
				fmt.Fprintf(os.Stderr, "cattext: %s: %v\n", f, err)
				continue
			}
			nd := events.NewsDoc(d, events.NewLayout(d), f)
			var b strings.Builder
			if !nd.Published.IsZero() {
				fmt.Fprintf(&b, " date %s\n", nd.Published.Format("2006-01-02"))
			}
			b.WriteString(nd.Text)
			b.WriteString("\n")
			name := strings.TrimSuffix(filepath.Base(f), ".xml") + ".txt"
			if err := os.WriteFile(filepath.Join(out, name), []byte(b.String()), 0o644); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			n++
		}
	}
	fmt.Printf("wrote %d articles to %s\n", n, out)
}
