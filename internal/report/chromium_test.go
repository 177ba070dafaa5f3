package report

import (
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// chromium returns the path of a Chromium binary, skipping the test when
// there is none: CI installs Debian's chromium, a developer may not have it.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("skipping HTML rendering test: neither chromium nor chromium-browser is on PATH (apt-get install chromium)")
	return ""
}

// runChromium runs headless Chromium with networking features off and a
// throwaway profile, returning its stdout.
func runChromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	profile := t.TempDir()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + profile}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	cmd.Env = append(os.Environ(), "HOME="+profile)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, stderr.String())
	}
	return out
}

func TestHTMLRendersInChromium(t *testing.T) {
	bin := chromium(t)
	clk := &clock{t: t0}
	s := openStore(t, clk)
	load(t, s, fixtureBatch(t))
	d, err := Gather(context.Background(), s, Options{Title: "Fixture report", Now: t0})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := Write(context.Background(), dir, d, []string{"html"}); err != nil {
		t.Fatal(err)
	}
	page := "file://" + filepath.Join(dir, "report.html")

	shot := filepath.Join(t.TempDir(), "report.png")
	runChromium(t, bin, "--screenshot="+shot, "--window-size=1200,1600", page)
	f, err := os.Open(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}
	other, coloured, total := pixelStats(img)
	t.Logf("screenshot %v: %.1f%% pixels differ from the background, %d strongly coloured",
		img.Bounds().Size(), 100*float64(other)/float64(total), coloured)
	if float64(other)/float64(total) < 0.02 {
		t.Errorf("screenshot is nearly blank: %d of %d pixels differ from the dominant colour", other, total)
	}
	// The chart's bars and the red mutual arrows are the only saturated
	// colours on the page; without them the pictures did not render.
	if coloured < 2000 {
		t.Errorf("screenshot has %d strongly coloured pixels, want the chart's bars (>= 2000)", coloured)
	}

	dom := string(runChromium(t, bin, "--dump-dom", page))
	for _, want := range []string{
		`<svg id="chart-svg"`, `<svg id="graph-svg"`, `<svg class="strip"`, "<rect", "<path class=\"edge mutual\"",
		`<nav id="toc">`, `<div class="camps">`, "E1. Norland ⇄ Sudmark", "Example Daily", "Most contradicted speakers",
	} {
		if !strings.Contains(dom, want) {
			t.Errorf("rendered DOM lacks %q", want)
		}
	}
	if strings.Contains(strings.ToLower(dom), "<script") {
		t.Error("rendered DOM has a script element: a hostile name broke out")
	}
}

// pixelStats counts the pixels that differ from the most common colour and
// those that are strongly saturated.
func pixelStats(img image.Image) (other, coloured, total int) {
	counts := map[[3]uint32]int{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			c := [3]uint32{r >> 8, g >> 8, bl >> 8}
			counts[c]++
			hi, lo := max(c[0], c[1], c[2]), min(c[0], c[1], c[2])
			if hi-lo > 90 {
				coloured++
			}
			total++
		}
	}
	top := 0
	for _, n := range counts {
		top = max(top, n)
	}
	return total - top, coloured, total
}
