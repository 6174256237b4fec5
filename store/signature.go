package store

import (
	"encoding/binary"
	"fmt"
)

// EncodeSignature packs a near-duplicate signature little-endian for a
// backend's binary column; nil stays nil (NULL).
func EncodeSignature(sig []uint64) []byte {
	if sig == nil {
		return nil
	}
	b := make([]byte, 8*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint64(b[8*i:], v)
	}
	return b
}

// DecodeSignature unpacks what EncodeSignature packed.
func DecodeSignature(b []byte) ([]uint64, error) {
	if b == nil {
		return nil, nil
	}
	if len(b)%8 != 0 {
		return nil, fmt.Errorf("decode signature: %d bytes is not a multiple of 8", len(b))
	}
	sig := make([]uint64, len(b)/8)
	for i := range sig {
		sig[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return sig, nil
}
