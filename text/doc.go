// Package text holds the text primitives every later stage shares: the
// sentence splitter (Sentences), word tokens with byte offsets (Words) and a
// news.Annotator that fills Doc.Sentences.
//
// All results are byte-offset spans into the input text, never copies, so
// layers line up with each other and with Article.Text.
package text
