package ui

import (
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/ui/saves"
	"github.com/pactgame/pact/ui/screens"
)

func TestNewCampaignOpensOnTheGuideThenTheDispatches(t *testing.T) {
	testData(t)
	d := start(t, New(Options{Scenario: "pact-1934", Power: "france", Seed: 7, SeedSet: true}), 100, 30)
	d.contains("January 1934", "France", "Welcome to Pact", "objectives")
	d.press("enter")
	d.contains("Dispatches", "German–Polish declaration")
	if d.a.Session().Setup.Seed != 7 {
		t.Errorf("seed %d, want 7", d.a.Session().Setup.Seed)
	}
	if _, _, err := saves.Latest(); err != nil {
		t.Errorf("a new campaign is not saved at once: %v", err)
	}
}

func TestChooseUndoAndEndTheMonth(t *testing.T) {
	d := playing(t, 0, 100, 30)
	s := d.a.Session()
	d.press("2") // the council; the cursor is on its first decision
	d.contains("Council · January 1934", "Price", "Forecast")
	d.press("enter")
	if len(s.Chosen()) != 1 {
		t.Fatalf("enter chose %v", s.Chosen())
	}
	first := s.Chosen()[0]
	d.contains("Chosen: ")
	d.press("j", "enter")
	if len(s.Chosen()) != 2 {
		t.Fatalf("a second choice gives %v", s.Chosen())
	}
	d.press("u")
	if got := s.Chosen(); len(got) != 1 || got[0] != first {
		t.Fatalf("u left %v, want [%s]", got, first)
	}
	d.press("k", "enter") // enter on a chosen decision takes it back
	if len(s.Chosen()) != 0 {
		t.Fatalf("enter on a chosen decision should take it back: %v", s.Chosen())
	}
	d.press("enter", "e")
	d.contains("End the month?", "End January 1934 with these orders?")
	d.press("n")
	if s.State().Date.String() != "1934-01" {
		t.Fatal("n ended the month")
	}
	d.press("e", "y")
	if s.State().Date.String() != "1934-02" {
		t.Fatalf("the month did not end: %s", s.State().Date)
	}
	if d.a.Play().Active() != screens.PanelReport {
		t.Error("the report is not shown after the month")
	}
	d.contains("February 1934", "What changed in January 1934", "Your orders")
	if r, _, err := saves.Latest(); err != nil || len(r.Line("main").Turns) != 1 {
		t.Errorf("the month is not autosaved: %v", err)
	}
}

func TestAnAnswerIsNeededBeforeTheMonthEnds(t *testing.T) {
	d := playing(t, 3, 100, 30) // April 1934: the British disarmament note asks France for an answer
	s := d.a.Session()
	if len(s.Unanswered()) == 0 {
		t.Skip("no answer is asked in April 1934 any more; the scenario changed")
	}
	d.press("e")
	if d.a.overlay == endMonthOverlay {
		t.Fatal("the month can end with an unanswered dispatch")
	}
	if !strings.Contains(d.a.Status(), "answer first") {
		t.Errorf("status %q does not ask for the answer", d.a.Status())
	}
	if d.a.Play().Active() != screens.PanelDispatches {
		t.Error("the dispatches are not shown")
	}
	d.contains("[!]")
}

func TestAdviceFillsTheOrders(t *testing.T) {
	d := playing(t, 3, 100, 30)
	s := d.a.Session()
	d.press("a")
	if len(s.Unanswered()) != 0 {
		t.Errorf("the advice leaves %v unanswered", s.Unanswered())
	}
	if !strings.Contains(d.a.Status(), "advi") {
		t.Errorf("status %q", d.a.Status())
	}
	if err := s.Ready(); err != nil {
		t.Errorf("the advice is not a legal set of orders: %v", err)
	}
}

func TestCtrlCAsksThenQuitsAndSaves(t *testing.T) {
	d := playing(t, 2, 100, 30)
	d.press("ctrl+c")
	d.contains("Quit Pact?", "quit? y/n")
	d.press("n")
	if d.quit || d.a.overlay != noOverlay {
		t.Fatal("n did not cancel")
	}
	d.press("q")
	d.contains("Quit Pact?")
	d.press("y")
	if !d.quit {
		t.Fatal("y did not quit")
	}
	r, _, err := saves.Latest()
	if err != nil || len(r.Line("main").Turns) != 2 {
		t.Fatalf("quitting did not leave the campaign saved: %v", err)
	}
}

func TestTitleQuitsWithoutAsking(t *testing.T) {
	testData(t)
	d := start(t, New(Options{}), 80, 24)
	d.contains("Pact", "New game", "Continue", "Encyclopedia")
	d.press("q")
	if !d.quit {
		t.Fatal("q on the title screen does not quit")
	}
}

func TestTooSmallThenBack(t *testing.T) {
	d := playing(t, 0, 100, 30)
	d.size(30, 8)
	d.contains("Terminal too small", "80×24", "30×8")
	for _, l := range strings.Split(d.screen(), "\n") {
		if w := ansi.StringWidth(l); w > 30 {
			t.Fatalf("a line of %d cells in 30: %q", w, l)
		}
	}
	d.press("2", "enter") // keys do nothing while too small
	if len(d.a.Session().Chosen()) != 0 {
		t.Fatal("a key acted while the terminal was too small")
	}
	d.size(80, 24)
	d.contains("January 1934", "Dispatches")
	d.size(1, 1)
	d.size(0, 0)
	d.size(80, 24)
	d.contains("January 1934")
}

func TestHelpTogglesOnEveryScreen(t *testing.T) {
	d := playing(t, 1, 120, 40)
	for _, open := range [][]string{nil, {"T"}, {"E"}, {"H"}, {"R"}} {
		d.press("esc")
		d.press(open...)
		before := d.screen()
		d.press("?")
		after := d.screen()
		if before == after || d.a.overlay != helpOverlay {
			t.Fatalf("? changes nothing on screen %v", open)
		}
		d.contains("Help", "quit")
		d.press("?")
		if d.a.overlay != noOverlay {
			t.Fatal("? does not close the help")
		}
	}
	d.press("esc")
	d.press("?")
	d.contains("treaty lab", "encyclopedia", "history", "records")
}

func TestMouseClicksATab(t *testing.T) {
	d := playing(t, 1, 120, 40)
	// The tabs are on the row below the header.
	screen := strings.Split(d.screen(), "\n")
	x := strings.Index(screen[1], "4 Powers")
	if x < 0 {
		t.Fatalf("no Powers tab:\n%s", d.screen())
	}
	d.send(tea.MouseClickMsg{X: ansi.StringWidth(screen[1][:x]) + 1, Y: 1, Button: tea.MouseLeft})
	if d.a.Play().Active() != screens.PanelPowers {
		t.Fatalf("the click opened panel %d", d.a.Play().Active())
	}
	d.contains("Relations")
}

func TestStudyScreensAndBack(t *testing.T) {
	d := playing(t, 4, 120, 40)
	for _, c := range []struct {
		key  string
		id   screens.ScreenID
		text string
	}{{"T", screens.ScreenTreaty, "Treaty lab"}, {"E", screens.ScreenEncyclopedia, "Encyclopedia"}, {"H", screens.ScreenHistory, "History"}, {"R", screens.ScreenRecords, "Records"}} {
		d.press(c.key)
		if d.a.Screen() != c.id {
			t.Fatalf("%s opened screen %d", c.key, d.a.Screen())
		}
		d.contains(c.text, "May 1934")
	}
	d.press("esc")
	if d.a.Screen() != screens.ScreenPlay {
		t.Fatal("esc does not return to the game")
	}
}

func TestBranchFromAPastMonth(t *testing.T) {
	d := playing(t, 4, 120, 40)
	s := d.a.Session()
	d.press("R")
	d.contains("Lines of this record", "main")
	// enter steps through the main line from its first month; → is February 1934, b branches there.
	d.press("enter", "right")
	d.contains("February 1934 · month 2 of 4")
	d.press("b")
	if s.Line == "main" {
		t.Fatalf("no branch was made: %s", d.a.Status())
	}
	if got := s.State().Date.String(); got != "1934-02" {
		t.Fatalf("the branch starts at %s, want 1934-02", got)
	}
	if d.a.Screen() != screens.ScreenPlay {
		t.Error("the branch does not return to the game")
	}
	if main := s.Record.Line("main"); len(main.Turns) != 4 {
		t.Errorf("the main line lost months: %d", len(main.Turns))
	}
	d.press("a", "e", "y")
	if got := len(s.Record.Line(s.Line).Turns); got != 1 {
		t.Errorf("the branch holds %d months, want 1", got)
	}
}

func TestContinueResumesTheAutosave(t *testing.T) {
	d := playing(t, 3, 100, 30)
	d.press("a", "e", "y")
	date := d.a.Session().State().Date
	d2 := start(t, New(Options{Continue: true}), 100, 30)
	s := d2.a.Session()
	if s == nil {
		t.Fatalf("nothing resumed: %s", d2.a.Status())
	}
	if s.State().Date != date || s.Player != game.France {
		t.Fatalf("resumed %s at %s, want France at %s", s.Player, s.State().Date, date)
	}
	d2.contains("Resumed: France")
}

func TestLoadAFileFromTheTitle(t *testing.T) {
	d := playing(t, 2, 100, 30)
	path := filepath.Join(t.TempDir(), "game.rec")
	if err := saves.Write(path, d.a.Session().Snapshot()); err != nil {
		t.Fatal(err)
	}
	d2 := start(t, New(Options{}), 100, 30)
	d2.press("j", "j", "enter") // Load a record…
	d2.contains("Load a record")
	for _, r := range path {
		d2.press(string(r))
	}
	d2.press("enter")
	if s := d2.a.Session(); s == nil || s.State().Date.String() != "1934-03" {
		t.Fatalf("the file was not loaded: %s", d2.a.Status())
	}
	d3 := start(t, New(Options{}), 100, 30)
	d3.press("j", "j", "enter")
	for _, r := range filepath.Join(t.TempDir(), "missing.rec") {
		d3.press(string(r))
	}
	d3.press("enter")
	if d3.a.Session() != nil || !d3.a.statusErr {
		t.Fatalf("a missing file gives no error: %q", d3.a.Status())
	}
}

func TestNewGameScreenStartsTheChosenCampaign(t *testing.T) {
	testData(t)
	d := start(t, New(Options{}), 100, 30)
	d.press("enter") // New game
	d.contains("A new campaign", "Scenario")
	d.press("enter") // to the power
	d.press("right") // the USSR
	d.contains("USSR", "Objectives")
	d.press("enter", "left", "enter") // easy difficulty
	d.press("4", "2", "enter")        // seed 42
	d.press("enter")                  // begin
	s := d.a.Session()
	if s == nil {
		t.Fatalf("no campaign began: %s", d.screen())
	}
	if s.Player != game.USSR || s.Setup.Seed != 42 || s.Setup.Difficulty != game.Easy {
		t.Errorf("began %s seed %d %s", s.Player, s.Setup.Seed, s.Setup.Difficulty)
	}
}

func TestDebriefIsWritten(t *testing.T) {
	d := playing(t, 36, 100, 30)
	if d.a.Screen() != screens.ScreenEnd {
		t.Fatalf("a finished campaign opens screen %d", d.a.Screen())
	}
	d.contains("score", "grade", "What history did instead")
	dir := t.TempDir()
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	d.press("w")
	if !strings.Contains(d.a.Status(), "Debrief written") {
		t.Fatalf("status %q", d.a.Status())
	}
	md, err := os.ReadFile(filepath.Join(dir, "pact-debrief-france-7.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# Debrief", "## Outcome", "## Month by month against history", "## What history did instead", "### January 1934"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("the debrief lacks %q", want)
		}
	}
}

func TestLightBackgroundAndNoColour(t *testing.T) {
	d := playing(t, 0, 120, 40)
	if !d.a.ctx.Theme.Dark {
		t.Fatal("the default theme is not dark")
	}
	d.send(tea.BackgroundColorMsg{Color: color.White})
	if d.a.ctx.Theme.Dark {
		t.Fatal("a white background keeps the dark theme")
	}
	d.send(tea.BackgroundColorMsg{Color: color.Black})
	if !d.a.ctx.Theme.Dark {
		t.Fatal("a black background keeps the light theme")
	}
	d.send(tea.ColorProfileMsg{Profile: colorprofile.Ascii})
	if !d.a.ctx.Theme.Mono {
		t.Fatal("NO_COLOR (the Ascii profile) does not switch the map to glyphs")
	}
	d.contains("GERMANY", "January 1934")
	d.send(tea.ColorProfileMsg{Profile: colorprofile.ANSI256})
	if d.a.ctx.Theme.Mono {
		t.Fatal("256 colours keep the glyph map")
	}
}

func TestPlainLayoutForScreenReaders(t *testing.T) {
	d := playing(t, 1, 120, 40)
	d.contains("╭", "█")
	d.press("P")
	if !d.a.ctx.Theme.Plain {
		t.Fatal("P does not switch to the plain layout")
	}
	s := d.screen()
	for _, glyph := range []string{"╭", "│", "█", "▓"} {
		if strings.Contains(s, glyph) {
			t.Fatalf("the plain layout still draws %q:\n%s", glyph, s)
		}
	}
	d.contains("February 1934", "Dispatches")
	d.press("m")
	d.contains("Rhineland demilitarised", "French relations")
	d.press("P")
	if d.a.ctx.Theme.Plain {
		t.Fatal("P does not leave the plain layout")
	}
	d2 := start(t, New(Options{Plain: true, Session: campaign(t, 0)}), 100, 30)
	if !d2.a.ctx.Theme.Plain {
		t.Fatal("PACT_PLAIN does not start in the plain layout")
	}
}
