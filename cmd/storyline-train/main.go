// Command storyline-train trains the statistical models of Storyline.
//
//	storyline-train clusters -out enrich/entity/model/clusters.gz [-conll DIR] [-reuters DIR] [-bbc DIR]
//	storyline-train ner -data DIR [-clusters FILE] [-out FILE] [-epochs N] [-dev]
//
// "clusters" learns word clusters from unlabeled news text (the CoNLL-2003
// training text, Reuters-21578 and BBC News); "ner" trains the named-entity
// tagger of enrich/entity on DIR/train.txt, reports F1 on DIR/valid.txt and
// writes the model that enrich/entity embeds. Training is deterministic.
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
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "storyline-train:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: storyline-train ner|clusters [flags]")
	flag.PrintDefaults()
	os.Exit(2)
}
