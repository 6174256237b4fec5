package story

import "strings"

// triggers maps words that report a happening to the event type they name.
// Nouns and verb forms both appear; the value is the canonical trigger.
var triggers = func() map[string]string {
	table := map[string][]string{
		"call":          {"call", "calls", "phone call", "spoke", "speak", "talked", "conversation", "phoned"},
		"talks":         {"talks", "negotiations", "negotiated", "discussions"},
		"meeting":       {"meeting", "meetings", "met", "meet", "summit", "summits", "conference", "gathered", "session"},
		"speech":        {"speech", "address", "addressed", "remarks"},
		"statement":     {"statement", "announced", "announcement", "declared"},
		"interview":     {"interview"},
		"visit":         {"visit", "visited", "trip", "toured"},
		"agreement":     {"agreed", "agreement", "deal", "accord", "treaty", "signed", "pledged"},
		"sanctions":     {"sanctions", "sanctioned", "embargo", "tariffs"},
		"ceasefire":     {"ceasefire", "cease-fire", "truce"},
		"invasion":      {"invasion", "invaded", "invade", "offensive"},
		"attack":        {"attack", "attacks", "attacked", "strike", "strikes", "struck", "bombing", "shelling", "raid", "cyberattack", "hacked", "breach"},
		"election":      {"election", "elections", "vote", "voted", "referendum", "elected", "re-elected"},
		"inauguration":  {"inauguration", "sworn", "took office", "returning to the white house", "returned to the white house"},
		"decision":      {"decided", "decision", "ruled", "ruling", "approved", "rejected", "verdict"},
		"death":         {"killed", "died", "dead", "deaths"},
		"earthquake":    {"earthquake", "quake", "tremor"},
		"arrest":        {"arrested", "arrest", "detained", "charged"},
		"resignation":   {"resigned", "resignation", "stepped down", "retiring", "retire"},
		"launch":        {"launched", "launch", "released", "opened"},
		"win":           {"won", "win", "beat", "defeated", "victory", "final"},
		"rate decision": {"rate cut", "rates", "interest rate", "interest rates"},
		"gain":          {"regained", "captured", "seized", "took control"},
		"report":        {"reported", "published", "disclosed", "revealed"},
		"investigation": {"investigation", "probe", "inquiry", "investigated"},
		"lawsuit":       {"sued", "lawsuit", "filed", "trial", "convicted", "sentenced", "acquitted", "settlement"},
		"deal":          {"acquired", "acquisition", "bought", "merger", "merged", "takeover", "sold", "purchase"},
		"market":        {"fell", "rose", "slumped", "surged", "plunged", "climbed", "dropped", "gained"},
		"results":       {"posted", "reported profit", "earnings", "revenue", "results"},
		"recall":        {"recalled", "recall"},
		"appointment":   {"appointed", "named", "hired", "fired", "nominated", "promoted", "replaced"},
		"product":       {"introduced", "unveiled", "unveil", "unveils", "presented", "shipped", "began selling", "went on sale"},
		"closure":       {"closed", "shut", "delayed", "postponed", "cancelled", "canceled", "suspended", "halted"},
		"birth":         {"born"},
		"war":           {"fought", "battle", "war"},
	}
	m := map[string]string{}
	for canon, words := range table {
		for _, w := range words {
			if c, ok := m[w]; ok && c != canon {
				// which one won would depend on map order, so on the run
				panic("story: trigger word " + w + " listed under both " + c + " and " + canon)
			}
			m[w] = canon
		}
	}
	return m
}()

// maxTriggerWords is the longest trigger phrase in words.
const maxTriggerWords = 5

// trigger is one trigger phrase found in a sentence.
type trigger struct {
	name string // canonical trigger
	at   int    // byte offset in the sentence
	end  int    // byte offset of the phrase's end
	weak bool
}

// findTriggers returns every trigger phrase of sentence s (the longest at
// each position), in order.
func findTriggers(s string) []trigger {
	low := strings.ToLower(s)
	words := wordSpans(low)
	var out []trigger
	for i := 0; i < len(words); i++ {
		for n := maxTriggerWords; n >= 1; n-- {
			if i+n > len(words) {
				continue
			}
			c, ok := triggers[low[words[i][0]:words[i+n-1][1]]]
			if !ok {
				continue
			}
			out = append(out, trigger{name: c, at: words[i][0], end: words[i+n-1][1], weak: weakTriggers[c]})
			i += n - 1
			break
		}
	}
	return out
}

// nearestTrigger returns the trigger closest to the byte range [start, end)
// of the sentence, preferring happenings over topics unless a topic is much
// closer.
func nearestTrigger(ts []trigger, start, end int) trigger {
	dist := func(t trigger) int {
		switch {
		case t.at >= end:
			return t.at - end
		case t.at < start:
			return start - t.at
		}
		return 0
	}
	best, bestD := trigger{}, -1
	for _, t := range ts {
		d := dist(t)
		if t.weak {
			d = d*2 + 20
		}
		if bestD < 0 || d < bestD {
			best, bestD = t, d
		}
	}
	return best
}

// weakTriggers name topics more often than happenings ("the removal of
// sanctions", "a ceasefire proposal"): a sentence's trigger is one of them
// only when it has no other.
var weakTriggers = map[string]bool{"market": true, "war": true, "results": true, "sanctions": true, "ceasefire": true, "statement": true, "report": true, "decision": true, "agreement": true, "investigation": true, "death": true, "rate decision": true}

// findTrigger returns the canonical trigger of sentence s and its byte
// offset: the first trigger phrase (the longest at a position), preferring
// happenings over topics; "" when there is none.
func findTrigger(s string) (string, int) {
	low := strings.ToLower(s)
	words := wordSpans(low)
	weak, weakAt := "", -1
	for i := range words {
		for n := maxTriggerWords; n >= 1; n-- {
			if i+n > len(words) {
				continue
			}
			phrase := low[words[i][0]:words[i+n-1][1]]
			c, ok := triggers[phrase]
			if !ok {
				continue
			}
			if !weakTriggers[c] {
				return c, words[i][0]
			}
			if weak == "" {
				weak, weakAt = c, words[i][0]
			}
			break
		}
	}
	return weak, weakAt
}

// wordSpans returns the byte spans of the words (letters, digits, inner
// hyphens and apostrophes) of s.
func wordSpans(s string) [][2]int {
	var out [][2]int
	start := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80 ||
			(c == '-' || c == '\'') && start >= 0 && i+1 < len(s) && s[i+1] != ' '
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}
