package game

// RNG is the game's only source of chance: a SplitMix64 generator (Steele, Lea and Flood, 2014)
// whose whole state is one uint64 held in the State, hashed and saved with it. It is written here,
// with its own bounded-integer function, so that no Go release can change a game.
type RNG struct {
	S uint64
}

const golden = 0x9e3779b97f4a7c15

// Uint64 returns the next 64 random bits.
func (r *RNG) Uint64() uint64 {
	r.S += golden
	z := r.S
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// IntN returns a uniform integer in [0, n) by Lemire's multiply-and-reject method, without bias.
// It panics if n <= 0, which is a bug in the caller.
func (r *RNG) IntN(n int) int {
	if n <= 0 {
		panic("game: RNG.IntN with n <= 0")
	}
	bound := uint64(n)
	for {
		x := r.Uint64()
		hi, lo := mul64(x, bound)
		if lo < bound {
			// Reject the values that would bias the result: those below 2^64 mod bound.
			if threshold := -bound % bound; lo < threshold {
				continue
			}
		}
		return int(hi)
	}
}

// Range returns a uniform integer in [lo, hi].
func (r *RNG) Range(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + r.IntN(hi-lo+1)
}

// Percent reports true with probability p/100.
func (r *RNG) Percent(p int) bool {
	switch {
	case p <= 0:
		return false
	case p >= 100:
		return true
	}
	return r.IntN(100) < p
}

// mul64 is the full 128-bit product of a and b, written out so it needs no math/bits intrinsic
// whose behaviour could ever differ.
func mul64(a, b uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	a0, a1 := a&mask32, a>>32
	b0, b1 := b&mask32, b>>32
	w0 := a0 * b0
	t := a1*b0 + w0>>32
	w1 := t & mask32
	w2 := t >> 32
	w1 += a0 * b1
	hi = a1*b1 + w2 + w1>>32
	lo = a * b
	return hi, lo
}

// mix derives an independent stream from a seed and a salt (one SplitMix64 step over their sum),
// so that each turn and each rollout draws from its own stream.
func mix(seed, salt uint64) uint64 {
	r := RNG{S: seed ^ (salt * golden)}
	return r.Uint64()
}
