package game

import (
	"math/bits"
	"testing"
)

// TestRNGIsPinned pins the generator's first outputs: if this test ever fails, every recorded game
// would replay differently. Never update these numbers; fix the generator instead.
func TestRNGIsPinned(t *testing.T) {
	// The reference SplitMix64 gives 0xe220a8397b1dcdaf for seed 0.
	if got := (&RNG{S: 0}).Uint64(); got != 0xe220a8397b1dcdaf {
		t.Fatalf("seed 0 gives %#016x, not the reference SplitMix64 output", got)
	}
	r := RNG{S: 1934}
	want := []uint64{0xd99209623bcfa1dd, 0xf835a59285500e09, 0x1912cb0a7482b190, 0xb4556265ac3e8255}
	for i, w := range want {
		if got := r.Uint64(); got != w {
			t.Fatalf("output %d = %#016x, want %#016x", i, got, w)
		}
	}
	r = RNG{S: 7}
	wantN := []int{}
	for range 10 {
		wantN = append(wantN, r.IntN(100))
	}
	pinned := []int{38, 1, 90, 58, 45, 24, 46, 32, 13, 41}
	for i := range pinned {
		if wantN[i] != pinned[i] {
			t.Fatalf("IntN(100) sequence from seed 7 = %v, want %v", wantN, pinned)
		}
	}
}

func TestMul64MatchesBits(t *testing.T) {
	r := RNG{S: 42}
	for range 10000 {
		a, b := r.Uint64(), r.Uint64()
		hi, lo := mul64(a, b)
		whi, wlo := bits.Mul64(a, b)
		if hi != whi || lo != wlo {
			t.Fatalf("mul64(%#x, %#x) = %#x %#x, want %#x %#x", a, b, hi, lo, whi, wlo)
		}
	}
}

func TestIntNStaysInRangeAndCoversIt(t *testing.T) {
	r := RNG{S: 3}
	for _, n := range []int{1, 2, 3, 7, 100, 1 << 20} {
		seen := map[int]bool{}
		for range 2000 {
			v := r.IntN(n)
			if v < 0 || v >= n {
				t.Fatalf("IntN(%d) = %d", n, v)
			}
			seen[v] = true
		}
		if n <= 7 && len(seen) != n {
			t.Errorf("IntN(%d) produced only %d distinct values in 2000 draws", n, len(seen))
		}
	}
}
