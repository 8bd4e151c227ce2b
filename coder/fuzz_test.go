package coder

import (
	"context"
	"os"
	"testing"
	"time"
	"unicode/utf8"

	"marsad"
)

// FuzzCode runs the whole pipeline on arbitrary text: nothing may panic and
// every layer's spans must stay inside the text.
func FuzzCode(f *testing.F) {
	if b, err := os.ReadFile("../examples/rt-putin-mediation.txt"); err == nil {
		f.Add(string(b))
	}
	for _, s := range []string{
		"وقال الرئيس «لن نتراجع. ثم غادر\nاقرأ.. روسيا",
		"نفى الأردن، الاثنين، أن تكون الصواريخ التي ضربت مواقع في سوريا قد انطلقت من أراضيه.",
		"الذي اتهم، وقُتل فيه \"أنه\" بينهم الدولتين نفتا في 9 و 30 نيسان/أبريل",
	} {
		f.Add(s)
	}
	p := pipeline(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip()
		}
		d := marsad.NewDocument("fuzz", text, time.Date(2018, 5, 5, 0, 0, 0, 0, time.UTC))
		if err := p.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, d)
	})
}
