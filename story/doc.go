// Package story builds the views of one story from its articles: the title,
// who's who (canonical entities with aliases), who said what (quotes grouped
// across sources), a dated timeline of events, where sources agree and
// disagree, and an extractive summary in which every sentence cites its
// articles. It also renders a story as text, Markdown or JSON.
//
// Build is a pure function of the member documents: views are computed when a
// story is read, so they always reflect every article the story holds.
package story
