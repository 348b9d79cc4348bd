package session

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pactgame/pact/assets"
	"github.com/pactgame/pact/game"
)

// Debrief writes the campaign's debrief in Markdown: the outcome and score, where the line left
// history, then month by month the events, the player's orders, what history did and how the two
// differ, the changes that mattered most, and the sources of the dossiers it touched. hist is the
// historical line of the same seed; lib may be nil.
func Debrief(s *Session, hist *game.Game, lib *assets.Lib) string {
	var b strings.Builder
	sc, g, p := s.Scenario, s.Game, s.Player
	st := g.Current()
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	reps := g.Reports
	span := "no month played"
	if len(reps) > 0 {
		span = fmt.Sprintf("%s – %s", reps[0].Date.Name(), reps[len(reps)-1].Date.Name())
	}
	w("# Pact debrief — %s, %s\n\n", p.Title(), sc.Title)
	w("*Scenario %s (version %d) · seed %d · %s difficulty · line %s · %d months played (%s)*\n\n",
		sc.ID, sc.Version, s.Setup.Seed, s.Setup.Difficulty, s.Line, len(reps), span)

	w("## Outcome\n\n")
	if st.Ended {
		w("%s — %s.\n\n", st.Ending.Date.Name(), st.Ending.Reason)
	} else {
		w("The campaign is not over: it stands at %s.\n\n", st.Date.Name())
	}
	scores := game.Scores(sc, st)
	me := scores[p]
	w("%s scores **%d of %d** (%d%%), grade **%s**.\n\n", p.Title(), me.Points, me.Max, me.Percent(), me.Grade)
	points := map[string]int{}
	for _, o := range sc.Powers[p].Objectives {
		points[o.Text] = o.Points
	}
	for _, a := range me.Achieved {
		w("- [x] %s (%d)\n", a, points[a])
	}
	for _, m := range me.Missed {
		w("- [ ] %s (%d)\n", m, points[m])
	}
	w("\n| Power | Points | Grade |\n|---|---|---|\n")
	for _, q := range game.Powers {
		w("| %s | %d/%d | %s |\n", q.Title(), scores[q].Points, scores[q].Max, scores[q].Grade)
	}
	w("\n")

	var div [][]game.Divergence
	if hist != nil {
		div = game.Diverge(hist, g)
		w("## Where this line left history\n\n")
		first, n := "", 0
		for i, d := range div {
			if len(d) > 0 {
				n++
				if first == "" {
					first = reps[i].Date.Name()
				}
			}
		}
		if n == 0 {
			w("This line followed the historical one month by month.\n\n")
		} else {
			w("It first differs from history in %s, and differs in %d of %d months. At the end:\n\n", first, n, len(div))
		}
		for _, d := range game.StateDifferences(sc, st, hist.Current(), "history") {
			w("- %s\n", d)
		}
		hs := game.Scores(sc, hist.Current())[p]
		w("\nScored the same way, the historical line gives %s %d of %d (grade %s).\n\n", p.Name(), hs.Points, hs.Max, hs.Grade)
	}

	w("## Month by month\n\n")
	var dossiers []string
	for i, rep := range reps {
		w("### %s\n\n", rep.Date.Name())
		if len(rep.Events) > 0 {
			w("**Events.**")
			for _, e := range rep.Events {
				w(" %s", e.Title)
				if e.Choice != "" {
					q, _ := game.ParsePower(e.Power)
					w(" (%s: %s)", q.Title(), e.Choice)
				}
				w(".")
				if e.Dossier != "" && !slices.Contains(dossiers, e.Dossier) {
					dossiers = append(dossiers, e.Dossier)
				}
			}
			w("\n\n")
		}
		var mine []string
		for _, d := range rep.Decisions {
			if d.Power == p.ID() {
				mine = append(mine, d.Title)
			}
		}
		if len(mine) == 0 {
			w("**Your orders.** None.\n\n")
		} else {
			w("**Your orders.** %s.\n\n", strings.Join(mine, "; "))
		}
		if hist != nil && i < len(hist.Reports) {
			hr := hist.Reports[i]
			var hd []string
			for _, d := range hr.Decisions {
				if d.Power == p.ID() {
					hd = append(hd, d.Title)
				}
			}
			if len(hd) > 0 {
				w("**In history, %s:** %s.\n\n", p.Name(), strings.Join(hd, "; "))
			}
		}
		if i < len(div) && len(div[i]) > 0 {
			w("**Against history:**\n\n")
			for _, d := range div[i] {
				w("- %s\n", d.Text)
			}
			w("\n")
		}
		top := rep.ByImportance()
		if len(top) > 4 {
			top = top[:4]
		}
		if len(top) > 0 {
			w("**What changed most:**\n\n")
			for _, c := range top {
				if c.Delta != 0 {
					w("- %s %s → %s (%+d): %s\n", c.Label, c.From, c.To, c.Delta, c.Cause.Text)
				} else {
					w("- %s: %s → %s: %s\n", c.Label, c.From, c.To, c.Cause.Text)
				}
			}
			w("\n")
		}
		for _, n := range rep.Notes {
			if n.Kind == "war" || n.Kind == "crisis" {
				w("> %s\n\n", n.Text)
			}
		}
	}
	if lib != nil && len(dossiers) > 0 {
		w("## Sources\n\n")
		w("The dossiers of the events of this campaign, and the works they rest on.\n\n")
		for _, id := range dossiers {
			d, ok := lib.Dossier(id)
			if !ok {
				continue
			}
			w("- **%s** (%s)", d.Title, d.Date)
			var cites []string
			for _, c := range d.Sources {
				cites = append(cites, lib.Cite(c))
			}
			if len(cites) > 0 {
				w(": %s", strings.Join(cites, "; "))
			}
			w("\n")
		}
	}
	return b.String()
}
