// Package conll reads CoNLL-2003 column files and scores named-entity
// taggers on them with the exact-span precision, recall and F1 of the
// conlleval script (per type and overall). It also writes a file back with one
// more column holding a tagger's predicted IOB2 tags.
//
// A file holds one token per line in whitespace-separated columns (token POS
// chunk NER in CoNLL-2003; only the first column is needed, the last one is
// the gold tag when there are at least two), a blank line between sentences,
// and "-DOCSTART-" lines between documents.
package conll
