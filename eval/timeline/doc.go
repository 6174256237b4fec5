// Package timeline scores story views against hand-made gold: the timeline
// events of a story (date within the accepted values, supporting articles
// overlapping the gold documents, background and future flags), its
// discrepancies and corroborations, and the citations of its summary. The
// gold format is that of the seeds gold (shared gold/seeds.json).
package timeline
