package window

import "testing"

func TestWindow(t *testing.T) {
	m := New[int, int](3)
	for i := range 10 {
		m.Put(i, i*i)
		for j := 0; j <= i; j++ {
			v, ok := m.Get(j)
			// kept for at least 3 and at most 6 insertions
			if i-j < 3 && (!ok || v != j*j) {
				t.Fatalf("after putting %d: Get(%d) = %d, %v; want %d, true", i, j, v, ok, j*j)
			}
			if i-j >= 6 && ok {
				t.Fatalf("after putting %d: Get(%d) still present", i, j)
			}
		}
		if m.Len() > 6 {
			t.Fatalf("Len %d > 2×size", m.Len())
		}
	}
	m.Put(1, 7) // a re-put key takes the newest value
	if v, _ := m.Get(1); v != 7 {
		t.Errorf("Get(1) = %d after re-put, want 7", v)
	}
}
