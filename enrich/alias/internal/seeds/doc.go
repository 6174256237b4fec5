// Package seeds holds the end-to-end test of package alias on the five seed
// articles and their gold (../shared/gold/seeds.json): extract.Clean, the
// sentence splitter, the trained entity tagger, then Annotate and Merge. It
// lives apart so that the unit tests of package alias build without the
// packages of the other stages. It has no code of its own.
package seeds
