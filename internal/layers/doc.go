// Package layers holds no code: its test checks the import graph of the
// module against the layering described in docs/architecture.md, the way
// go/build/deps_test.go guards the standard library.
package layers
