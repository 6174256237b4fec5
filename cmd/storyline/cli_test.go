package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storyline/internal/shared"
)

// cli runs one command line in-process and returns its exit status and outputs.
func cli(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &cliEnv{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	code := run(env, args)
	return code, out.String(), errb.String()
}

// exportLines runs export and decodes its JSON Lines.
func exportLines(t *testing.T, db string) (arts, stories []map[string]any) {
	t.Helper()
	code, out, errs := cli(t, "", "export", "--db", db)
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("export line is not JSON: %v: %.200s", err, sc.Text())
		}
		switch m["kind"] {
		case "article":
			if len(stories) > 0 {
				t.Fatalf("article after stories in export")
			}
			arts = append(arts, m)
		case "story":
			stories = append(stories, m)
		default:
			t.Fatalf("export line of unknown kind %v", m["kind"])
		}
	}
	return arts, stories
}

func TestHelp(t *testing.T) {
	code, out, _ := cli(t, "", "help")
	if code != 0 || !strings.Contains(out, "ingest") || !strings.Contains(out, "export") {
		t.Fatalf("help: exit %d, output %q", code, out)
	}
	for _, c := range commands() {
		code, _, errs := cli(t, "", c.name, "-h")
		if code != 0 || !strings.Contains(errs, "Usage: storyline "+c.name) {
			t.Errorf("%s -h: exit %d, stderr %q", c.name, code, errs)
		}
	}
	if code, _, _ := cli(t, "", "nosuchcommand"); code != 2 {
		t.Errorf("unknown command: exit %d, want 2", code)
	}
}

func TestDemo(t *testing.T) {
	code, out, errs := cli(t, "", "demo")
	if code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errs)
	}
	for _, want := range []string{"stories", "Summary", "Sources"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"good.txt":  []byte("Title: Council approves budget\n\nThe city council approved the budget on Monday after a long debate, officials said.\n"),
		"empty.txt": {},
		"junk.bin":  {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0, 0, 0, 0xff, 0xfe},
		"cut.xml":   []byte("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>A"),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "s.db")
	code, _, errs := cli(t, "", "ingest", "--db", db, dir)
	if code != 1 {
		t.Fatalf("ingest of a batch with bad inputs: exit %d, want 1; stderr:\n%s", code, errs)
	}
	for _, name := range []string{"empty.txt", "junk.bin", "cut.xml"} {
		if !strings.Contains(errs, name) {
			t.Errorf("stderr does not name %s:\n%s", name, errs)
		}
	}
	if strings.Contains(errs, "good.txt") {
		t.Errorf("stderr names the good input:\n%s", errs)
	}
	arts, _ := exportLines(t, db)
	if len(arts) != 1 || arts[0]["id"] != "good" {
		t.Fatalf("want only the good article stored, got %d articles", len(arts))
	}
}

func TestSeeds(t *testing.T) {
	seeds := shared.Path(t, "seeds")
	db := filepath.Join(t.TempDir(), "s.db")
	code, _, errs := cli(t, "", "ingest", "--db", db, seeds)
	if code != 0 {
		t.Fatalf("ingest seeds: exit %d: %s", code, errs)
	}
	arts, stories := exportLines(t, db)
	if len(arts) != 5 {
		t.Fatalf("want 5 articles, got %d", len(arts))
	}
	byID := map[string]map[string]any{}
	for _, a := range arts {
		byID[a["id"].(string)] = a
	}
	story := byID["000_04d8cbcdf45d6632"]["story"]
	for id, a := range byID {
		if a["story"] != story {
			t.Errorf("%s is in story %v, 000 in %v: want one story", id, a["story"], story)
		}
	}
	var sizes []int
	for _, s := range stories {
		sizes = append(sizes, len(s["articles"].([]any)))
	}
	if len(stories) != 1 {
		t.Errorf("want 1 story, got %d with sizes %v", len(stories), sizes)
	}
	for id, want := range map[string]string{"002_8f5e40ced7e6c33c": "2025-02-18", "004_ca3ab9a7ae8844ac": "2025-02-19"} {
		a := byID[id]
		if a["published"] != want || a["published_source"] != "metadata" {
			t.Errorf("%s: published %v (%v), want %s (metadata)", id, a["published"], a["published_source"], want)
		}
		text := a["text"].(string)
		if strings.Contains(text, " date 20") {
			t.Errorf("%s: the date line is in the text", id)
		}
		for _, s := range a["sentences"].([]any) {
			sp := s.(map[string]any)
			sent := text[int(sp["start"].(float64)):int(sp["end"].(float64))]
			if len(strings.Fields(sent)) <= 6 && !strings.ContainsAny(sent, ".?!\"”") {
				t.Errorf("%s: heading-like line is a sentence: %q", id, sent)
			}
		}
	}
	// None of the trailing headline lines of 003 may remain in its text.
	raw, err := os.ReadFile(filepath.Join(seeds, "003_293caed0ac8d3112.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := nonEmptyLines(string(raw))
	text := byID["003_293caed0ac8d3112"]["text"].(string)
	for _, l := range lines[len(lines)-16:] {
		if strings.Contains(text, strings.TrimSpace(l)) {
			t.Errorf("003: trailing headline still in text: %q", l)
		}
	}
	// Re-ingesting changes nothing.
	_, before, _ := cli(t, "", "export", "--db", db)
	code, _, errs = cli(t, "", "ingest", "--db", db, seeds)
	if code != 0 {
		t.Fatalf("re-ingest: exit %d: %s", code, errs)
	}
	_, after, _ := cli(t, "", "export", "--db", db)
	if before != after {
		t.Errorf("re-ingesting the seeds changed the export")
	}
}

func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}
