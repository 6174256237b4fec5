// Package dates parses the publication dates found in input hints: JSON
// fields, feed items and archive headers. It accepts RFC 3339 and its common
// relaxations, plain calendar dates, RFC 1123/822/850 variants with numeric
// or named zones, ANSI C dates and unix seconds or milliseconds.
package dates
