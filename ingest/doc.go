// Package ingest reads every input format of Storyline into news.Raw values:
// plain text, HTML, JSON Lines (or a JSON object or array), RSS/Atom/RDF
// feeds, WARC archives (plain or gzip) and the Reuters-21578 SGML collection,
// from files, directories (recursively, in sorted order, hidden entries
// skipped) and standard input.
//
// Formats are detected by content, with the file extension as a hint. Text is
// decoded to UTF-8 by package textenc (legacy Windows-1252 and UTF-16 are
// decoded and flagged, control characters dropped). Bad inputs — binary
// data, empty files, files over the size cap, unreadable paths, malformed
// records — are reported one by one as *Error values and never stop a walk.
//
// The readers of each format live in sub-packages (jsonl, feed, warc, sgml);
// dates holds the date parser they share.
package ingest
