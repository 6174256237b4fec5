package text

import "storyline/news"

// SentenceAnnotator is a news.Annotator that fills Doc.Sentences from
// Doc.Text, leaving Doc.Headings out of every sentence.
var SentenceAnnotator news.Annotator = news.AnnotatorFunc(annotateSentences)

func annotateSentences(d *news.Doc) error {
	d.Sentences = Sentences(d.Text, d.Headings)
	return nil
}
