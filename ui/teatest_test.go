package ui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/pactgame/pact/ui/saves"
)

// TestProgramPlaysAMonth runs the real program loop (teatest): close the guide, choose in the
// council, end the month, then ctrl+c and y. The final model has played January 1934 and the
// campaign is saved.
func TestProgramPlaysAMonth(t *testing.T) {
	testData(t)
	s := campaign(t, 0)
	tm := teatest.NewTestModel(t, New(Options{Session: s}), teatest.WithInitialTermSize(100, 30))
	for _, k := range []string{"enter", "2", "enter", "e", "y"} {
		tm.Send(keyMsg(k))
	}
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	tm.Send(keyMsg("y"))
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(*App)
	if got := fm.Session().State().Date.String(); got != "1934-02" {
		t.Fatalf("the program ended in %s, want 1934-02", got)
	}
	r, _, err := saves.Latest()
	if err != nil || len(r.Line("main").Turns) != 1 {
		t.Fatalf("the month is not saved: %v", err)
	}
}
