package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/pactgame/pact/game/treaty"
	"github.com/pactgame/pact/ui/screens"
)

// Every study screen answers ? with its own keys, and the main screen's help leads to all of them.
func TestStudyScreensHaveHelp(t *testing.T) {
	d := playing(t, 14, 120, 40)
	d.press("?")
	d.contains("treaty lab", "encyclopedia", "history view", "records, branches", "charts over time", "the debrief")
	d.press("esc")
	for _, c := range []struct {
		key  string
		want []string
	}{
		{"T", []string{"Lifecycle", "Sections", "its encyclopedia entry"}},
		{"E", []string{"search as you type", "next link", "follow the link", "back to the entry before"}},
		{"H", []string{"where this line left history", "next month that differs", "who: open in the encyclopedia"}},
		{"C", []string{"next chart", "next pair (relations)", "a month later"}},
		{"R", []string{"step through this line", "compare with another line", "play this line on"}},
		{"D", []string{"export it as Markdown", "next section"}},
	} {
		d.press(c.key, "?")
		d.contains(append([]string{"Help · keys of this screen"}, c.want...)...)
		d.press("esc")
	}
}

// Links in an entry are followed with tab and enter, and b walks back.
func TestEncyclopediaLinksAndBack(t *testing.T) {
	d := playing(t, 1, 120, 40)
	d.press("E", "/")
	d.press(typed("rhineland")...)
	d.press("enter")
	if got := d.a.enc.Selected(&d.a.ctx); got != "rhineland" {
		t.Fatalf("the search's best match is %q, want the Rhineland", got)
	}
	d.press("tab", "enter") // the first link of the text
	first := d.a.enc.Selected(&d.a.ctx)
	if first == "rhineland" || first == "" {
		t.Fatalf("enter on a link did not follow it (%q)", first)
	}
	d.contains("b: back to Rhineland")
	d.press("b")
	if got := d.a.enc.Selected(&d.a.ctx); got != "rhineland" {
		t.Fatalf("b went back to %q, want the Rhineland", got)
	}
	d.press("b")
	d.contains("no entry to go back to")
}

// A legal text named by an entry opens in the Treaty lab, and the Treaty lab's texts lead back to
// their instrument's entry; a dossier's people open in the encyclopedia.
func TestLinksBetweenEncyclopediaTreatyLabAndDossiers(t *testing.T) {
	d := playing(t, 1, 120, 40)
	d.a.Update(keyMsg("E"))
	d.a.apply(screens.OpenEntry{ID: "franco-soviet-pact"})
	en, _ := d.a.ctx.Lib.Entry("franco-soviet-pact")
	if len(en.Texts) == 0 {
		t.Skip("the pact's entry names no legal text any more")
	}
	for range len(d.a.ctx.Lib.Links(en)) + len(en.See) {
		d.press("tab") // past the body's links and "see also", to the first legal text
	}
	d.press("tab", "enter")
	if d.a.Screen() != screens.ScreenTreaty || d.a.treaty.Section() != screens.LabTexts {
		t.Fatalf("a legal text did not open in the Treaty lab (screen %d)", d.a.Screen())
	}
	d.press("e")
	if d.a.Screen() != screens.ScreenEncyclopedia {
		t.Fatal("e in the Treaty lab's texts did not open the instrument's entry")
	}
	// The dossier of February 1934's riots names Daladier; 1 opens him.
	d.press("esc")
	d.a.showDossier("february-riots")
	if len(d.a.ovWho) == 0 {
		t.Skip("that dossier names no one in the encyclopedia any more")
	}
	who := d.a.ovWho[0]
	d.press("1")
	if d.a.Screen() != screens.ScreenEncyclopedia || d.a.enc.Selected(&d.a.ctx) != who {
		t.Fatalf("1 in a dossier did not open %s in the encyclopedia", who)
	}
}

// The terms tried in the workshop become the situation's, and rule as the module does.
func TestTermsWorkshopFeedsTheSituation(t *testing.T) {
	d := playing(t, 26, 120, 40)
	d.press("T", "2", "j", "j", "j", "l", "l") // the convention: a full one
	d.contains("What these terms do · your own")
	d.press("s")
	b := d.a.treaty.Builder()
	if b.Value(screens.FTerms) != "set" || b.Value(screens.FConvention) != string(treaty.ConventionFull) {
		t.Fatalf("the situation did not take the terms: %s", b.JSON())
	}
	if d.a.treaty.Section() != screens.LabSituation {
		t.Error("s did not go to the situation")
	}
	if got, want := b.Ruling().Deliverable.Why, "A military convention fixes forces"; !strings.Contains(got, want) {
		t.Errorf("the ruling does not weigh the convention: %s", got)
	}
}

// A branch can fork from a line that is not the one being played: it is replayed, branched and
// played on.
func TestBranchFromAnotherLine(t *testing.T) {
	d := playing(t, 6, 120, 40)
	d.press("R", "enter", "right", "right", "b") // main, before March 1934
	s := d.a.Session()
	if s.Line != "branch-1" || s.State().Date.String() != "1934-03" {
		t.Fatalf("first branch: line %s at %s", s.Line, s.State().Date)
	}
	d.press("R", "enter", "right", "b") // the tree opens on main: branch it before February
	s = d.a.Session()
	if s.Line != "branch-2" || s.State().Date.String() != "1934-02" {
		t.Fatalf("second branch: line %s at %s (%s)", s.Line, s.State().Date, d.a.Status())
	}
	if l := s.Record.Line("branch-2"); l.Parent != "main" {
		t.Errorf("branch-2 forks from %s, want main", l.Parent)
	}
	if l := s.Record.Line("main"); len(l.Turns) != 6 {
		t.Errorf("main lost months: %d", len(l.Turns))
	}
	d.contains("New line branch-2: back at the start of February 1934")
}

// The debrief is rendered for the terminal, and w writes it atomically as Markdown.
func TestDebriefRenderedAndExported(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	d := playing(t, 12, 120, 40)
	d.press("D")
	d.contains("Debrief · your campaign beside history", "Debrief: The Pact")
	if len(d.a.ctx.Debrief.Headings) < 3 {
		t.Errorf("the rendered debrief has %d sections", len(d.a.ctx.Debrief.Headings))
	}
	d.press("n")
	d.press("w")
	d.contains("Debrief written")
	data, err := os.ReadFile(filepath.Join(dir, "pact-debrief-france-7.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), "# Debrief") {
		t.Errorf("the file is not the Markdown debrief: %.80s", data)
	}
	d.contains("exported to " + filepath.Join(dir, "pact-debrief-france-7.md"))
	// Leaving the screen lets the rendered text go; coming back draws it again.
	d.press("esc")
	if len(d.a.ctx.Debrief.Rendered) != 0 {
		t.Error("the rendered debrief is kept after its screen is left")
	}
	d.press("D")
	d.contains("Debrief: The Pact")
}

// The charts draw the line beside history, and move through the months.
func TestChartsFollowTheMonths(t *testing.T) {
	d := playing(t, 27, 120, 40)
	d.press("C")
	d.contains("━━ this line   ┅┅ history", "start of April 1936")
	d.press("h", "h", "g")
	d.contains("start of January 1934")
	d.press("2", "j")
	if d.a.charts.Kind() != screens.ChartRelations {
		t.Fatal("2 does not show relations")
	}
	d.contains("Relations · France–Germany")
}

// The mouse chooses the Treaty lab's sections and texts, and the record's lines.
func TestStudyScreensTakeClicks(t *testing.T) {
	d := playing(t, 6, 120, 40)
	d.press("T")
	// The header is row 0, the box's top row 1, its row of sections row 2: " 1 Lifecycle ·…".
	screen := strings.Split(d.screen(), "\n")
	x := strings.Index(screen[2], "5 Texts")
	d.send(tea.MouseClickMsg{X: ansi.StringWidth(screen[2][:x]), Y: 2, Button: tea.MouseLeft})
	if d.a.treaty.Section() != screens.LabTexts {
		t.Fatalf("a click on the Texts tab shows section %d", d.a.treaty.Section())
	}
	screen = strings.Split(d.screen(), "\n")
	for y, l := range screen {
		if strings.Contains(l, "Article 4 — no restriction") {
			d.send(tea.MouseClickMsg{X: 6, Y: y, Button: tea.MouseLeft})
			break
		}
	}
	d.contains("▸ Article 4 — no restriction")
	d.press("esc", "R")
	d.contains("Lines of this record")
	screen = strings.Split(d.screen(), "\n")
	for y, l := range screen {
		if strings.Contains(l, "history") && strings.Contains(l, "documented choices") {
			d.send(tea.MouseClickMsg{X: 8, Y: y, Button: tea.MouseLeft})
			break
		}
	}
	d.contains("The historical line: every power takes its documented choices")
}
