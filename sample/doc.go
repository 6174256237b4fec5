// Package sample embeds the built-in sample corpus used by `storyline demo`:
// short articles written for this project across several stories, as plain
// text, HTML and an RSS feed, with the kinds of junk real crawls carry
// (navigation, related-headline lists, share lines, metadata lines, a missing
// date).
package sample

import "embed"

// Corpus holds the sample articles under corpus/.
//
//go:embed corpus
var Corpus embed.FS
