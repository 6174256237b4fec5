package main

// The store backends selectable with --db.
import (
	_ "storyline/store/sqlite"
)
