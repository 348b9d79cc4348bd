package ui

import (
	"testing"
)

// BenchmarkView draws the main screen at 120×40 (map, council with a forecast shown).
func BenchmarkView(b *testing.B) {
	d := playing(b, 3, 120, 40)
	d.press("2", "j")
	if len(d.a.ctx.Forecasts) == 0 {
		b.Fatal("no forecasts to show")
	}
	b.ResetTimer()
	for b.Loop() {
		_ = d.a.View()
	}
}

// BenchmarkViewReport draws the month's report at 120×40.
func BenchmarkViewReport(b *testing.B) {
	d := playing(b, 3, 120, 40)
	d.press("3")
	b.ResetTimer()
	for b.Loop() {
		_ = d.a.View()
	}
}

// BenchmarkKeyAndView moves the council's cursor and draws the new frame (no cache can help):
// what a key press costs.
func BenchmarkKeyAndView(b *testing.B) {
	d := playing(b, 3, 120, 40)
	d.press("2")
	keys := []string{"j", "k"}
	b.ResetTimer()
	i := 0
	for b.Loop() {
		d.press(keys[i%2])
		_ = d.a.View()
		i++
	}
}
