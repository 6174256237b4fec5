package story

// Trigger is a phrase of a sentence that reports a happening.
type Trigger struct {
	Kind       string // canonical trigger, as in news.Event.Trigger ("call", "talks", ...)
	Start, End int    // byte offsets of the phrase in the sentence
}

// Triggers returns the trigger phrases of a sentence (the longest phrase at
// each position), in order: the words a timeline event's Trigger was read
// from.
func Triggers(sentence string) []Trigger {
	ts := findTriggers(sentence)
	out := make([]Trigger, len(ts))
	for i, t := range ts {
		out[i] = Trigger{Kind: t.name, Start: t.at, End: t.end}
	}
	return out
}
