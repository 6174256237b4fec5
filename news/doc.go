// Package news holds the vocabulary shared by every stage of Storyline: raw
// inputs, clean articles, annotated documents and stories.
//
// Text is immutable once extracted; every annotation is a byte-offset Span
// into Article.Text, so layers line up and a UI can highlight them. The
// package imports only the standard library.
package news
