package extract

import "testing"

func TestTitleGender(t *testing.T) {
	tests := []struct {
		role string
		want byte
	}{
		{"Mr.", 'm'},
		{"MR", 'm'},
		{"Defence Minister", 0},
		{"Princess", 'f'},
		{"Queen Consort", 'f'},
		{"Ms", 'f'},
		{"former Prime Minister Mrs.", 'f'},
		{"Sir", 'm'},
		{"Mıss", 0}, // dotless i: not ASCII, lowered by strings.ToLower, no title
		{"ÉMINENCE", 0},
		{"Spokeswoman", 0}, // over eight bytes: skipped
		{"", 0},
	}
	for _, tt := range tests {
		if got := titleGender(tt.role); got != tt.want {
			t.Errorf("titleGender(%q) = %q, want %q", tt.role, got, tt.want)
		}
	}
}
