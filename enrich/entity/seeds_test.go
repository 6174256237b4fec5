package entity

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storyline/internal/shared"
	"storyline/news"
)

// TestSeeds checks that the people of the seed gold are found as PER
// mentions in the seed texts they appear in.
func TestSeeds(t *testing.T) {
	goldPath := shared.Path(t, "gold/seeds.json")
	seeds := shared.Path(t, "seeds")
	data, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Entities []struct {
			Canonical string   `json:"canonical"`
			Type      string   `json:"type"`
			Aliases   []string `json:"aliases"`
			Documents []string `json:"documents"`
		} `json:"entities"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	tg := loadTagger(t)
	mentions := map[string][]news.Mention{}
	texts := map[string]string{}
	total, found := 0, 0
	for _, e := range gold.Entities {
		if e.Type != "PERSON" {
			continue
		}
		for _, doc := range e.Documents {
			if _, ok := texts[doc]; !ok {
				b, err := os.ReadFile(filepath.Join(seeds, doc+".txt"))
				if err != nil {
					t.Fatal(err)
				}
				texts[doc] = string(b)
				mentions[doc] = tg.Tag(string(b), nil)
			}
			present := false
			for _, a := range e.Aliases {
				present = present || strings.Contains(texts[doc], a)
			}
			if !present {
				continue
			}
			total++
			ok := false
			for _, m := range mentions[doc] {
				for _, a := range e.Aliases {
					if m.Type == news.PER && strings.Contains(m.Text, a) {
						ok = true
					}
				}
			}
			if ok {
				found++
			} else {
				t.Logf("%s: %s not found as PER", doc, e.Canonical)
			}
		}
	}
	t.Logf("seed people found in %d of %d (person, document) pairs", found, total)
	if total > 0 && float64(found) < 0.9*float64(total) {
		t.Errorf("found %d of %d seed people, want >= 90%%", found, total)
	}
}
