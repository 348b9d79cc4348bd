package ui

import (
	"testing"

	"github.com/pactgame/pact/ui/screens"
)

// keyOnly sends a key and draws the frame, as the program does, without running the commands the
// key returns (background work: a replay, the debrief's rendering) — what the player waits for
// before the screen answers.
func (d *driver) keyOnly(k string) {
	d.a.Update(keyMsg(k))
	_ = d.a.View()
}

// BenchmarkOpenScreen opens each study screen from the main screen of a campaign 27 months in,
// at 120×40, and draws its first frame; each screen is made afresh, so no frame of an earlier
// opening is reused.
func BenchmarkOpenScreen(b *testing.B) {
	cases := []struct {
		name, key string
		fresh     func(a *App)
	}{
		{"treaty", "T", func(a *App) { a.treaty = screens.NewTreatyLab() }},
		{"encyclopedia", "E", func(a *App) { a.enc = screens.NewEncyclopedia() }},
		{"history", "H", func(a *App) { a.hist = screens.NewHistory() }},
		{"charts", "C", func(a *App) { a.charts = screens.NewCharts() }},
		{"records", "R", func(a *App) { a.records = screens.NewRecords() }},
		{"debrief", "D", func(a *App) { a.debrief = screens.NewDebrief() }},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			d := playing(b, 27, 120, 40)
			for b.Loop() {
				b.StopTimer()
				d.a.Update(keyMsg("esc"))
				c.fresh(d.a)
				d.a.resize()
				b.StartTimer()
				d.keyOnly(c.key)
			}
			if d.a.Screen() == screens.ScreenPlay {
				b.Fatal("the screen did not open")
			}
		})
	}
}

// BenchmarkTreatySections draws each section of the Treaty lab as its key is pressed.
func BenchmarkTreatySections(b *testing.B) {
	d := playing(b, 27, 120, 40)
	d.press("T")
	keys := []string{"1", "2", "3", "4", "5"}
	i := 0
	for b.Loop() {
		d.keyOnly(keys[i%len(keys)])
		i++
	}
}

// BenchmarkSituationKey changes the date of the situation builder and draws the new ruling: what a
// key costs in the builder.
func BenchmarkSituationKey(b *testing.B) {
	d := playing(b, 27, 120, 40)
	d.press(append([]string{"T", "4"}, germanyAttacksTheUSSR...)...)
	keys := []string{"l", "h"}
	i := 0
	for b.Loop() {
		d.keyOnly(keys[i%2])
		i++
	}
}

// BenchmarkEncyclopediaSearchKey types into the encyclopedia's search and draws the matches and
// the best match's entry after every key (the word typed, then rubbed out, again and again).
func BenchmarkEncyclopediaSearchKey(b *testing.B) {
	d := playing(b, 1, 120, 40)
	d.press("E", "/")
	var keys []string
	for _, r := range "rhineland" {
		keys = append(keys, string(r))
	}
	for range len(keys) {
		keys = append(keys, "backspace")
	}
	i := 0
	for b.Loop() {
		d.keyOnly(keys[i%len(keys)])
		i++
	}
}

// BenchmarkRecordStep steps through a 36-month line in the record viewer at 120×40 — the map, the
// month's report and the chart follow — one month on, one back, so that every frame is a new month.
func BenchmarkRecordStep(b *testing.B) {
	d := playing(b, 36, 120, 40)
	d.press("R", "enter", ">", ">")
	keys := []string{"right", "left"}
	i := 0
	for b.Loop() {
		d.keyOnly(keys[i%2])
		i++
	}
	if line, m := d.a.records.Viewing(); line != "main" || m < 20 {
		b.Fatalf("the viewer is on %s month %d", line, m)
	}
}

// BenchmarkDebriefRender writes the debrief of a whole campaign and sets it with Glamour at 116
// columns: the background work behind the debrief screen.
func BenchmarkDebriefRender(b *testing.B) {
	d := playing(b, 36, 120, 40)
	s := d.a.Session()
	for b.Loop() {
		msg := debriefRenderCmd(s, d.a.ctx.Hist, d.a.ctx.Lib, "k", 116, "dark")()
		if r, ok := msg.(debriefRenderedMsg); !ok || r.err != nil || len(r.lines) == 0 {
			b.Fatalf("no debrief: %+v", msg)
		}
	}
}

// BenchmarkBuildLine replays a line of the record (the background work behind the viewer and the
// comparison of another line).
func BenchmarkBuildLine(b *testing.B) {
	d := playing(b, 36, 120, 40)
	s := d.a.Session()
	for b.Loop() {
		msg := buildLinesCmd(s, []string{"main"})()
		if m, ok := msg.(linesMsg); !ok || m.games["main"] == nil {
			b.Fatalf("no line: %+v", msg)
		}
	}
}
