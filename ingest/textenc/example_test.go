package textenc_test

import (
	"fmt"

	"storyline/ingest/textenc"
)

func ExampleDecode() {
	// Windows-1252 text with CRLF line ends and a stray control character.
	s, flags, err := textenc.Decode([]byte("\x93Caf\xe9\x94 \x96 open\x07\r\n"))
	fmt.Printf("%q %v %v\n", s, flags, err)
	// Output: "“Café” – open\n" [decoded:windows-1252 control-chars-dropped] <nil>
}
