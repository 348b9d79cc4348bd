package screens

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pactgame/pact/game"
	c "github.com/pactgame/pact/ui/components"
)

// costText writes a price: "3 influence · 2 industry", or "free".
func costText(k game.Cost) string {
	var parts []string
	add := func(n int, what string) {
		if n != 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, what))
		}
	}
	add(k.Influence, "influence")
	add(k.Stability, "stability")
	add(k.Prestige, "prestige")
	add(k.Industry, "industry")
	if len(parts) == 0 {
		return "free"
	}
	return strings.Join(parts, " · ")
}

// kindText says where a choice comes from.
func kindText(ch *game.Choice) string {
	switch ch.Kind {
	case game.ChoiceEvent:
		if ch.Option != nil {
			return "an answer to: " + ch.Option.Event.Title
		}
		return "an answer to an event"
	case game.ChoiceCrisis:
		if ch.Rung < 0 {
			return "the aggressor's move in " + ch.Crisis.Title
		}
		return fmt.Sprintf("%s · rung %d of 6: %s", ch.Crisis.Title, ch.Rung, game.RungTitles[ch.Rung])
	}
	return "council decision · " + ch.Category
}

// goodRise says whether a rise of the field is good news for the player, and whether the field
// concerns the player at all (else its changes are shown without colour).
func goodRise(sc *game.Scenario, player game.Power, path string) (good, mine bool) {
	if path == "tension" {
		return false, true
	}
	parts := strings.Split(path, ".")
	if parts[0] == "relations" {
		return true, slices.Contains(parts[1:], player.ID())
	}
	if parts[0] != player.ID() || len(parts) < 2 {
		return true, false
	}
	switch parts[1] {
	case "pacifism", "anti_communism":
		return false, true
	case "levers":
		return true, false
	}
	return true, true
}

// choiceDetail is everything the player should see before taking a choice: its price, the
// forecast of its consequences as ranges, the chances it moves, the reactions it draws, what the
// real government did and what the player's ministers think of it.
func choiceDetail(ctx *Ctx, ch *game.Choice, w int) []string {
	t, s := ctx.Theme, ctx.S
	var out []string
	add := func(lines ...string) { out = append(out, lines...) }
	section := func(name string) { add("", t.Heading.Render(name)) }
	add(c.Wrap(t.Subheading.Render(ch.Title), w)...)
	add(c.Truncate(t.Subtle.Render(kindText(ch)), w))
	if ch.Historical {
		add(c.Truncate(t.Historical.Render("◆ the course the real government took"), w))
	} else if ch.Decision != nil && len(ch.Decision.Historical) > 0 {
		var when []string
		for _, m := range ch.Decision.Historical {
			when = append(when, m.Name())
		}
		add(c.Wrap(t.Historical.Render("◇ in history taken in "+strings.Join(when, ", ")), w)...)
	}
	if s.IsChosen(ch.ID) {
		add(t.Ally.Render("✓ in your orders this month (enter to take it back)"))
	}
	if ch.Current {
		add(t.Subtle.Render("● where you stand now — choosing it changes nothing"))
	}
	text := ch.Text
	if ch.Kind == game.ChoiceCrisis {
		text = rungMeaning(ch.Rung)
		if ch.Rung < 0 {
			text = "Hold firm: the act stands as long as nobody forces you back; each month the opponents may climb the ladder, and force met by force may end in war."
			if strings.HasSuffix(ch.ID, "/withdraw") {
				text = "Back down: the crisis closes with your retreat — the outcome your opponents wanted."
			}
		}
	}
	if text != "" {
		add("")
		add(c.Wrap(t.Text.Render(strings.Join(strings.Fields(text), " ")), w)...)
	}

	section("Price")
	have, spent := s.Influence(), s.Spent()
	price := costText(ch.Cost)
	if ch.Kind == game.ChoiceCrisis && ch.Rung >= 0 && price != "free" {
		price += " each month you stand there"
	}
	add(c.Wrap(t.Bold.Render(price), w)...)
	left := have - spent
	if s.IsChosen(ch.ID) {
		left += ch.Cost.Influence
	}
	afford := t.Subtle
	if ch.Cost.Influence > left {
		afford = t.Rival
	}
	add(c.Truncate(afford.Render(fmt.Sprintf("you have %d influence, %d left after your other orders", have, left)), w))

	f, computed := ctx.Forecasts[ch.ID]
	switch {
	case ctx.Forecasts == nil:
		section("Forecast")
		add(t.Faint.Render("forecasting… (11 seeded futures with it, 11 without)"))
	case !computed:
		if !ch.Current {
			section("Forecast")
			add(t.Faint.Render("no forecast for this choice"))
		}
	default:
		section(fmt.Sprintf("Forecast · %s, 10th–90th percentile", c.Plural(f.Horizon, "month", "months")))
		labelW := min(34, max(w-14, 10))
		shown := 0
		for _, ff := range f.Fields {
			good, mine := goodRise(s.Scenario, s.Player, ff.Field)
			st := t.Text
			if mine {
				st = t.Delta(ff.P50, good)
				if ff.P50 == 0 && !ff.Certain() {
					st = t.Warning
				}
			}
			r := ff.Range.String()
			if ff.Certain() && ff.P50 == 0 {
				st = t.Faint
				r = "no change"
			}
			add(c.Pad(t.Text.Render(ff.Label), labelW) + " " + st.Render(r))
			shown++
		}
		if shown == 0 {
			add(t.Faint.Render("nothing measurable changes within the horizon"))
		}
		if len(f.Chances) > 0 {
			section("Chances")
			for _, ch := range f.Chances {
				st := t.Text
				if strings.Contains(ch.Text, "war") {
					st = t.Alert
				}
				add(c.WrapIndent(st.Render(ch.Text), w, c.PadLeft(fmt.Sprintf("%d%%", ch.Percent), 4)+"  ", "      ")...)
			}
		}
		if len(f.Responses) > 0 {
			section("Likelier next month")
			for _, r := range f.Responses {
				pw, _ := game.ParsePower(r.Power)
				add(c.WrapIndent(fmt.Sprintf("%s (%d of %d futures, %d without)", r.Title, r.With, game.Rollouts, r.Without),
					w, t.PowerBold(pw).Render(pw.Short())+": ", "  ")...)
			}
		}
	}
	if ch.Body != nil && len(ch.Body.Reactions) > 0 {
		section("Reactions")
		for _, r := range ch.Body.Reactions {
			rel := ""
			if r.Relation != 0 {
				rel = " " + t.Delta(r.Relation, true).Render(c.Signed(r.Relation))
			}
			add(c.WrapIndent(t.Text.Render(r.Text), w, t.PowerBold(r.Power).Render(r.Power.Short())+rel+"  ", "    ")...)
		}
	}
	if s.Turn != nil && ch.Body != nil {
		v := s.Turn.Value(s.Player, ch)
		verdict := "your ministers would take it"
		vs := t.Ally
		if v.Score <= 0 {
			verdict, vs = "your ministers advise against it", t.Rival
		}
		section("Your ministers' view")
		add(vs.Render(fmt.Sprintf("%s (%s)", verdict, c.Signed(v.Score))))
		for i, r := range mergeReasons(v.Reasons) {
			if i == 5 {
				break
			}
			add(c.WrapIndent(t.Text.Render(r.Text), w, c.PadLeft(c.Signed(r.Score), 4)+"  ", "      ")...)
		}
	}
	return out
}

// rungMeaning says what standing on a rung of the escalation ladder means.
func rungMeaning(rg int) string {
	switch rg {
	case game.RungAccept:
		return "Let the act stand. No cost now; the aggressor learns that it pays."
	case game.RungProtest:
		return "A formal protest: words on the record, nothing more."
	case game.RungLeague:
		return "Take it to Geneva: the League Council and the guarantors are seized of it."
	case game.RungSanctions:
		return "Economic sanctions: they cost you trade and strain relations with the aggressor, whose industry suffers each month."
	case game.RungMobilise:
		return "Partial mobilisation: readiness rises, calm at home and money fall. Force now confronts the aggressor, which may back down — or not."
	case game.RungUltimatum:
		return "An ultimatum: withdraw or face war. If it is neither obeyed nor enforced, each month brings a real chance of war."
	case game.RungWar:
		return "War. A general war ends the campaign."
	}
	return ""
}
