package store

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Opener opens a store at a backend-specific location.
type Opener func(location string) (Store, error)

var (
	mu       sync.Mutex
	backends = map[string]Opener{}
)

// Register makes a backend available under a scheme name ("sqlite", "postgres").
// It panics when the name is registered twice, like sql.Register.
func Register(scheme string, open Opener) {
	mu.Lock()
	defer mu.Unlock()
	if _, dup := backends[scheme]; dup {
		panic("store: Register called twice for " + scheme)
	}
	backends[scheme] = open
}

// Open opens a store from a location string: "sqlite:PATH", "postgres://…",
// "postgresql://…", or a bare path, which means SQLite.
func Open(location string) (Store, error) {
	scheme, rest := "sqlite", location
	if i := strings.Index(location, "://"); i > 0 {
		scheme, rest = location[:i], location
		if scheme == "postgresql" {
			scheme = "postgres"
		}
	} else if i := strings.Index(location, ":"); i > 1 {
		if _, ok := lookup(location[:i]); ok {
			scheme, rest = location[:i], location[i+1:]
		}
	}
	open, ok := lookup(scheme)
	if !ok {
		return nil, fmt.Errorf("open store %q: unknown backend %q (have %s)", location, scheme, strings.Join(Backends(), ", "))
	}
	return open(rest)
}

func lookup(scheme string) (Opener, bool) {
	mu.Lock()
	defer mu.Unlock()
	o, ok := backends[scheme]
	return o, ok
}

// Backends lists the registered backend names.
func Backends() []string {
	mu.Lock()
	defer mu.Unlock()
	var names []string
	for n := range backends {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
