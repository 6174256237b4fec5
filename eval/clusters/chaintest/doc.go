// Package chaintest runs the clustering scenarios on documents annotated by
// the pipeline's chain (tagger entities, times), as ingest does. It is kept
// apart from package clusters so that package's tests do not depend on every
// annotator compiling.
package chaintest
