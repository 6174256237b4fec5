// Package extract turns raw inputs into clean articles.
//
// HTML goes through go-trafilatura's main-content extractor (with a simple
// DOM walk as a fallback for fragments and pages it cannot read); plain text
// is split into paragraphs directly. Both then go through the same cleaning
// passes, rules of our own that decide on the shape of lines, their position
// and their topical distance from the body, never on known strings:
//
//   - leading metadata lines (" date 2025-02-18", "By Jane Doe", "Title: …",
//     "Source: …", bare date lines) become article fields;
//   - a leading title line becomes the title;
//   - crawler boilerplate is removed and recorded in Article.Removed: runs of
//     headline-shaped lines appended at the end (or standing at the start),
//     share and subscribe lines, advertisements, copyright lines, navigation
//     crumbs, photo credits, "Reporting by … Editing by …" lines;
//   - short unpunctuated lines between paragraphs become subheadings
//     (Article.Headings), kept in the text as paragraphs of their own.
//
// The clean Text has one paragraph per line, paragraphs separated by a
// blank line. Dates in metadata are read by ParseDate, a small parser of the
// forms news pages use.
package extract
