package story

import "storyline/news"

// compare aligns facts about the same events across articles and returns the
// values that disagree and the facts reported by several independent articles.
func compare(ms []Member, events []news.Event) ([]news.Discrepancy, []news.Corroboration) {
	return []news.Discrepancy{}, nil
}
