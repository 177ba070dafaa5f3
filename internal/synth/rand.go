package synth

import (
	"math"
	"math/bits"
	"sort"
)

// rng is splitmix64. It is written out here rather than taken from
// math/rand so that the output for a seed can never change with the Go
// release: benchmark corpora are compared across versions by hash.
type rng struct{ s uint64 }

func newRNG(seed uint64) rng { return rng{s: seed} }

func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// intn returns a value in [0, n) by multiply-shift; the bias is below
// 2^-32 for the small n used here.
func (r *rng) intn(n int) int {
	if n <= 1 {
		return 0
	}
	hi, _ := bits.Mul64(r.next(), uint64(n))
	return int(hi)
}

// between returns a value in [lo, hi].
func (r *rng) between(lo, hi int) int { return lo + r.intn(hi-lo+1) }

func (r *rng) float() float64 { return float64(r.next()>>11) / (1 << 53) }

func (r *rng) chance(p float64) bool { return r.float() < p }

func pick[T any](r *rng, xs []T) T { return xs[r.intn(len(xs))] }

// mix derives an independent seed from a seed and a salt, so that each
// concern (vocabulary, claim stream, one article's prose) has its own
// stream and drawing more numbers in one never shifts another.
func mix(seed uint64, salt uint64) uint64 {
	r := newRNG(seed ^ (salt * 0xd1b54a32d192ed03))
	r.next()
	return r.next()
}

// zipf samples ranks 0..n-1 with probability proportional to 1/(k+1)^s.
type zipf struct{ cdf []float64 }

func newZipf(n int, s float64) zipf {
	cdf := make([]float64, n)
	sum := 0.0
	for k := range n {
		sum += 1 / math.Pow(float64(k+1), s)
		cdf[k] = sum
	}
	return zipf{cdf: cdf}
}

func (z zipf) sample(r *rng) int {
	u := r.float() * z.cdf[len(z.cdf)-1]
	return sort.Search(len(z.cdf), func(i int) bool { return z.cdf[i] > u })
}

// weighted picks an index with probability proportional to its weight.
func weighted(r *rng, w []int) int {
	total := 0
	for _, x := range w {
		total += x
	}
	u := r.intn(total)
	for i, x := range w {
		if u < x {
			return i
		}
		u -= x
	}
	return len(w) - 1
}
