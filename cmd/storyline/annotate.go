package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"storyline/enrich/entity"
	"storyline/eval/conll"
	"storyline/export"
	"storyline/ingest"
	"storyline/news"
	"storyline/pipeline"
)

func runAnnotate(env *cliEnv, args []string) error {
	fs := newFlags(env, "annotate", "[flags] [FILE|-]", `Run the article pipeline on one document (a file, or - / nothing for stdin) and
print one JSON object: text, title, published, published_source, sentences,
entities, times, quotes and events (TimeML event mentions), with byte offsets into "text".

With --raw the text is the input byte for byte (no cleaning), so offsets index the
input file. HTML (by --html, a .html/.htm name, or content) is reduced to its main
text first. With --conll the input is CoNLL-2003 columns and every line is written
back with one more column: the predicted entity tag (IOB2).`)
	dct := fs.String("dct", "", "document creation time (YYYY-MM-DD or RFC 3339); overrides any date in the document")
	raw := fs.Bool("raw", false, "annotate the input exactly as given (no extraction or cleaning)")
	html := fs.Bool("html", false, "treat the input as HTML and extract its main text")
	conllMode := fs.Bool("conll", false, "read CoNLL-2003 columns and append a predicted IOB2 tag column")
	pretty := fs.Bool("pretty", false, "indent the JSON output")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		fs.Usage()
		return errUsage
	}
	name, data, err := readInput(env, pos)
	if err != nil {
		return err
	}
	if *conllMode {
		tg, err := entity.Load()
		if err != nil {
			return err
		}
		return conll.Annotate(strings.NewReader(string(data)), env.stdout, tg.TagDocument)
	}
	var given time.Time
	if *dct != "" {
		if given, err = parseDay(*dct); err != nil {
			return fmt.Errorf("--dct %q: %w", *dct, err)
		}
	}
	chain, err := pipeline.NewChain()
	if err != nil {
		return err
	}
	var d *news.Doc
	if *raw {
		d = &news.Doc{Article: news.Article{ID: idOf(name), Input: name, Text: string(data)}}
	} else {
		rw, err := firstRaw(name, data, *html)
		if err != nil {
			return err
		}
		art, err := chain.Extract(rw)
		if err != nil {
			return err
		}
		d = &news.Doc{Article: *art}
	}
	if !given.IsZero() {
		d.Published, d.DateOnly, d.PublishedSource = given, len(*dct) == 10, news.DateGiven
	}
	if err := chain.Annotate(d); err != nil {
		return err
	}
	enc := json.NewEncoder(env.stdout)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(export.FromDoc(d))
}

// readInput reads the single input of annotate: a file, or stdin for "-" or nothing.
func readInput(env *cliEnv, pos []string) (string, []byte, error) {
	if len(pos) == 0 || pos[0] == "-" {
		b, err := io.ReadAll(io.LimitReader(env.stdin, ingest.DefaultMaxSize+1))
		if err != nil {
			return "", nil, fmt.Errorf("read stdin: %w", err)
		}
		if len(b) > ingest.DefaultMaxSize {
			return "", nil, fmt.Errorf("stdin: input too large (> %d bytes)", ingest.DefaultMaxSize)
		}
		return "stdin", b, nil
	}
	b, err := os.ReadFile(pos[0])
	if err != nil {
		return "", nil, err
	}
	return pos[0], b, nil
}

// firstRaw parses the input and returns its first document.
func firstRaw(name string, data []byte, forceHTML bool) (*news.Raw, error) {
	var first *news.Raw
	err := ingest.Read(name, data, func(r *news.Raw) error {
		if first == nil {
			first = r
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if first == nil {
		return nil, fmt.Errorf("%s: no document found", name)
	}
	if forceHTML {
		first.Format = "html"
	}
	return first, nil
}

// idOf returns the article id of a one-article file: its name without extension.
func idOf(name string) string {
	base := filepath.Base(name)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// parseDay parses YYYY-MM-DD or RFC 3339.
func parseDay(s string) (time.Time, error) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("want YYYY-MM-DD or RFC 3339")
	}
	return t, nil
}
