// Package event is the event-mention tagger of Storyline: it finds the
// TimeML EVENT mentions of news text, the single head word of something
// that happens or holds — verbs ("exploded", "said"), event nouns
// ("attack", "meeting"), adjectives of state ("invincible") — with their
// TimeML class (OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE, ASPECTUAL,
// PERCEPTION), as the Events layer of a news.Doc.
//
// The model is an averaged perceptron over 8 labels (no event, or one of
// the classes), one decision per token, trained on the EVENT tags of the
// TempEval-3 TBAQ corpus (TimeBank and AQUAINT). Features are hashed
// (features.go): the word, its lowercase form, a crude stem (one suffix
// stripped: "exploded", "explodes" and "explode" share "explod"), suffixes
// of 2 to 5 letters, the 3-letter prefix, the word shape and flags
// (capitalised, all capitals, digits, hyphen); the lowercase words two
// positions around, the bigrams with the previous and the next word, the
// 3-letter suffixes, shapes and stem of the neighbours, the previous word
// with the word's 2-letter suffix ("to ...ed", "the ...ing") and whether
// the word starts its sentence. Measured and left out (no gain on the dev
// split): the previous token's label (TrainOptions.Prev), the word
// clusters of enrich/entity (TrainOptions.Clusters), and training with a
// margin. Tokens without a letter, capitalised words after a word (names;
// 6 of the 11,145 TBAQ events are such words) and frequent words that
// training never saw as an event (Model.Never: seen 10 times or more) are
// never events and are not scored. When tagging, Model.Margin (-6, the best F1 on the
// dev split) is added to the score of "no event", which trades precision
// for recall (dev F1 88.8 against 87.1 without; on MEANTIME F1 73.1 against
// 68.8).
//
// Feature hashing, the weight table, the averaged-perceptron learner and the
// model-file helpers are shared with enrich/entity (enrich/internal/percept).
//
// Tokens (Tokenize) follow the TimeML corpora: punctuation and the clitics
// 's, n't, 're, ... apart; hyphenated words, numbers, dotted abbreviations
// and titles whole. A mention is one token; Tag groups the tokens by the
// document's sentences (text outside them is read line by line).
//
// At run time the word-feature scores and the analysis of the 5,000 most
// frequent training words are computed once, at load time, so a token
// costs a map lookup and about 13 lookups of context features in an
// open-addressing table of int16 weights.
//
// The trained model is embedded (model/event.gob, 0.7 MB) and loaded lazily
// by Load. Reproduce it from the repository root (deterministic, about a
// second):
//
//	go run ./cmd/storyline-train event
//
// It trains on TimeBank and the AQUAINT files not held out (SplitTBAQ:
// every fourth AQUAINT file in name order from the 4th, 18 files, is the
// held-out test set, never trained on) and reports strict-match F1 on the
// held-out files and on the MEANTIME event mentions. With -dev, every
// fourth AQUAINT file from the 2nd (18 files) is a dev set too, on which
// the hyperparameters were chosen; the held-out figures are then not
// printed.
//
// Figures of the shipped model (strict match: a mention is right when its
// span is the gold one): held-out TBAQ P 85.0 R 84.9 F1 84.9, class
// accuracy 86.7 (the best TempEval-3 system reached 81.1 F1 on the task's
// own test set, another one); MEANTIME event tokens (a corpus of
// Wikinews articles, other annotation guidelines: copulas, more nouns,
// headlines), sentences 0-5 (exhaustively annotated) P 92.4 R 60.4 F1 73.1,
// every sentence F1 50.5 (later sentences are annotated only in part).
// Speed: about 3 million tokens per second on one core (BenchmarkTag, BBC
// News articles).
package event
