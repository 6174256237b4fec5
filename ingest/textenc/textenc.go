package textenc

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// ErrBinary is returned for input that looks like binary data, not text.
var ErrBinary = errors.New("binary data, not text")

// Flags recorded by Decode and ToUTF8.
const (
	FlagWindows1252  = "decoded:windows-1252"
	FlagUTF16LE      = "decoded:utf-16le"
	FlagUTF16BE      = "decoded:utf-16be"
	FlagBOMRemoved   = "bom-removed"
	FlagControlChars = "control-chars-dropped"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Decode converts b to clean UTF-8 text: the encoding is converted as by
// ToUTF8, then line ends are normalised, control characters other than \n
// and \t are dropped and mojibake is repaired (see FixMojibake). It returns the flags describing what was changed and
// ErrBinary when b looks like binary data.
func Decode(b []byte) (string, []string, error) {
	return DecodeCharset(b, "")
}

// DecodeCharset is Decode with a declared charset label (from an HTTP header
// or an HTML meta tag) that is tried before Windows-1252 when b is not valid
// UTF-8. An unknown label is ignored.
func DecodeCharset(b []byte, label string) (string, []string, error) {
	u, flags, err := toUTF8(b, label, true)
	if err != nil {
		return "", flags, err
	}
	s, f := Normalize(string(u))
	return s, append(flags, f...), nil
}

// Normalize repairs mojibake (FixMojibake) and cleans s (Clean), for text
// that is already a Go string, such as a JSON field; it returns the flags of
// what it changed.
func Normalize(s string) (string, []string) {
	var flags []string
	s, fixed := FixMojibake(s)
	s, dropped := Clean(s)
	if dropped {
		flags = append(flags, FlagControlChars)
	}
	if fixed {
		flags = append(flags, FlagMojibake)
	}
	return s, flags
}

// ToUTF8 converts b to UTF-8 without any other change: valid UTF-8 input is
// returned as is (the same slice, a leading BOM included), so byte offsets
// into the result index the input. UTF-16 with a BOM is decoded, other
// invalid UTF-8 is decoded as Windows-1252. It returns ErrBinary when b looks
// like binary data.
func ToUTF8(b []byte) ([]byte, []string, error) {
	return toUTF8(b, "", false)
}

func toUTF8(b []byte, label string, stripBOM bool) ([]byte, []string, error) {
	var flags []string
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		if stripBOM {
			b = b[len(bomUTF8):]
			flags = append(flags, FlagBOMRemoved)
		}
	case bytes.HasPrefix(b, bomUTF16LE):
		return decodeWith(b, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), FlagUTF16LE)
	case bytes.HasPrefix(b, bomUTF16BE):
		return decodeWith(b, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), FlagUTF16BE)
	}
	if little, ok := guessUTF16(b); ok {
		if little {
			return decodeWith(b, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), FlagUTF16LE)
		}
		return decodeWith(b, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), FlagUTF16BE)
	}
	if LooksBinary(b) {
		return nil, flags, ErrBinary
	}
	if utf8.Valid(b) {
		return b, flags, nil
	}
	if mostlyUTF8(b) {
		return decodeMixed(b), append(flags, FlagWindows1252), nil
	}
	if label != "" {
		if enc, err := htmlindex.Get(label); err == nil && enc != unicode.UTF8 {
			if u, err := enc.NewDecoder().Bytes(b); err == nil && utf8.Valid(u) {
				name, _ := htmlindex.Name(enc)
				return u, append(flags, "decoded:"+strings.ToLower(name)), nil
			}
		}
	}
	return DecodeWindows1252(b), append(flags, FlagWindows1252), nil
}

// mostlyUTF8 reports whether invalid UTF-8 input still holds at least as
// many valid multi-byte UTF-8 sequences as stray bytes (and at least two):
// UTF-8 text with a few legacy bytes pasted in, not legacy text, in which
// valid sequences arise only by accident.
func mostlyUTF8(b []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			invalid++
			i++
			continue
		}
		valid++
		i += n
	}
	return valid >= 2 && valid >= invalid
}

// decodeMixed keeps the valid UTF-8 of b and decodes the stray bytes as
// Windows-1252.
func decodeMixed(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/8)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			out = append(out, DecodeWindows1252(b[i:i+1])...)
			i++
			continue
		}
		out = append(out, b[i:i+n]...)
		i += n
	}
	return out
}

// cp1252 maps the bytes 0x80–0x9F of Windows-1252; the five bytes it leaves
// undefined map to the C1 control of the same value, which Clean drops.
var cp1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8d, 'Ž', 0x8f,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9d, 'ž', 'Ÿ',
}

// DecodeWindows1252 decodes b as Windows-1252 (bytes 0xA0–0xFF as Latin-1).
func DecodeWindows1252(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/8)
	for _, c := range b {
		switch {
		case c < 0x80:
			out = append(out, c)
		case c < 0xa0:
			out = utf8.AppendRune(out, cp1252[c-0x80])
		default:
			out = utf8.AppendRune(out, rune(c))
		}
	}
	return out
}

func decodeWith(b []byte, enc encoding.Encoding, flag string) ([]byte, []string, error) {
	u, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return nil, nil, err
	}
	u = bytes.ToValidUTF8(u, []byte("\uFFFD"))
	if LooksBinary(u) {
		return nil, []string{flag}, ErrBinary
	}
	return u, []string{flag}, nil
}

// Clean normalises line ends (\r\n and lone \r become \n) and drops control
// characters other than \n and \t (C0, DEL and C1), and U+FFFE/U+FFFF. It
// reports whether any control character was dropped. Invalid UTF-8 bytes are
// replaced by U+FFFD. Input that needs no change is returned as is.
func Clean(s string) (string, bool) {
	if isClean(s) {
		return s, false
	}
	var sb strings.Builder
	sb.Grow(len(s))
	dropped := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\r':
				sb.WriteByte('\n')
				if i+1 < len(s) && s[i+1] == '\n' {
					i++
				}
			case c == '\n' || c == '\t':
				sb.WriteByte(c)
			case c < 0x20 || c == 0x7f:
				dropped = true
			default:
				sb.WriteByte(c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			sb.WriteString("\uFFFD")
		case isC1(r) || r == 0xFFFE || r == 0xFFFF:
			dropped = true
		default:
			sb.WriteString(s[i : i+n])
		}
		i += n
	}
	return sb.String(), dropped
}

func isC1(r rune) bool { return r >= 0x80 && r <= 0x9f }

// isClean reports whether s is valid UTF-8 with no character Clean changes.
func isClean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || isC1(r) || r == 0xFFFE || r == 0xFFFF {
			return false
		}
		i += n
	}
	return true
}

// FromUTF16 decodes b when it is UTF-16, with a BOM or recognisably without
// one, returning the UTF-8 text and the flag naming the decoding; ok is false
// for any other input.
func FromUTF16(b []byte) (u []byte, flag string, ok bool) {
	var err error
	switch {
	case bytes.HasPrefix(b, bomUTF16LE):
		u, _, err = decodeWith(b, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), FlagUTF16LE)
		flag = FlagUTF16LE
	case bytes.HasPrefix(b, bomUTF16BE):
		u, _, err = decodeWith(b, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), FlagUTF16BE)
		flag = FlagUTF16BE
	default:
		little, guess := guessUTF16(b)
		if !guess {
			return nil, "", false
		}
		if little {
			u, _, err = decodeWith(b, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), FlagUTF16LE)
			flag = FlagUTF16LE
		} else {
			u, _, err = decodeWith(b, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), FlagUTF16BE)
			flag = FlagUTF16BE
		}
	}
	if err != nil {
		return nil, "", false
	}
	return u, flag, true
}
