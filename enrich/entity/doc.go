// Package entity is the statistical named-entity tagger of Storyline: it
// finds PER, ORG, LOC and MISC mentions in news text.
//
// The model is an averaged perceptron over BILOU labels, decoded greedily
// left to right, with word, affix, shape and context-window features, the two
// previous labels, document-level features (how the same word is written and
// was labelled elsewhere in the document), gazetteer features built from the
// CoNLL-2003 training entities, and word-cluster features learned from
// unlabeled news text (CoNLL-2003 training text, Reuters-21578, BBC News).
// The trained model is embedded (model/ner.gob) and loaded by Load.
//
// Reproduce the shipped model from the repository root:
//
//	go run ./cmd/storyline-train clusters -out enrich/entity/model/clusters.gz
//	go run ./cmd/storyline-train ner -data ../shared/data/conll2003 -out enrich/entity/model/ner.gob
//
// Tag tokenises text CoNLL-style (no token crosses white space, so no mention
// crosses a line break), groups the tokens into sentences and returns the
// mentions with byte spans; the alias stage fills Entity and Name.
package entity
