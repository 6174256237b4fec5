// Package textenc turns input bytes of unknown encoding into clean UTF-8 text.
//
// Valid UTF-8 is kept; anything else is decoded as a declared charset when one
// is given, else as Windows-1252 (a superset of Latin-1 for printable text).
// Byte order marks are removed and UTF-16 with a BOM is decoded. Decode also
// normalises line ends (\r\n and \r become \n) and drops control characters
// other than \n and \t. Every change is reported as a flag, e.g.
// "decoded:windows-1252" or "control-chars-dropped", so callers can record
// what was done to the input.
//
// ToUTF8 changes only the encoding and returns valid UTF-8 input byte for
// byte, for callers whose offsets must index the input file.
package textenc
