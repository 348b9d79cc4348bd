package record_test

import (
	"strings"
	"testing"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/record"
)

// A record says which line was being played when it was saved, and resuming takes that line even
// when another line has gone further.
func TestRecordResumesTheLineItWasPlaying(t *testing.T) {
	sc := loadCampaign(t)
	r, _ := aiRecord(t, 3)
	if _, err := r.Branch(sc, record.MainLine, "short", calendar.MustParse("1935-03"), nil, nil, game.AIPolicy); err != nil {
		t.Fatal(err)
	}
	// The branch was played to the end like main; cut it to a few months so main goes further.
	short := r.Line("short")
	short.Turns = short.Turns[:3]
	r.Current = "short"
	back := reparse(t, r)
	if back.Current != "short" {
		t.Fatalf("current reads back as %q", back.Current)
	}
	if got := back.CurrentLine(); got != "short" {
		t.Errorf("CurrentLine = %q, want the line being played, short", got)
	}
	if !strings.Contains(string(r.Marshal()), "\ncurrent: short\n") {
		t.Error("the record does not write its current line")
	}
}

// A record written before the key existed (no current:) resumes the line that went furthest.
func TestRecordWithoutCurrentResumesTheLineThatWentFurthest(t *testing.T) {
	sc := loadCampaign(t)
	r, _ := aiRecord(t, 3)
	if _, err := r.Branch(sc, record.MainLine, "short", calendar.MustParse("1935-03"), nil, nil, game.AIPolicy); err != nil {
		t.Fatal(err)
	}
	r.Line("short").Turns = r.Line("short").Turns[:3]
	back := reparse(t, r)
	if back.Current != "" {
		t.Fatalf("a record without current: reads current %q", back.Current)
	}
	if got := back.CurrentLine(); got != record.MainLine {
		t.Errorf("CurrentLine = %q, want main, which went furthest", got)
	}
}

// current: must name a line of the record; the error is located and suggests the nearest name.
func TestCurrentNamingNoLineIsALocatedError(t *testing.T) {
	r, _ := aiRecord(t, 3)
	r.Current = "mian"
	_, errs := record.Parse("t.rec", r.Marshal())
	if len(errs) == 0 {
		t.Fatal("a record whose current line does not exist is accepted")
	}
	msg := errs.Error()
	for _, want := range []string{"t.rec:", `current: "mian" is not a line of the record`, "main"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not say %q", msg, want)
		}
	}
}
