package entity

import "storyline/enrich/internal/percept"

// A gazetteer maps the key of a lowercased phrase (phraseKey over the
// LowerKey of its words) to a mask of categories: bit t for the entity type
// typeNames[t] (phrases from the training data), or one of the list
// categories below. On a sentence, every match starting with a capitalised
// word sets, on each token it covers, bit 4*t+role (role B, I, L or U) in
// wordInfo.gaz.

// List categories of external gazetteers.
const (
	GazFirstName = 4 + iota // given names
	GazSurname              // family names
	GazCountry              // country names
	GazCity                 // city names
	GazTitle                // titles and roles of people
	gazVocab                // words of the training data (other folds)
	nGazCats
)

// GazList is an external list of phrases of one category.
type GazList struct {
	Category int
	Phrases  []string
}

const phraseSeed = 0x51ed2701a3b5c7e9

// phraseKey extends the key of a phrase by one word.
func phraseKey(prev, lower uint64) uint64 { return percept.Mix(prev, lower) }

// PhraseKey returns the gazetteer key of a phrase of words.
func PhraseKey(words []string) uint64 {
	h := uint64(phraseSeed)
	for _, w := range words {
		h = phraseKey(h, LowerKey(w))
	}
	return h
}

// markGaz sets the gazetteer bits of the tokens of one sentence.
func markGaz(s []wordInfo, gaz map[uint64]uint32, maxLen int) {
	if len(gaz) == 0 {
		return
	}
	for i := range s {
		if s[i].flags&fInitCap == 0 && s[i].flags&fHasDigit == 0 {
			continue
		}
		h := uint64(phraseSeed)
		for L := 1; L <= maxLen && i+L <= len(s); L++ {
			h = phraseKey(h, s[i+L-1].lower)
			types, ok := gaz[h]
			if !ok {
				continue
			}
			for t := 0; t < nGazCats; t++ {
				if types&(1<<t) == 0 {
					continue
				}
				if L == 1 {
					s[i].gaz |= 1 << (4*t + roleU)
					continue
				}
				s[i].gaz |= 1 << (4*t + roleB)
				for j := i + 1; j < i+L-1; j++ {
					s[j].gaz |= 1 << (4*t + roleI)
				}
				s[i+L-1].gaz |= 1 << (4*t + roleL)
			}
		}
	}
}

// gazBuilder collects entity phrases with their types.
type gazBuilder struct {
	gaz    map[uint64]uint32
	maxLen int
}

// add records the phrase words with type t.
func (g *gazBuilder) add(words []string, t int) {
	if g.gaz == nil {
		g.gaz = map[uint64]uint32{}
	}
	if len(words) > g.maxLen {
		g.maxLen = len(words)
	}
	g.gaz[PhraseKey(words)] |= 1 << t
}

// addList adds the phrases of an external list.
func (g *gazBuilder) addList(l GazList) {
	for _, p := range l.Phrases {
		toks := Tokenize(p)
		if len(toks) == 0 {
			continue
		}
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = t.Text(p)
		}
		g.add(words, l.Category)
	}
}
