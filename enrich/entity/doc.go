// Package entity is the statistical named-entity tagger of Storyline: it
// finds PER, ORG, LOC and MISC mentions in news text.
//
// The model is an averaged structured perceptron over BILOU labels, trained
// and decoded with the Viterbi algorithm over first-order transitions (labels
// that would break a BILOU chunk are not allowed; see viterbi.go), and shipped
// as the average of the weights of three models trained with different
// document orders (seeds 1-3). A greedy left-to-right decoder with two
// previous labels (TrainOptions.Viterbi false) is kept: it reached valid F1
// 0.912-0.913 against 0.928-0.936 for Viterbi. Its features: the word, its
// lowercase form, prefixes and suffixes of 1-4 letters, word shapes and
// capitalisation flags, words and shapes two positions around, the previous
// label (alone, with the word and with its shape), word-cluster paths (learned
// from unlabeled news text: the CoNLL-2003 training text, Reuters-21578 and
// BBC News), gazetteers (entity phrases of the CoNLL-2003 training data, seen
// by each training document only from the other folds; given names, surnames,
// countries, capitals and people's titles from model/gaz, see
// model/gaz/SOURCES.md), document-level features (whether the word also
// appears lowercased or capitalised mid-sentence in the document, the labels
// given to the word earlier in the document, the neighbours of its other
// occurrences, the first word of the document as its topic), headline features
// (sentences in capitals) and features of capitalised words absent from the
// training vocabulary (for training documents: from the other folds). The word
// history is randomised for a quarter of the labels during training, so the
// model trusts it no more than at run time. A second stage over the first
// stage's labels (TrainOptions.TwoStage) is available but not used: with the
// other features it gained nothing (valid F1 0.910 against 0.912) for twice
// the tagging time.
//
// At run time the scores of a word's own features and transitions are
// computed once per document, and those of the 3,000 most frequent training
// words once at load time (Model.Common), so Viterbi decoding is about as
// fast as greedy decoding. The ensemble (TrainOptions.Ensemble) costs
// nothing at run time: the weights of its models are averaged into one.
//
// The trained model is embedded (model/ner.gob) and loaded by Load.
// Reproduce it from the repository root (deterministic):
//
//	go run ./cmd/storyline-train clusters   # writes enrich/entity/model/clusters.gz
//	go run ./cmd/storyline-train ner        # writes enrich/entity/model/ner.gob
//
// The defaults read ../shared/data (conll2003, reuters-21578, bbc-news),
// train on conll2003/train.txt only and report conlleval figures on
// conll2003/valid.txt, which was used only to choose hyperparameters
// (decoder, epochs, ensemble size).
//
// Feature hashing, the weight table, the averaged-perceptron learner and the
// model-file helpers are shared with enrich/event (enrich/internal/percept).
//
// Tag tokenises text CoNLL-style (no token crosses white space, so no mention
// crosses a line break), groups the tokens into sentences and returns the
// mentions with byte spans; the alias stage fills Entity and Name.
package entity
