package main

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"storyline/enrich/entity"
	"storyline/eval/conll"
)

// A corpus is a list of sentences of tokens of unlabeled text.
type corpus [][]string

// addText tokenises text line by line into the corpus.
func (c *corpus) addText(text string) {
	for _, line := range strings.Split(text, "\n") {
		toks := entity.Tokenize(line)
		if len(toks) == 0 {
			continue
		}
		s := make([]string, len(toks))
		for i, t := range toks {
			s[i] = t.Text(line)
		}
		*c = append(*c, s)
	}
}

var (
	reutersBody  = regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)
	reutersTitle = regexp.MustCompile(`(?s)<TITLE>(.*?)</TITLE>`)
	sgmlEntity   = regexp.MustCompile(`&#\d+;`)
)

// addReuters adds the titles and bodies of the Reuters-21578 SGML files in dir.
// Body lines are joined into paragraphs (paragraphs start with indentation).
func (c *corpus) addReuters(dir string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.sgm"))
	if err != nil {
		return err
	}
	sort.Strings(files)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("read reuters: %w", err)
		}
		s := string(data)
		for _, m := range reutersTitle.FindAllStringSubmatch(s, -1) {
			c.addText(html.UnescapeString(sgmlEntity.ReplaceAllString(m[1], " ")))
		}
		for _, m := range reutersBody.FindAllStringSubmatch(s, -1) {
			body := html.UnescapeString(sgmlEntity.ReplaceAllString(m[1], " "))
			body = strings.ReplaceAll(body, "\n    ", "\n\n")
			body = strings.ReplaceAll(body, "\n", " ")
			body = strings.ReplaceAll(body, "  ", "\n")
			c.addText(body)
		}
	}
	return nil
}

// addDir adds every .txt file under dir.
func (c *corpus) addDir(dir string) error {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".txt") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read %s: %w", dir, err)
	}
	sort.Strings(files)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("read %s: %w", f, err)
		}
		c.addText(string(data))
	}
	return nil
}

// addCoNLL adds the tokens of a CoNLL file (its labels are not used).
func (c *corpus) addCoNLL(path string) error {
	docs, err := conll.ReadFile(path)
	if err != nil {
		return err
	}
	for _, d := range docs {
		for _, s := range d.Sentences {
			*c = append(*c, s.Tokens)
		}
	}
	return nil
}
