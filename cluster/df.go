package cluster

import (
	"bufio"
	_ "embed"
	"strconv"
	"strings"
)

// dfTable is a warm start for the document frequencies: the commonest stems
// of the Reuters-21578 and BBC News corpora, one "stem count" line each after
// a "# docs N" header. Regenerate with
//
//	go run ./cluster/cmd/dftable ../shared/data > cluster/df.txt
//
//go:embed df.txt
var dfTable string

// prior holds the parsed warm-start frequencies.
type prior struct {
	docs int
	df   map[uint64]uint32
}

// loadPrior parses the embedded table (an empty table gives an empty prior).
func loadPrior(table string) prior {
	p := prior{df: map[uint64]uint32{}}
	sc := bufio.NewScanner(strings.NewReader(table))
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "# docs "); ok {
			p.docs, _ = strconv.Atoi(strings.TrimSpace(rest))
			continue
		}
		term, n, ok := strings.Cut(line, " ")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		if c, err := strconv.Atoi(n); err == nil && c > 0 {
			p.df[termKey(ViewBody, term)] = uint32(c)
			p.df[termKey(ViewEntity, term)] = uint32(c) // one-word entity keys and capitalised words

		}
	}
	return p
}

// Terms returns the stems of a text as the clusterer sees them (stopwords
// dropped), in order; used to build the frequency table.
func Terms(text string) []string {
	toks := tokenize(text, 0, nil)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.stem
	}
	return out
}
