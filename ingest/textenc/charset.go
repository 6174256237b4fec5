package textenc

import (
	"bytes"
	"strings"
)

// DeclaredCharset returns the charset label an HTML or XML document declares
// near its start (<meta charset=…>, <meta http-equiv content="…; charset=…">
// or <?xml encoding="…"?>), lower-cased, or "" when it declares none.
func DeclaredCharset(b []byte) string {
	if len(b) > 4096 {
		b = b[:4096]
	}
	lower := bytes.ToLower(b)
	if bytes.HasPrefix(bytes.TrimLeft(lower, " \t\r\n\xef\xbb\xbf"), []byte("<?xml")) {
		if end := bytes.Index(lower, []byte("?>")); end > 0 {
			if v := attrValue(lower[:end], "encoding"); v != "" {
				return v
			}
		}
	}
	for i := 0; ; {
		j := bytes.Index(lower[i:], []byte("<meta"))
		if j < 0 {
			return ""
		}
		i += j + len("<meta")
		end := bytes.IndexByte(lower[i:], '>')
		if end < 0 {
			return ""
		}
		tag := lower[i : i+end]
		if v := attrValue(tag, "charset"); v != "" {
			return v
		}
	}
}

// ContentTypeCharset returns the charset parameter of a Content-Type header
// value such as "text/html; charset=ISO-8859-1", lower-cased, or "".
func ContentTypeCharset(ct string) string {
	return attrValue([]byte(strings.ToLower(ct)), "charset")
}

// attrValue finds name=value (value optionally quoted) in lower-cased b.
func attrValue(b []byte, name string) string {
	for i := 0; ; {
		j := bytes.Index(b[i:], []byte(name))
		if j < 0 {
			return ""
		}
		i += j + len(name)
		rest := bytes.TrimLeft(b[i:], " \t\r\n")
		if len(rest) == 0 || rest[0] != '=' {
			continue
		}
		rest = bytes.TrimLeft(rest[1:], " \t\r\n")
		if len(rest) > 0 && (rest[0] == '"' || rest[0] == '\'') {
			rest = rest[1:]
		}
		end := bytes.IndexAny(rest, "\"'; \t\r\n>/")
		if end < 0 {
			end = len(rest)
		}
		if v := string(rest[:end]); v != "" {
			return v
		}
	}
}
