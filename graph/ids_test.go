package graph

import "testing"

func BenchmarkSlug(b *testing.B) {
	for range b.N {
		Slug("Russian Defense Minister Sergei Shoigu")
		NormText("Russia reserves the right to use cluster munitions in Ukraine in response to U.S. supplies")
	}
}

func TestSlugAndNormText(t *testing.T) {
	for _, tt := range []struct{ in, slug, norm string }{
		{"Russian Defense Minister Sergei Shoigu", "russian-defense-minister-sergei-shoigu", "Russian Defense Minister Sergei Shoigu"},
		{"  U.S.  cluster\tmunitions ", "u-s-cluster-munitions", "U.S. cluster munitions"},
		{"Zürich's Straße", "zürich-s-straße", "Zürich's Straße"},
		{"\"}) DETACH DELETE n //", "detach-delete-n", "\"}) DETACH DELETE n //"},
		{"", "", ""},
		{"   ", "", ""},
		{"a\u00a0b", "a-b", "a b"},
		{"trailing ", "trailing", "trailing"},
	} {
		if got := Slug(tt.in); got != tt.slug {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.slug)
		}
		if got := NormText(tt.in); got != tt.norm {
			t.Errorf("NormText(%q) = %q, want %q", tt.in, got, tt.norm)
		}
		if got, want := Slug(tt.in), slugUnicode(tt.in); got != want {
			t.Errorf("fast and slow Slug disagree on %q: %q vs %q", tt.in, got, want)
		}
	}
}
