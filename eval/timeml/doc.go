// Package timeml reads TimeML documents (TimeBank, AQUAINT, TempEval-3) and
// scores a time-expression tagger against their gold TIMEX3 annotations with
// the TempEval-3 metrics (UzZaman et al. 2013): strict and relaxed span
// precision, recall and F1, type accuracy and the value attribute F1.
//
// The text of a TimeML file is the character data of its TEXT element, with
// XML entities decoded; gold offsets are byte offsets into that text. The
// document creation time is the TIMEX3 whose functionInDocument is
// CREATION_TIME; it anchors relative expressions and is never scored.
//
// ReadCAT and EvaluateCAT do the same for the CAT XML files of the MEANTIME
// corpus (token-anchored TIMEX3s; the text is rebuilt from the tokens and
// limited to the sentences MEANTIME annotates times in), a second, held-out
// style check of the tagger on other annotators' news.
package timeml
