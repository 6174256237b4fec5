package cluster

// stopwords are English function words and news boilerplate words that carry
// no topic.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
		"be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
		"can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further",
		"had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
		"i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself",
		"no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves",
		"out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their",
		"theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too",
		"under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
		"whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves",
		"said", "says", "say", "saying", "told", "tells", "tell", "according", "new", "one", "two", "three",
		"first", "last", "year", "years", "week", "weeks", "day", "days", "time", "times", "may", "might", "must",
		"mr", "mrs", "ms", "dr", "per", "via", "since", "still", "yet", "however", "although", "though",
		"many", "much", "even", "well", "back", "get", "gets", "got", "make", "makes", "made", "like",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
		"tomorrow", "mln", "pct", "dlrs", "cts", "vs", "reuter", "reuters", "ap", "afp", "update", "updated",
		"news", "video", "photos", "report", "reports", "reported", "us", "it's", "don't", "can't", "won't",
		"s", "t", "re", "ve", "ll", "d", "m", "o",
	} {
		m[w] = true
	}
	return m
}()
