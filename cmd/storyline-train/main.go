// Command storyline-train trains the statistical models of Storyline. Run it
// from the repository root, with the shared data in ../shared/data:
//
//	storyline-train clusters [-out enrich/entity/model/clusters.gz] [-conll DIR] [-reuters DIR] [-bbc DIR]
//	storyline-train ner [-data DIR] [-clusters FILE] [-lists DIR] [-out enrich/entity/model/ner.gob] [-dev]
//	                    [-viterbi=true] [-epochs 6] [-ensemble 3] [-seed 1]
//	storyline-train event [-data DIR] [-meantime DIR] [-out enrich/event/model/event.gob] [-dev]
//	                      [-epochs 10] [-seed 1] [-prev] [-margin 0] [-clusters FILE]
//
// "clusters" learns word clusters from unlabeled news text (the CoNLL-2003
// training text, Reuters-21578 and BBC News): context vectors of the words,
// projected at random and split by hierarchical spherical k-means. "ner"
// trains the named-entity tagger of enrich/entity on DIR/train.txt (by
// default: three Viterbi-trained structured perceptrons, seeds 1-3, 6 epochs
// each, their weights averaged), reports conlleval figures on DIR/valid.txt
// and writes the model that enrich/entity embeds. "event" trains the TimeML
// event-mention tagger of enrich/event on the TempEval-3 TBAQ corpus
// (TimeBank and AQUAINT without a fixed held-out set of AQUAINT files),
// reports strict-match F1 on the held-out files and on the MEANTIME event
// mentions, and writes the model that enrich/event embeds. All are
// deterministic: the same inputs give the same files.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "ner":
		err = runNER(os.Args[2:])
	case "clusters":
		err = runClusters(os.Args[2:])
	case "event":
		err = runEvent(os.Args[2:])
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "storyline-train:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: storyline-train ner|clusters|event [flags]")
	flag.PrintDefaults()
	os.Exit(2)
}
