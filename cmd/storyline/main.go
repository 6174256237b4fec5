package main

import (
	_ "github.com/abadojack/whatlanggo"
	_ "github.com/clipperhouse/uax29/v2/words"
	_ "github.com/jackc/pgx/v5"
	_ "github.com/kljensen/snowball"
	_ "github.com/markusmobius/go-trafilatura"
	_ "github.com/mmcdole/gofeed"
	_ "github.com/nats-io/nats.go/jetstream"
	_ "github.com/neurosnap/sentences"
	_ "golang.org/x/text/encoding/charmap"
	_ "modernc.org/sqlite"
)

func main() {}
