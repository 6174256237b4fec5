// Package feed reads RSS, Atom and RDF feeds with gofeed: one news.Raw per
// item, its body the item content (HTML) or else its description, with the
// item's title, link, date and the feed title as source. Dates gofeed cannot
// parse are read by package dates from the raw string.
package feed
