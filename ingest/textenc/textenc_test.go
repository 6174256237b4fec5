package textenc

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  string
		flags []string
		err   error
	}{
		{"ascii", "Hello, world.\n", "Hello, world.\n", nil, nil},
		{"utf8 kept", "Café – “quoted”", "Café – “quoted”", nil, nil},
		{"bom removed", "\xef\xbb\xbfHello", "Hello", []string{FlagBOMRemoved}, nil},
		{"crlf", "a\r\nb\rc\n", "a\nb\nc\n", nil, nil},
		{"latin1", "Caf\xe9 cr\xe8me", "Café crème", []string{FlagWindows1252}, nil},
		{"mostly utf8", "Café “quoted” \x93legacy\x94 naïve", "Café “quoted” “legacy” naïve", []string{FlagWindows1252}, nil},
		{"cp1252 quotes", "\x93quoted\x94 \x96 \x80", "“quoted” – €", []string{FlagWindows1252}, nil},
		{"cp1252 undefined dropped", "a\x81b\xe9", "abé", []string{FlagWindows1252, FlagControlChars}, nil},
		{"control chars", "a\x05b\x1bc\td\x7f", "abc\td", []string{FlagControlChars}, nil},
		{"c1 in utf8", "a\u0085b", "ab", []string{FlagControlChars}, nil},
		{"utf16le bom", "\xff\xfeH\x00i\x00 \x00\xe9\x00", "Hi é", []string{FlagUTF16LE}, nil},
		{"utf16be bom", "\xfe\xff\x00H\x00i", "Hi", []string{FlagUTF16BE}, nil},
		{"utf16le no bom", "H\x00e\x00l\x00l\x00o\x00 \x00w\x00o\x00r\x00l\x00d\x00", "Hello world", []string{FlagUTF16LE}, nil},
		{"nul", "abc\x00def", "", nil, ErrBinary},
		{"stray nul in long text", strings.Repeat("Some words. ", 100) + "\x00", strings.Repeat("Some words. ", 100), []string{FlagControlChars}, nil},
		{"pdf", "%PDF-1.4\n%âãÏÓ\n1 0 obj", "", nil, ErrBinary},
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "", nil, ErrBinary},
		{"zip", "PK\x03\x04\x14\x00\x00\x00", "", nil, ErrBinary},
		{"elf", "\x7fELF\x02\x01\x01", "", nil, ErrBinary},
		{"many controls", strings.Repeat("\x01\x02\x03abcdef", 20), "", nil, ErrBinary},
		{"empty", "", "", nil, nil},
		{"mojibake", "SÃ©golÃ¨ne said itâ€™s â€œfineâ€\u009d, Â£5", "Ségolène said it’s “fine”, £5", []string{FlagMojibake}, nil},
		{"legit latin letters", "SÃO PAULO, â and Ã alone, CAFÉ” JOSÉ’s", "SÃO PAULO, â and Ã alone, CAFÉ” JOSÉ’s", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, flags, err := Decode([]byte(tt.in))
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if err != nil {
				return
			}
			if got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
			if !reflect.DeepEqual(flags, tt.flags) {
				t.Errorf("flags = %q, want %q", flags, tt.flags)
			}
		})
	}
}

func TestToUTF8KeepsValidInput(t *testing.T) {
	in := []byte("\xef\xbb\xbfa\r\nb\x05c é")
	got, flags, err := ToUTF8(in)
	if err != nil || flags != nil || &got[0] != &in[0] || len(got) != len(in) {
		t.Errorf("ToUTF8 changed valid input: %q %v %v", got, flags, err)
	}
	got, flags, err = ToUTF8([]byte("caf\xe9\r\n"))
	if err != nil || string(got) != "café\r\n" || !reflect.DeepEqual(flags, []string{FlagWindows1252}) {
		t.Errorf("ToUTF8(latin1) = %q %v %v", got, flags, err)
	}
}

func TestDecodeCharset(t *testing.T) {
	// "Привет" in windows-1251.
	got, flags, err := DecodeCharset([]byte("\xcf\xf0\xe8\xe2\xe5\xf2"), "windows-1251")
	if err != nil || got != "Привет" || !reflect.DeepEqual(flags, []string{"decoded:windows-1251"}) {
		t.Errorf("DecodeCharset = %q %v %v", got, flags, err)
	}
	// A wrong label for valid UTF-8 is ignored.
	got, flags, _ = DecodeCharset([]byte("Привет"), "iso-8859-1")
	if got != "Привет" || flags != nil {
		t.Errorf("DecodeCharset(utf8) = %q %v", got, flags)
	}
	// An unknown label falls back to Windows-1252.
	got, _, _ = DecodeCharset([]byte("caf\xe9"), "x-no-such")
	if got != "café" {
		t.Errorf("DecodeCharset(unknown label) = %q", got)
	}
}

func TestDeclaredCharset(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<html><head><meta charset="ISO-8859-1"></head>`, "iso-8859-1"},
		{`<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">`, "windows-1251"},
		{`<?xml version="1.0" encoding='Shift_JIS'?><rss>`, "shift_jis"},
		{`<html><head><title>x</title></head>`, ""},
		{`<meta name="description" content="charset of the week">`, ""},
	}
	for _, tt := range tests {
		if got := DeclaredCharset([]byte(tt.in)); got != tt.want {
			t.Errorf("DeclaredCharset(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := ContentTypeCharset("text/html; Charset=\"UTF-8\""); got != "utf-8" {
		t.Errorf("ContentTypeCharset = %q", got)
	}
}

func TestFixMojibake(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ã©tÃ©", "été"},
		{"â€”", "—"},
		{"â€", "â€"}, // cut short
		{"Ã", "Ã"},
		{"plain", "plain"},
		{"naÃ¯ve cafÃ©", "naïve café"},
	}
	for _, tt := range tests {
		if got, _ := FixMojibake(tt.in); got != tt.want {
			t.Errorf("FixMojibake(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "plain", "caf\xe9", "\xff\xfeH\x00", "\xfe\xff\x00H", "\xef\xbb\xbfx\r\n", "a\x00b", "%PDF-", "\x93\x94\x81\x8d"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, _, err := Decode(b)
		if err != nil {
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 from %q", b)
		}
		for _, c := range s {
			if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0) {
				t.Fatalf("control character %U from %q", c, b)
			}
		}
		u, _, err := ToUTF8(b)
		if err == nil && !utf8.Valid(u) {
			t.Fatalf("ToUTF8: invalid UTF-8 from %q", b)
		}
		_ = DeclaredCharset(b)
	})
}
