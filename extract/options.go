package extract

// Options configures extraction; the zero value uses defaults.
type Options struct {
	// MinTextLen is the least number of bytes of clean text an article must
	// have (default 20).
	MinTextLen int
	// MinWords is the least number of words a body paragraph must have for
	// the input to count as prose (default 4).
	MinWords int
	// MaxHeadingWords is the most words a line may have to be taken for a
	// subheading (default 12).
	MaxHeadingWords int
	// NoFallback turns off the fallback extractors of the HTML extractor.
	NoFallback bool
}

// DefaultOptions returns the options the zero value stands for.
func DefaultOptions() Options { return Options{}.withDefaults() }

func (o Options) withDefaults() Options {
	if o.MinTextLen <= 0 {
		o.MinTextLen = 20
	}
	if o.MinWords <= 0 {
		o.MinWords = 4
	}
	if o.MaxHeadingWords <= 0 {
		o.MaxHeadingWords = 12
	}
	return o
}
