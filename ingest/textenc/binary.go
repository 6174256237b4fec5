package textenc

import "bytes"

// sniffLen is how much of the input LooksBinary examines.
const sniffLen = 64 << 10

// magic lists the leading bytes of common binary formats.
var magic = [][]byte{
	[]byte("%PDF-"),
	[]byte("\x89PNG\r\n\x1a\n"),
	[]byte("GIF87a"),
	[]byte("GIF89a"),
	[]byte("\xff\xd8\xff"),       // JPEG
	[]byte("PK\x03\x04"),         // ZIP, DOCX, EPUB, JAR
	[]byte("PK\x05\x06"),         // empty ZIP
	[]byte("\x7fELF"),            // ELF
	[]byte("MZ\x90\x00"),         // Windows executable
	[]byte("\xca\xfe\xba\xbe"),   // Mach-O fat, Java class
	[]byte("\xcf\xfa\xed\xfe"),   // Mach-O 64
	[]byte("\x1f\x8b"),           // gzip (callers decompress first)
	[]byte("\xfd7zXZ\x00"),       // xz
	[]byte("7z\xbc\xaf\x27\x1c"), // 7-Zip
	[]byte("\x28\xb5\x2f\xfd"),   // zstd
	[]byte("Rar!\x1a\x07"),       // RAR
	[]byte("OggS"),
	[]byte("ID3\x02"), // MP3
	[]byte("ID3\x03"),
	[]byte("ID3\x04"),
	[]byte("fLaC"),
	[]byte("\x00\x00\x00\x18ftyp"), // MP4
	[]byte("\x00\x00\x00\x20ftyp"),
	[]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), // OLE2: DOC, XLS
	[]byte("SQLite format 3\x00"),
	[]byte("wOFF"),
	[]byte("wOF2"),
	[]byte("\x00asm"), // WebAssembly
}

// LooksBinary reports whether b looks like binary data rather than text: it
// starts with the magic number of a known binary format, or its first 64 KiB
// hold NUL bytes (more than one in a thousand: a stray NUL in a long text is
// only dropped as a control character), or control bytes other than white
// space make more than a tenth of them (and at least 8).
func LooksBinary(b []byte) bool {
	for _, m := range magic {
		if bytes.HasPrefix(b, m) {
			return true
		}
	}
	if len(b) > sniffLen {
		b = b[:sniffLen]
	}
	if nul := bytes.Count(b, []byte{0}); nul > 0 && nul*1000 > len(b) {
		return true
	}
	ctrl := 0
	for _, c := range b {
		if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') || c == 0x7f {
			ctrl++
		}
	}
	return ctrl*10 > len(b) && ctrl >= 8
}

// guessUTF16 reports whether b, which has no BOM, looks like UTF-16 text of a
// mostly ASCII script: NUL in nearly every other byte and nowhere else. It
// returns the byte order found.
func guessUTF16(b []byte) (little, ok bool) {
	if len(b) > 1024 {
		b = b[:1024]
	}
	n := len(b) / 2
	if n < 4 {
		return false, false
	}
	var evenNUL, oddNUL int
	for i := 0; i+1 < len(b); i += 2 {
		if b[i] == 0 {
			evenNUL++
		}
		if b[i+1] == 0 {
			oddNUL++
		}
	}
	switch {
	case oddNUL*10 >= n*9 && evenNUL*10 < n:
		return true, true
	case evenNUL*10 >= n*9 && oddNUL*10 < n:
		return false, true
	}
	return false, false
}
