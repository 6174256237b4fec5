package timex

import "strings"

// Tense markers: the tense a single word marks (auxiliaries, past forms,
// words that look ahead) and the exceptions news prose needs.

// marker returns the tense a token marks.
func marker(toks []token, k int) int {
	w := toks[k].low
	if toks[k].kind != kWord {
		return tenseNone
	}
	if w == "ll" && k > 0 && toks[k-1].low == "'" {
		return tenseFuture
	}
	if w == "ll" {
		return tenseNone
	}
	// "wouldn't say Tuesday how", "would not comment": a refusal reported
	// in the past
	if w == "wouldn" || w == "would" || w == "couldn" || w == "could" {
		n := k + 1
		if n+1 < len(toks) && toks[n].low == "'" && toks[n+1].low == "t" {
			n += 2
		} else if n < len(toks) && toks[n].low == "not" {
			n++
		} else {
			n = -1
		}
		if n > 0 && n < len(toks) && refusalVerbs[toks[n].low] {
			return tensePast
		}
	}
	// "is to resume", "are to meet"
	if w == "to" && k > 0 && (toks[k-1].low == "is" || toks[k-1].low == "are") {
		return tenseFuture
	}
	// "as early as Tuesday"
	if w == "early" && k > 0 && toks[k-1].low == "as" {
		return tenseFuture
	}
	switch w {
	case "plans", "plan", "expects", "intends", "aims", "hopes", "going", "set":
		// "set to vote"; "is set for Nov. 6" too
		setFor := w == "set" && k > 0 && k+1 < len(toks) && toks[k+1].low == "for" && (toks[k-1].low == "is" || toks[k-1].low == "are" || toks[k-1].low == "been")
		if (k+1 >= len(toks) || toks[k+1].low != "to") && !setFor {
			return tenseNone
		}
	case "due":
		// "is due in August", "due August 3", "due to meet": scheduled;
		// "due to the strike": a cause
		if k+1 >= len(toks) {
			return tenseNone
		}
		n := &toks[k+1]
		switch {
		case n.low == "to":
			if k+2 < len(toks) && verbObjectStart[toks[k+2].low] {
				return tenseNone
			}
		case n.low == "in" || n.low == "on" || n.low == "by" || n.low == "for" || n.low == "next" || n.low == "this" || n.low == "later" || n.low == "out" || n.low == "back":
		case n.cls&(cMonth|cMonAbbr|cWeekday) != 0:
		default:
			return tenseNone
		}
	}
	// "should be completed in October", "may soon seek" look ahead; "should
	// have been", "may have met" not
	if (w == "should" || w == "must" || w == "may" && !toks[k].upper || w == "might") && k+1 < len(toks) && toks[k+1].low != "have" {
		return tenseFuture
	}
	if k > 0 && (w == "expected" || w == "planned" || w == "scheduled" || w == "forecast") {
		p := k - 1
		if p > 0 && strings.HasSuffix(toks[p].low, "ly") {
			p-- // "as previously planned", "than originally expected"
		}
		switch toks[p].low {
		case "than":
			return tenseStop // "fewer jobs than expected in January", "less than forecast in July"
		case "as":
			return tenseNone // "as planned"
		}
	}
	// "the election, widely predicted for May", "a vote pencilled in for
	// June": a forecast of the date
	if predictVerbs[w] && k+1 < len(toks) && (toks[k+1].low == "for" || toks[k+1].low == "in" && k+2 < len(toks) && toks[k+2].low == "for") {
		return tenseFuture
	}
	// "at Opec's next meeting in June": the meeting is ahead
	if w == "next" && k+1 < len(toks) && (nextEvents[toks[k+1].low] || scheduledEvents[toks[k+1].low]) {
		return tenseFuture
	}
	if w == "ahead" && k > 0 {
		switch toks[k-1].low {
		case "went", "gone", "pressed", "pushed", "moved", "forged", "got":
			return tensePast // "the sale went ahead in December"
		case "go", "goes", "going", "press", "push", "move":
			return tenseNone // the auxiliary decides: "will go ahead"
		case "path", "road", "way", "task", "tasks", "challenge", "challenges", "battle", "fight", "work", "journey", "struggle":
			return tenseNone // "discussed a path ahead with advisers Wednesday"
		}
	}
	if w == "falls" && k+1 < len(toks) && toks[k+1].low == "on" && k > 0 && toks[k-1].kind == kWord && !fallsNoun[toks[k-1].low] {
		return tenseFuture // "the anniversary falls on Tuesday"
	}
	// "Takeshita sets out Wednesday on a mission", "sets off on Monday"
	setsOut := w == "sets" && k+1 < len(toks) && (toks[k+1].low == "out" || toks[k+1].low == "off")
	if (scheduleVerbs[w] || setsOut) && k > 0 && !toks[k].upper && toks[k-1].cls&(cWeekday|cMonth) == 0 { // not "against Friday closes of 142.35"
		// "the talks resume Monday", "he and Arafat meet separately Monday":
		// news writes a scheduled event in the simple present; "did not
		// meet", "to meet", "could meet" leave it to their auxiliary
		switch toks[k-1].low {
		case "did", "not", "t", "could", "would", "should", "might", "must", "to", "had", "has", "have", "can", "will", "may", "never", "also",
			"a", "an", "the", "his", "her", "their", "its", "our", "s", "this", "that", "first", "last", "next":
		default:
			return tenseFuture
		}
	}
	if w == "soon" && k+1 < len(toks) && (toks[k+1].low == "after" || toks[k+1].low == "afterwards" || toks[k+1].low == "afterward") {
		return tenseNone // "soon after Sunday's massacre"
	}
	if futureWords[w] {
		// "had been due", "was expected", "had been scheduled to expire": a
		// future seen from the past
	back:
		for b := k - 1; b >= 0 && b >= k-4; b-- {
			switch toks[b].low {
			case "had":
				return tensePast
			case "been":
				// "has been scheduled Friday" still lies ahead
				if b > 0 && (toks[b-1].low == "has" || toks[b-1].low == "have") {
					break back
				}
				if b >= k-2 {
					return tensePast
				}
			case "will", "would", "shall", ".", ";":
				break back
			}
		}
		return tenseFuture
	}
	// "has decided to admit them in early March", "agreed to meet on
	// Thursday": the infinitive's event lies after the decision
	if commitVerbs[w] && k+1 < len(toks) && toks[k+1].low == "to" {
		return tenseFuture
	}
	if isPastWord(w) && k > 0 && strings.HasSuffix(w, "ed") {
		// "the reduced dividend", "a still unspecified date": an adjective
		switch toks[k-1].low {
		case "a", "an", "the", "its", "their", "his", "her", "this", "still", "newly", "our", "your":
			return tenseNone
		case "that":
			// "that reduced dividend" is an adjective, "the side that faced
			// Leinster" a verb of a relative clause
			if k+1 < len(toks) && toks[k+1].kind == kWord && !toks[k+1].upper && !verbObjectStart[toks[k+1].low] {
				return tenseNone
			}
		}
	}
	if isPastWord(w) {
		// "will be paid", "to be completed": a future passive; "is expected"
		// and "are supposed": present
		for b := k - 1; b >= 0 && b >= k-2; b-- {
			switch toks[b].low {
			case "be":
				if b > 0 {
					if toks[b-1].low == "to" && b > 1 && (toks[b-2].low == "was" || toks[b-2].low == "were") {
						return tenseNone // "the rule that was to be issued on Wednesday": ahead of a past moment, either side of today
					}
					switch toks[b-1].low {
					case "will", "ll", "shall", "would", "to":
						return tenseFuture
					}
				}
				return tenseNone // "could be located", "that he be returned"
			case "is", "are", "being":
				if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || w == "done" || w == "gone" || w == "begun" {
					return tenseNone // "is expected", "is seen as"
				}

			}
		}
		return tensePast
	}
	if w == "payable" {
		return tenseFuture
	}
	if w == "effect" && k > 0 && (toks[k-1].low == "takes" || toks[k-1].low == "take") {
		return tenseFuture // "the law takes effect Jan. 1"; not "took effect"
	}
	if w == "since" {
		return tensePast // "since announcing in October that he would not run"
	}
	if progressive(toks, k) {
		return tensePresent
	}
	return tenseNone
}

// progressive reports whether the word at k is the -ing verb of a present
// progressive: "is calling", "are now holding", "'re seeking".
func progressive(toks []token, k int) bool {
	w := toks[k].low
	if len(w) < 6 || !strings.HasSuffix(w, "ing") || notProgressive[w] {
		return false
	}
	for b, n := k-1, 0; b >= 0 && n < 2; b, n = b-1, n+1 {
		switch toks[b].low {
		case "is", "are", "am", "re":
			return true
		case "now", "still", "also", "currently", "already", "not":
			continue
		}
		return false
	}
	return false
}

// notProgressive are -ing words that are not verbs after "is".
var notProgressive = map[string]bool{
	"nothing": true, "something": true, "anything": true, "everything": true, "during": true,
	"morning": true, "evening": true, "spring": true, "string": true, "ceiling": true, "building": true,
	"king": true, "thing": true, "things": true, "pending": true, "going": true, "according": true,
	"including": true, "following": true, "missing": true, "willing": true, "leading": true,
	"outstanding": true, "interesting": true, "surprising": true, "encouraging": true,
	"disappointing": true, "remaining": true, "ongoing": true,
}

// nextEvents after "next" name a coming event, as scheduledEvents do:
// "the next meeting".
var nextEvents = map[string]bool{
	"meeting": true, "session": true, "round": true, "summit": true, "vote": true, "conference": true,
	"hearing": true, "game": true, "match": true, "trial": true, "debate": true, "talks": true,
	"visit": true, "auction": true, "tender": true,
}
