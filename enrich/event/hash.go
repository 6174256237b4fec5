package event

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString is FNV-1a over s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashBytes is FNV-1a over b.
func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// mix combines a feature template and a value into a feature key
// (splitmix64).
func mix(t, v uint64) uint64 {
	x := v ^ (t+1)*0x9E3779B97F4A7C15
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}

// mix2 combines a template and two values.
func mix2(t, a, b uint64) uint64 { return mix(t, a*0x9E3779B97F4A7C15^b) }

// fold folds a feature key to the 32 bits a model stores; 0 is reserved for
// empty slots of the lookup table.
func fold(k uint64) uint32 {
	f := uint32(k ^ k>>32)
	if f == 0 {
		f = 1
	}
	return f
}
