// Package percept holds the machinery shared by the two statistical taggers
// of Storyline, enrich/entity (named entities, Viterbi-trained structured
// perceptrons) and enrich/event (TimeML event mentions, one decision per
// token): hashed feature keys, the folded and sorted weight table with its
// run-time lookup, the averaged-perceptron learner, model-file helpers and
// the pieces of their tokenizers that follow the same rules.
//
// What differs between the taggers stays in their packages: label sets,
// feature templates, decoding (Viterbi or per token), the word analyses and
// the layouts of the model files. The numeric results of this package (hash
// values, folding, quantisation, the order of floating-point additions) are
// part of both model formats: changing them changes or invalidates the
// shipped models.
//
// A model's weights are rows of n float32 weights, one per label, one row
// per feature. Training (Learner) keys rows by 64-bit feature keys (Mix,
// Mix2); a trained model keeps them sorted by their 32-bit folded keys
// (Fold, SortKeys), and at run time a Table finds a row by open addressing
// and holds the weights quantised to int16 (Quantize, Scale).
package percept
