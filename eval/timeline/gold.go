package timeline

import (
	"encoding/json"
	"fmt"
	"os"
)

// Gold is the part of a seeds-style gold file this package scores.
type Gold struct {
	Stories []struct {
		ID        string   `json:"id"`
		Documents []string `json:"documents"`
	} `json:"stories"`
	Events []struct {
		ID           string   `json:"id"`
		What         string   `json:"what"`
		Date         string   `json:"date"`
		Accept       []string `json:"accept"`
		Background   bool     `json:"background"`
		Future       bool     `json:"future"`
		Documents    []string `json:"documents"`
		Participants []string `json:"participants"`
	} `json:"events"`
	Discrepancies []struct {
		Event     string `json:"event"`
		Attribute string `json:"attribute"`
		Values    []struct {
			Doc  string `json:"doc"`
			Text string `json:"text"`
		} `json:"values"`
	} `json:"discrepancies"`
	Corroborations []struct {
		Event     string   `json:"event"`
		Fact      string   `json:"fact"`
		Documents []string `json:"documents"`
	} `json:"corroborations"`
	Boilerplate []struct {
		Doc       string `json:"doc"`
		Kind      string `json:"kind"`
		FirstLine string `json:"first_line"`
		LastLine  string `json:"last_line"`
	} `json:"boilerplate"`
}

// ReadGold reads a gold file.
func ReadGold(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("read gold %s: %w", path, err)
	}
	return &g, nil
}
