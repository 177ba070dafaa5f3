package extract

import (
	"os"
	"testing"
)

func TestZZTmp(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("ZZ"))
	if err != nil {
		t.Skip()
	}
	res := extractWith(t, New(nil), Article{Name: "a.txt", Text: b})
	t.Log(describe(res.Claims))
}
