package clusters

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"storyline/news"
)

// Item is one gold-labelled article of an evaluation stream.
type Item struct {
	Doc   *news.Doc
	Story string // gold story id
}

// Read reads a gold-labelled stream: the UCI headline CSV (by its header) or
// JSON Lines with fields id, title, text, published (RFC 3339 or a date),
// source, url and story. Items come back sorted by publication time (stable).
func Read(path string) ([]Item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read clusters %s: %w", path, err)
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<20)
	head, _ := br.Peek(64)
	var items []Item
	if strings.HasPrefix(strings.TrimPrefix(string(head), "\ufeff"), "ID,TITLE,") {
		items, err = readUCI(br)
	} else {
		items, err = readJSONL(br)
	}
	if err != nil {
		return nil, fmt.Errorf("read clusters %s: %w", path, err)
	}
	slices.SortStableFunc(items, func(a, b Item) int { return a.Doc.Published.Compare(b.Doc.Published) })
	return items, nil
}

// readUCI reads ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP(ms).
func readUCI(r io.Reader) ([]Item, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.TrimPrefix(strings.ToUpper(strings.TrimSpace(h)), "\ufeff")] = i
	}
	for _, need := range []string{"ID", "TITLE", "STORY", "TIMESTAMP"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("header: no %s column", need)
		}
	}
	get := func(rec []string, name string) string {
		if i, ok := col[name]; ok && i < len(rec) {
			return rec[i]
		}
		return ""
	}
	var items []Item
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		d := &news.Doc{}
		d.ID = get(rec, "ID")
		d.Title = get(rec, "TITLE")
		d.Text = d.Title
		d.URL = get(rec, "URL")
		d.Source = get(rec, "PUBLISHER")
		if ms, err := strconv.ParseInt(get(rec, "TIMESTAMP"), 10, 64); err == nil {
			d.Published = time.UnixMilli(ms).UTC()
			d.PublishedSource = news.DateGiven
		}
		items = append(items, Item{Doc: d, Story: get(rec, "STORY")})
	}
	return items, nil
}

type jsonItem struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Story     string `json:"story"`
}

func readJSONL(r io.Reader) ([]Item, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var items []Item
	for line := 1; sc.Scan(); line++ {
		b := strings.TrimSpace(sc.Text())
		if b == "" {
			continue
		}
		var j jsonItem
		if err := json.Unmarshal([]byte(b), &j); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		d := &news.Doc{}
		d.ID, d.Title, d.Text, d.Source, d.URL = j.ID, j.Title, j.Text, j.Source, j.URL
		if d.ID == "" {
			d.ID = strconv.Itoa(line)
		}
		if d.Text == "" {
			d.Text = d.Title
		}
		if t, ok := parseTime(j.Published); ok {
			d.Published = t
			d.PublishedSource = news.DateGiven
		}
		items = append(items, Item{Doc: d, Story: j.Story})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return items, nil
}

func parseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}
