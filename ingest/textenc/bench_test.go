package textenc

import (
	"strings"
	"testing"
)

func benchDecode(b *testing.B, text string) {
	data := []byte(text)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeUTF8 measures the common case: clean UTF-8 news text.
func BenchmarkDecodeUTF8(b *testing.B) {
	benchDecode(b, strings.Repeat("The minister said on Tuesday that “talks” would resume in Genève.\n", 1000))
}

// BenchmarkDecodeLegacy measures Windows-1252 input with CRLF line ends.
func BenchmarkDecodeLegacy(b *testing.B) {
	benchDecode(b, strings.Repeat("The minister said on Tuesday that \x93talks\x94 would resume in Gen\xe8ve.\r\n", 1000))
}
