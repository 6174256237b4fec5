package memstore_test

import (
	"testing"

	"storyline/store"
	"storyline/store/memstore"
	"storyline/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return memstore.New() })
}

func TestOpen(t *testing.T) {
	s, err := store.Open("mem:")
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := s.(*memstore.Store); !ok {
		t.Fatalf("store.Open(mem:) = %T", s)
	}
	s.Close()
}
