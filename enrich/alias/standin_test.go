package alias

import (
	"regexp"
	"strings"
	"unicode"

	"storyline/news"
)

// standIn is a crude tagger used only by the tests of this package until the
// statistical tagger of enrich/entity is trained: runs of capitalised words
// (with "of", "von", "der"… inside), typed by the package's tables and a few
// organisation words. It is deliberately naive and never shipped.
func standIn(r *Resolver, text string) []news.Mention {
	var out []news.Mention
	toks := standInWord.FindAllStringIndex(text, -1)
	for i := 0; i < len(toks); {
		if !standInCap(text, toks[i]) || standInStop[text[toks[i][0]:toks[i][1]]] {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && text[toks[j-1][1]:toks[j][0]] == " " {
			w := text[toks[j][0]:toks[j][1]]
			if standInCap(text, toks[j]) && !standInStop[w] {
				j++
				continue
			}
			k := j
			for k < len(toks) && standInLink[text[toks[k][0]:toks[k][1]]] && text[toks[k-1][1]:toks[k][0]] == " " {
				k++
			}
			if k > j && k < len(toks) && standInCap(text, toks[k]) && text[toks[k-1][1]:toks[k][0]] == " " {
				j = k + 1
				continue
			}
			break
		}
		s, e := toks[i][0], toks[j-1][1]
		out = append(out, news.Mention{Span: news.Span{Start: s, End: e}, Text: text[s:e], Type: standInType(r, text[s:e])})
		i = j
	}
	return out
}

var standInWord = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}.'’\-]*`)

func standInCap(text string, t []int) bool {
	for _, c := range text[t[0]:t[1]] {
		return unicode.IsUpper(c)
	}
	return false
}

var standInStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`The A An In On At After Since Despite Under According This That These Those
		Both He She They It We I You His Her Their Our No Not Last Following Speaking Tuesday Monday Wednesday
		Thursday Friday Saturday Sunday January February March April May June July August September October
		November December Feb Jan Mar Apr Jun Jul Aug Sep Oct Nov Dec But And Or If When While As For With From
		Should To Of By So There Here What Who How Why Where`) {
		standInStop[w] = true
	}
}

var standInLink = map[string]bool{"of": true, "von": true, "der": true, "de": true, "van": true}

var standInOrgWords = []string{"Ministry", "Department", "Commission", "Press", "Journal", "Conference",
	"Council", "House", "Channel", "Kremlin", "Union", "Nations", "Organization", "Bank", "Agency", "Committee"}

func standInType(r *Resolver, s string) news.EntityType {
	for _, w := range standInOrgWords {
		if strings.Contains(s, w) {
			return news.ORG
		}
	}
	if f, ok := r.lx.lookup(trimPossessive(s)); ok {
		if f.demonym {
			return news.MISC
		}
		return f.e.typ
	}
	if isAcronym(s) {
		return news.ORG
	}
	return news.PER
}
