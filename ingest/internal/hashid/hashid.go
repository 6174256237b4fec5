// Package hashid makes the stable short ids given to documents that carry no
// id of their own.
package hashid

import (
	"crypto/sha256"
	"encoding/hex"
)

// Of returns the first 16 hex digits of the SHA-256 of the parts, each
// followed by a NUL so that ("ab","c") and ("a","bc") differ.
func Of(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Bytes returns the first 16 hex digits of the SHA-256 of b.
func Bytes(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:8])
}
