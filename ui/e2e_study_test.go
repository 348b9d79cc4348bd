package ui

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/record"
	"github.com/pactgame/pact/scenarios"
	"github.com/pactgame/pact/ui/saves"
)

// slowKeys sends keys one at a time with a pause, as a person types: a lone Escape followed at
// once by a letter would reach the program as alt+letter.
func (x *term) slowKeys(keys ...string) {
	x.t.Helper()
	for _, k := range keys {
		x.keys(k)
		time.Sleep(60 * time.Millisecond)
	}
}

// literal types a text.
func (x *term) literal(s string) {
	x.t.Helper()
	if out, err := x.tmux("send-keys", "-t", "pact", "-l", s); err != nil {
		x.t.Fatalf("send-keys -l %q: %v %s", s, err, out)
	}
}

// TestE2EStudyScreens is the teacher's tour of issue 7, in the real binary in tmux: a campaign
// recorded by `pact sim` is loaded; the Rhineland is found in the encyclopedia and a link
// followed; "Germany attacks the USSR in June 1936, the League Council without unanimity" is built
// in the Treaty lab and its ruling read — the same as `pact treaty check` gives — with a cited
// article opened; the history view shows where the game left history; the charts draw; the record
// is branched before March 1935, played on differently, and compared with the main line, the
// first difference where record.Compare finds it; the debrief is read and exported.
func TestE2EStudyScreens(t *testing.T) {
	needTmux(t)
	bin := buildPact(t)
	dir := t.TempDir()
	rec := filepath.Join(dir, "g.rec")
	if out, err := exec.Command(bin, "sim", "--scenario", "pact-1934", "--power", "france", "--seed", "5", "--record", rec).CombinedOutput(); err != nil {
		t.Fatalf("pact sim --record: %v\n%s", err, out)
	}
	x := newTerm(t, 120, 40, bin, "play", "--load", rec)
	x.waitFor(10*time.Second, "THE END OF THE CAMPAIGN")

	// The encyclopedia: search as you type, then follow a link and come back.
	x.slowKeys("E", "/")
	x.literal("rhineland")
	x.waitFor(2*time.Second, "matches for “rhineland”")
	x.slowKeys("Enter")
	x.waitFor(2*time.Second, "Germany's western borderland")
	x.slowKeys("Tab", "Enter")
	x.waitFor(2*time.Second, "b: back to Rhineland")
	x.slowKeys("b")
	x.waitFor(2*time.Second, "Germany's western borderland")

	// The Treaty lab: the lifecycle, then the situation builder.
	x.slowKeys("T")
	x.waitFor(2*time.Second, "Where the pact stands", "● in force")
	x.slowKeys("4")
	x.waitFor(2*time.Second, "‹ Germany ›")
	x.slowKeys(germanyAttacksTheUSSR...)
	x.waitFor(2*time.Second, "the USSR in June 1936; the Council")
	screen := x.capture()
	sit := `{"date":"1936-06","victim":"ussr","aggressor":"germany","kind":"attack","unprovoked":true,"league":{"council":"no_unanimity"}}`
	cmd := exec.Command(bin, "treaty", "check", "--json")
	cmd.Stdin = strings.NewReader(sit)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pact treaty check: %v", err)
	}
	var cli struct {
		Obligation string   `json:"obligation"`
		Articles   []string `json:"articles"`
	}
	if err := json.Unmarshal(out, &cli); err != nil {
		t.Fatal(err)
	}
	if cli.Obligation != "assistance" || !strings.Contains(strings.Join(cli.Articles, " "), "art2") {
		t.Fatalf("pact treaty check rules %s on %v; the tour expects assistance on art2", cli.Obligation, cli.Articles)
	}
	for _, want := range append([]string{" " + strings.ToUpper(cli.Obligation) + "   on " + cli.Articles[0]}, cli.Articles...) {
		if !strings.Contains(screen, want) {
			t.Fatalf("the lab does not show the CLI's ruling (%q missing):\n%s", want, screen)
		}
	}
	// The reasoning, step by step, and the text of Art. 2 one key away.
	x.slowKeys("Enter")
	x.waitFor(2*time.Second, "enter: the cited article's text")
	for range 8 {
		if strings.Contains(x.capture(), "▸  6 art2") {
			break
		}
		x.slowKeys("j")
	}
	x.waitFor(2*time.Second, "art2           Art. 2 applies")
	x.slowKeys("Enter")
	x.waitFor(2*time.Second, "Article 2 — assistance when the Council cannot agree")
	x.waitFor(2*time.Second, "VERBATIM-FR")
	x.slowKeys("q") // any key closes the text
	x.waitGone(2*time.Second, "VERBATIM-FR")

	// History: where the game left history.
	x.slowKeys("H")
	x.waitFor(5*time.Second, "◆ This line left history in")
	x.slowKeys("f")
	x.waitFor(2*time.Second, "◆ Here this line leaves history.")

	// The charts, at both sizes.
	x.slowKeys("C")
	x.waitFor(2*time.Second, "━━ this line   ┅┅ history")
	// Wait for each size's own layout before going on: the 80-column header drops the count of
	// months.
	x.resize(80, 24)
	x.waitGone(2*time.Second, "36/36")
	x.waitFor(2*time.Second, "1 Tension · 2 Relations")
	x.resize(120, 40)
	x.waitFor(2*time.Second, "36/36")

	// Records: step to March 1935, branch there, play it otherwise, compare.
	x.slowKeys("R")
	x.waitFor(2*time.Second, "Lines of this record")
	x.slowKeys("Enter")
	x.waitFor(2*time.Second, "January 1934 · month 1 of 36")
	x.slowKeys(">") // a year on: January 1935
	x.waitFor(2*time.Second, "January 1935 · month 13 of 36")
	x.slowKeys("Right", "Right")
	x.waitFor(2*time.Second, "March 1935 · month 15 of 36")
	x.slowKeys("b")
	x.waitFor(5*time.Second, "New line branch-1: back at the start of March 1935")
	// The ministers' advice (what the AI did on the main line), less its last order.
	x.slowKeys("a")
	x.waitFor(2*time.Second, "Your ministers")
	x.slowKeys("u", "e")
	x.waitFor(2*time.Second, "End March 1935 with these orders?")
	x.slowKeys("y")
	x.waitFor(5*time.Second, "March 1935 is played and saved")
	x.slowKeys("R", "c")
	x.waitFor(2*time.Second, "Compare main with")
	x.slowKeys("Enter")
	x.waitFor(5*time.Second, "Records · main beside branch-1")
	// The first difference is where record.Compare puts it, in the game just saved.
	saved := latestAutosave(t, x)
	sc, err := scenarios.Load(saved.Scenario)
	if err != nil {
		t.Fatal(err)
	}
	a, errA := saved.Build(sc, "main")
	b, errB := saved.Build(sc, "branch-1")
	if errA != nil || errB != nil {
		t.Fatalf("the saved record does not replay: %v %v", errA, errB)
	}
	cmp := record.Compare(a, b, "main", "branch-1")
	m, err := calendar.Parse(cmp.FirstDiff)
	if err != nil {
		t.Fatalf("record.Compare finds no difference between main and the branch (%q)", cmp.FirstDiff)
	}
	first := m.Name()
	x.waitFor(2*time.Second, "◆ First difference: "+first)
	x.waitFor(2*time.Second, "◆ "+first)

	// The debrief, read here and exported.
	x.slowKeys("D")
	x.waitFor(10*time.Second, "Debrief: The Pact")
	x.slowKeys("w")
	x.waitFor(10*time.Second, "Debrief written")
	md, err := os.ReadFile(filepath.Join(x.dir, "pact-debrief-france-5-branch-1.md"))
	if err != nil {
		t.Fatalf("no debrief file: %v", err)
	}
	if !strings.HasPrefix(string(md), "# Debrief") || !strings.Contains(string(md), "histor") {
		t.Errorf("the exported debrief is not the Markdown debrief:\n%.300s", md)
	}

	x.slowKeys("q")
	x.waitFor(2*time.Second, "Quit Pact?")
	x.slowKeys("y")
	x.waitFor(5*time.Second, "EXITED 0")
	x.noPanic()
}

// latestAutosave reads the newest autosave of the program under test.
func latestAutosave(t *testing.T, x *term) *record.Record {
	t.Helper()
	t.Setenv("PACT_DATA", filepath.Join(x.dir, "data"))
	r, _, err := saves.Latest()
	if err != nil {
		t.Fatalf("the program's autosave cannot be read: %v", err)
	}
	return r
}
