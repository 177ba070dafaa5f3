package extract

import (
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"regexp"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/cputime"
	"github.com/contra-project/contra/internal/taxonomy"
)

// testTaxonomy has invented states, so fixtures name no real country.
func testTaxonomy() *taxonomy.Taxonomy {
	return taxonomy.New([]graph.Actor{
		{Name: "Freedonia", Aliases: []string{"Freedonian", "Freedonians", "Fredville", "the Palace"}},
		{Name: "Sylvania", Aliases: []string{"Sylvanian", "Sylvanians", "Sylvaton", "the Citadel"}},
		{Name: "Ruritania", Aliases: []string{"Ruritanian", "Strelsau"}},
		{Name: "Northern League", Aliases: []string{"the League"}},
	}, taxonomy.Default().Topics())
}

// Invented material for the synthetic article mix.
var (
	benchPeople = []string{"Freedonian Defence Minister Ivo Marek", "Sylvanian President Dana Oster", "Palace spokesman Tomas Brill", "Ruritanian Foreign Minister Lena Kovach"}
	benchLater  = []string{"Marek", "Oster", "Brill", "Kovach", "he", "she", "the minister", "the president"}
	benchActors = []string{"Freedonia", "Sylvania", "Ruritania", "Fredville", "Sylvaton", "the Palace", "the Citadel"}
	benchTopics = []string{"cluster munitions", "the dam", "prisoners of war", "peace talks", "ceasefire violations", "drone strikes", "mobilisation"}
	benchVerbs  = []string{"said", "claimed", "insisted", "told reporters", "added", "warned", "denied that"}
	benchActs   = []string{"used %s near the border", "shelled villages with %s", "never violated the agreement on %s", "is ready to discuss %s", "will respond to any attack involving %s", "refrained from using %s"}
	benchBoiler = []string{
		"Support us", "Read more", "Discuss", "Subscribe to our newsletter for daily updates.",
		"This handout photo shows a damaged bridge near the front line. AFP",
		"Your support, however small, keeps our independent journalism alive. Please donate now.",
		"Related: Five Things to Know About the Northern League Summit",
	}
)

// syntheticArticles returns n reproducible invented articles mixing
// reported speech, quotations, accusations and boilerplate.
func syntheticArticles(n int) [][]byte {
	r := rand.New(rand.NewSource(42))
	pick := func(list []string) string { return list[r.Intn(len(list))] }
	out := make([][]byte, n)
	for i := range out {
		var b bytes.Buffer
		fmt.Fprintf(&b, "%s Accuses %s Over %s\n\n", pick(benchActors), pick(benchActors), pick(benchTopics))
		for p := 0; p < 24; p++ {
			switch r.Intn(10) {
			case 0:
				fmt.Fprintf(&b, "%s\n\n", pick(benchBoiler))
			case 1:
				fmt.Fprintf(&b, "\u201cWe have evidence that %s %s,\u201d %s %s. \u201cThe world must know it.\u201d\n\n",
					pick(benchActors), fmt.Sprintf(pick(benchActs), pick(benchTopics)), pick(benchLater), "said")
			case 2:
				fmt.Fprintf(&b, "%s and %s have accused each other of violating the truce, and %s %s %s %s.\n\n",
					pick(benchActors), pick(benchActors), pick(benchPeople), pick(benchVerbs), pick(benchActors), fmt.Sprintf(pick(benchActs), pick(benchTopics)))
			case 3:
				fmt.Fprintf(&b, "According to %s, %s %s. The U.S. and the U.N. were not consulted, Mr. Brill said on Tuesday.\n\n",
					pick(benchLater), pick(benchActors), fmt.Sprintf(pick(benchActs), pick(benchTopics)))
			case 4, 7:
				fmt.Fprintf(&b, "The weather in the capital was mild, and markets opened higher on Monday as traders weighed %s. Analysts expect little change before the holiday season begins in earnest across the region.\n\n", pick(benchTopics))
			case 8:
				fmt.Fprintf(&b, "Residents of the border villages, many of them farmers who have lived there for generations, described long queues for fuel and bread. Schools reopened last month after repairs to roofs and windows, and a field hospital run by volunteers treats about forty patients a day. The regional council has promised new shelters before winter, though few expect them to be finished on time.\n\n")
			case 9:
				fmt.Fprintf(&b, "%s has been at odds with %s since the 1990s over water rights, trade routes and the status of minorities on both sides of the frontier. Negotiators met twice last year without agreeing on a timetable.\n\n", pick(benchActors), pick(benchActors))
			default:
				fmt.Fprintf(&b, "%s %s %s, %s %s Tuesday.\n\n", pick(benchActors), fmt.Sprintf(pick(benchActs), pick(benchTopics)), "despite repeated warnings", pick(benchPeople), "said")
			}
		}
		out[i] = b.Bytes()
	}
	return out
}

func BenchmarkExtract(b *testing.B) {
	arts := syntheticArticles(64)
	total := 0
	for _, a := range arts {
		total += len(a)
	}
	x := New(testTaxonomy())
	ctx := context.Background()
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0, gc0 := cputime.Process(), gcCPU()
	defer func() {
		reportCPU(b, total, cputime.Process()-cpu0)
		// the collector's share of the CPU time, as the runtime counts
		// it: what fewer or smaller allocations could save at most
		if gc, all := gcCPU(), cputime.Process()-cpu0; all > 0 {
			b.ReportMetric(100*(gc-gc0).Seconds()/all.Seconds(), "gc-cpu-%")
		}
	}()
	for i := 0; i < b.N; i++ {
		for k, a := range arts {
			art := Article{Name: fmt.Sprintf("a%d.txt", k), Text: a, Meta: graph.Document{URL: fmt.Sprintf("https://news.example/a%d", k)}}
			if _, err := x.Extract(ctx, art); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkRegexpSplit is the baseline: a plain regexp sentence split of
// the same bytes, to compare Extract's throughput against.
func BenchmarkRegexpSplit(b *testing.B) {
	arts := syntheticArticles(64)
	total := 0
	for _, a := range arts {
		total += len(a)
	}
	re := regexp.MustCompile(`[^.!?]+[.!?]+["”’]?\s*`)
	b.SetBytes(int64(total))
	b.ResetTimer()
	cpu0 := cputime.Process()
	defer func() { reportCPU(b, total, cputime.Process()-cpu0) }()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			n += len(re.FindAllIndex(a, -1))
		}
	}
	if n == 0 {
		b.Fatal("no sentences")
	}
}

// gcCPU is the CPU time the garbage collector has used (marking,
// assists, pauses), as runtime/metrics estimates it.
func gcCPU() time.Duration {
	s := []metrics.Sample{{Name: "/cpu/classes/gc/total:cpu-seconds"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindFloat64 {
		return 0
	}
	return time.Duration(s[0].Value.Float64() * float64(time.Second))
}

// reportCPU adds MB per CPU-second: on a machine shared with other
// processes, wall-clock MB/s understates what one core does.
func reportCPU(b *testing.B, bytesPerOp int, cpu time.Duration) {
	if cpu <= 0 {
		return
	}
	b.ReportMetric(float64(bytesPerOp)*float64(b.N)/cpu.Seconds()/1e6, "MB/cpu-s")
}
