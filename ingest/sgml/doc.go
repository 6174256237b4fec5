// Package sgml reads the Reuters-21578 SGML collection: one news.Raw per
// <REUTERS> element, with its NEWID as id, TITLE as title, DATE as
// publication time and BODY (or, for briefs and unprocessed stories, the TEXT
// content) as plain-text body. Character references are resolved, references
// to control characters dropped, legacy Latin-1 bytes decoded and the
// trailing "Reuter" sign-off removed.
package sgml
