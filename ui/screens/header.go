package screens

import (
	"fmt"
	"strings"

	"github.com/pactgame/pact/game/treaty"
	c "github.com/pactgame/pact/ui/components"
	"github.com/pactgame/pact/ui/theme"
)

// PactStatus writes the pact's status in words.
func PactStatus(s treaty.Status) string {
	switch s {
	case treaty.StatusNone:
		return "no talks"
	case treaty.StatusInForce:
		return "in force"
	}
	return strings.ReplaceAll(string(s), "_", " ")
}

func pactStyle(t *theme.Theme, s treaty.Status) c.Style {
	switch s {
	case treaty.StatusInForce, treaty.StatusRatified, treaty.StatusSigned:
		return t.Ally
	case treaty.StatusCollapsed, treaty.StatusDenounced, treaty.StatusExpired:
		return t.Rival
	case treaty.StatusInvoked:
		return t.Warning
	}
	return t.HeaderValue
}

// Header is the line always shown above a campaign: the date, the power, its influence and
// stability, the tension in Europe and the pact's status. It shortens its labels to fit w.
func Header(ctx *Ctx, w int) string {
	t, s := ctx.Theme, ctx.S
	st := s.State()
	ps := &st.Powers[s.Player]
	n, total := s.Month()
	date := st.Date.Name()
	if s.Over() {
		date, n = st.Date.Add(-1).Name(), len(s.Reports())
	}
	sep := t.Faint.Render(" │ ")
	if t.Plain {
		sep = ", "
	}
	stab := t.HeaderValue
	switch {
	case ps.Stability < 35:
		stab = t.Rival.Bold(true)
	case ps.Stability >= 60:
		stab = t.Ally.Bold(true)
	}
	infl := fmt.Sprint(ps.Influence)
	if spent := s.Spent(); spent > 0 {
		infl = fmt.Sprintf("%d (%d left)", ps.Influence, ps.Influence-spent)
	}
	// Levels of detail, richest first: the first that fits is drawn.
	type level struct{ lead, gov, count, words, long bool }
	levels := []level{
		{true, true, true, true, true}, {true, false, true, true, true}, {false, false, true, true, true},
		{false, false, false, true, true}, {false, false, false, false, true}, {true, false, false, false, false},
		{false, false, false, false, false},
	}
	build := func(v level) string {
		label := func(l, short string) string {
			if v.long {
				return t.Header.Render(l + " ")
			}
			return t.Header.Render(short + " ")
		}
		var parts []string
		head := ""
		if v.lead {
			head = t.Title.Render("PACT") + "  "
		}
		d := t.HeaderValue.Render(date)
		if v.count {
			d += t.Header.Render(fmt.Sprintf(" · %d/%d", n, total))
		}
		parts = append(parts, head+d)
		who := t.PowerBold(s.Player).Render(s.Player.Short())
		if v.gov {
			who += t.Header.Render(" · " + ps.HeadOfGovernment)
		}
		parts = append(parts, who)
		parts = append(parts, label("Influence", "Infl")+t.Key.Render(infl))
		parts = append(parts, label("Stability", "Stab")+stab.Render(fmt.Sprint(ps.Stability)))
		ten := fmt.Sprint(st.Global.Tension)
		if v.words {
			ten += " " + theme.TensionWord(st.Global.Tension)
		}
		parts = append(parts, label("Tension", "Tens")+t.Tension(st.Global.Tension).Render(ten))
		parts = append(parts, label("Pact", "Pact")+pactStyle(t, st.Pact.Status).Render(PactStatus(st.Pact.Status)))
		return " " + strings.Join(parts, sep)
	}
	for _, v := range levels {
		if line := build(v); c.Width(line) <= w {
			return line
		}
	}
	return c.Truncate(build(levels[len(levels)-1]), w)
}
