// Package polnear scores a quote annotator against PolNeAR, the Political
// News Attribution Relations corpus: brat standoff files in which each
// attribution links a Source, a Cue and a Content span.
//
// Only attributions whose content contains double quotation marks are gold
// quotes. Their quoted extent is the content between paired marks (marks
// excluded). A gold quote is detected when the system's direct and partial
// quotes cover at least half of its quoted extent (intersection over the gold
// quoted length); a system quote is correct when at least half of it lies in
// the quoted extent of some gold quote. Quotes of kind "unquoted" are not
// scored. Speaker accuracy is measured over detected gold quotes whose Source
// is a proper name: the system quote overlapping the gold quote most must
// name the speaker with the gold surname (the last word of the source's head
// phrase) among the words of its speaker name or speaker mention.
package polnear
