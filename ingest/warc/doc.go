// Package warc reads WARC files (ISO 28500, versions 0.17 to 1.1), plain or
// gzip-compressed (one gzip member per record or one for the whole file).
//
// Reader yields every record; Read turns the HTML responses of a file into
// news.Raw values: the HTTP response is parsed, chunked transfer and gzip or
// deflate content encodings are undone, and the payload is decoded to UTF-8
// using its declared charset. Requests, metadata, warcinfo, non-HTML
// payloads and non-2xx responses are skipped.
package warc
