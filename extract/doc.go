// Package extract turns raw inputs into clean articles.
//
// HTML goes through go-trafilatura's main-content extractor (paragraphs are
// read from its content tree, h1–h6 become headings), with a simple DOM walk
// as a fallback for fragments and pages it cannot read. Plain text is split
// into paragraphs directly (one per line; hard-wrapped lines are joined).
// Both then go through the same cleaning passes, rules of our own that
// decide on the shape of lines, their position and their topical distance
// from the body, never on known strings:
//
//   - leading metadata lines (" date 2025-02-18", "By Jane Doe", "Title: …",
//     "Source: …", bare date lines, URLs) become article fields, and body text
//     that shares a physical line with a date stays body;
//   - a leading title line becomes the title;
//   - crawler boilerplate is removed and recorded in Article.Removed: runs of
//     headline-shaped lines appended at the end (or standing at the start or
//     inside the body), link lists, share and subscribe lines,
//     advertisements, copyright lines, navigation crumbs, photo credits and
//     captions, "Reporting by … Editing by …" lines, trailing metadata;
//   - short unpunctuated lines between paragraphs become subheadings
//     (Article.Headings), kept in the text as paragraphs of their own.
//
// The clean Text has one paragraph per line, paragraphs separated by a
// blank line. Dates in metadata are read by ParseDate, a small parser of the
// forms news pages use. Flags added to the article: "title:derived" (no
// title found; made from the first sentence), "date:updated" (the date came
// from an "Updated …" line), "text:unwrapped" (hard-wrapped lines were
// joined), "html:fallback" (the simple DOM walk replaced the extractor),
// "body:description" (the body was empty and the feed summary was used).
package extract
