package screens

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/scenarios"
	c "github.com/pactgame/pact/ui/components"
)

// NewGame is the new-game screen: the scenario (with its introduction), the power to lead (with
// its position and objectives), the difficulty, and an optional seed.
type NewGame struct {
	keys      NewGameKeys
	Scenarios []scenarios.Info
	// LoadScenario compiles a shipped scenario (cached by the scenarios package).
	LoadScenario func(id string) (*game.Scenario, error)

	field    int // 0 scenario, 1 power, 2 difficulty, 3 seed, 4 begin
	scenario int
	power    int
	diff     int
	seed     c.Field
	text     Scroller
	w, h     int
}

const (
	ngScenario = iota
	ngPower
	ngDifficulty
	ngSeed
	ngBegin
	ngFields
)

// NewNewGame makes the screen with a scenario chosen ("" for the first).
func NewNewGame(list []scenarios.Info, load func(string) (*game.Scenario, error), scenario string) *NewGame {
	n := &NewGame{keys: DefaultNewGameKeys(), Scenarios: list, LoadScenario: load, diff: 1}
	n.seed.Placeholder = "blank: a new seed"
	n.seed.Accept = func(r rune) bool { return r >= '0' && r <= '9' }
	for i, s := range list {
		if s.ID == scenario {
			n.scenario = i
			n.field = ngPower
		}
	}
	return n
}

// Keys is the screen's keymap.
func (n *NewGame) Keys() KeyMap { return n.keys }

// SetScenarios gives the screen the shipped scenarios once they are loaded, choosing one by id.
func (n *NewGame) SetScenarios(list []scenarios.Info, scenario string) {
	n.Scenarios = list
	for i, s := range list {
		if s.ID == scenario {
			n.scenario = i
		}
	}
}

// Typing reports whether the seed field is taking digits.
func (n *NewGame) Typing() bool { return false }

func (n *NewGame) current() (*game.Scenario, error) {
	if len(n.Scenarios) == 0 {
		return nil, fmt.Errorf("no scenario is shipped")
	}
	return n.LoadScenario(n.Scenarios[n.scenario].ID)
}

func (n *NewGame) playable() []game.Power {
	sc, err := n.current()
	if err != nil || len(sc.Playable) == 0 {
		return game.Powers[:]
	}
	return sc.Playable
}

func (n *NewGame) chosenPower() game.Power {
	ps := n.playable()
	n.power = min(max(n.power, 0), len(ps)-1)
	return ps[n.power]
}

var difficultyText = [3]string{
	"Easy: your power gets 6 more influence at once and 1 more each month.",
	"Normal: the influence the scenario gives.",
	"Hard: 2 influence less at once and 1 less each month (never under 1).",
}

// View renders the screen.
func (n *NewGame) View(ctx *Ctx, w, h int) string {
	t := ctx.Theme
	sc, err := n.current()
	lw := min(40, w/3+4)
	rw := w - lw - 3
	var left []string
	left = append(left, t.Title.Render("A new campaign"), "")
	field := func(i int, label, value string) {
		cur := n.field == i
		l := c.Pad(t.Subtle.Render(label), 11)
		v := value
		if i != ngSeed && i != ngBegin {
			v = "‹ " + value + " ›"
		}
		switch {
		case cur && i == ngSeed:
			v = n.seed.View(t, lw-13)
		case cur:
			v = t.Selected.Render(v)
		default:
			v = t.Text.Render(v)
		}
		mark := "  "
		if cur {
			mark = t.Cursor.Render("▸ ")
		}
		left = append(left, c.Truncate(mark+l+v, lw), "")
	}
	scTitle := "—"
	if len(n.Scenarios) > 0 {
		scTitle = n.Scenarios[n.scenario].Title
	}
	field(ngScenario, "Scenario", scTitle)
	field(ngPower, "Power", n.chosenPower().Short())
	field(ngDifficulty, "Difficulty", string(game.Difficulties[n.diff]))
	seed := n.seed.Value
	if seed == "" {
		seed = "random"
	}
	field(ngSeed, "Seed", seed)
	begin := "[ Begin ]"
	if n.field == ngBegin {
		left = append(left, c.Truncate(t.Cursor.Render("▸ ")+t.Selected.Render(begin), lw))
	} else {
		left = append(left, "  "+t.Key.Render(begin))
	}
	left = append(left, "", c.Truncate(t.Subtle.Render("↑↓ field · ←→ change · enter"), lw))

	var right []string
	switch {
	case len(n.Scenarios) == 0:
		right = c.Wrap(t.Subtle.Render("Loading the scenarios…"), rw)
	case err != nil:
		right = c.Wrap(t.Alert.Render(err.Error()), rw)
	case n.field == ngScenario:
		right = append(right, t.Heading.Render(sc.Title), t.Subtle.Render(fmt.Sprintf("%s to %s · %s", sc.Start.Name(), sc.End.Name(), c.Plural(sc.End.Sub(sc.Start)+1, "month", "months"))), "")
		for _, p := range strings.Split(strings.TrimSpace(sc.Intro), "\n\n") {
			right = append(right, c.Wrap(strings.Join(strings.Fields(p), " "), rw)...)
			right = append(right, "")
		}
	case n.field == ngDifficulty:
		for i, d := range difficultyText {
			st := t.Subtle
			if i == n.diff {
				st = t.Text
			}
			right = append(right, c.Wrap(st.Render(d), rw)...)
			right = append(right, "")
		}
	case n.field == ngSeed:
		right = c.Wrap("Chance in Pact — a vote, a cabinet's fall, an aggressor's nerve — comes from one seed. The same seed and the same orders always give the same campaign, month by month, so a game can be replayed, shared and compared. Leave it blank for a new one; type digits to choose.", rw)
	default:
		right = n.powerText(ctx, sc, rw)
	}
	body := c.Beside(3, c.Block(left, lw, h), n.text.View(t, right, rw, h))
	return strings.Join(c.Block(body, w, h), "\n")
}

// powerText is the power's brief: its position and objectives, and its dilemma.
func (n *NewGame) powerText(ctx *Ctx, sc *game.Scenario, w int) []string {
	t := ctx.Theme
	p := n.chosenPower()
	info := sc.Powers[p]
	var out []string
	out = append(out, t.PowerBold(p).Render(p.Title())+t.Subtle.Render(" · "+sc.Initial.Powers[p].HeadOfGovernment+" · "+p.Capital()), "")
	brief := info.Brief
	if i := strings.Index(brief, "Objectives:"); i > 0 {
		brief = brief[:i]
	}
	out = append(out, c.Wrap(strings.Join(strings.Fields(brief), " "), w)...)
	if len(info.Objectives) > 0 {
		out = append(out, "", t.Heading.Render("Objectives (points at the end)"))
		for _, o := range info.Objectives {
			pts := fmt.Sprintf("%3d", o.Points)
			st := t.Ally
			if o.Points < 0 {
				st = t.Rival
			}
			out = append(out, c.WrapIndent(o.Text, w, st.Render(pts)+"  ", "     ")...)
		}
	}
	if info.Doctrine.Summary != "" {
		out = append(out, "", t.Heading.Render("The dilemma"))
		out = append(out, c.Wrap(t.Subtle.Render(info.Doctrine.Summary), w)...)
	}
	if n.field == ngBegin {
		out = append(out, "", t.Key.Render("enter")+t.KeyDesc.Render(" to begin as "+p.Name()+" at "+string(game.Difficulties[n.diff])+" difficulty"))
	}
	return out
}

// Update answers keys.
func (n *NewGame) Update(ctx *Ctx, msg tea.Msg) Action {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		n.w, n.h = msg.Width, msg.Height
	case tea.MouseWheelMsg:
		if msg.Button == tea.MouseWheelDown {
			n.text.By(3)
		} else if msg.Button == tea.MouseWheelUp {
			n.text.By(-3)
		}
	case tea.KeyPressMsg:
		k := msg
		if n.field == ngSeed && n.seed.Accept(firstRune(k.Text)) {
			n.seed.Key(k)
			return nil
		}
		if n.field == ngSeed && k.String() == "backspace" {
			n.seed.Key(k)
			return nil
		}
		switch {
		case key.Matches(k, n.keys.Back):
			return Back{}
		case key.Matches(k, n.keys.Quit):
			return Quit{}
		case key.Matches(k, n.keys.Up):
			n.focus(n.field - 1)
		case key.Matches(k, n.keys.Down), k.String() == "tab":
			n.focus(n.field + 1)
		case key.Matches(k, n.keys.PageDown):
			n.text.By(8)
		case key.Matches(k, n.keys.PageUp):
			n.text.By(-8)
		case key.Matches(k, n.keys.Prev):
			n.change(-1)
		case key.Matches(k, n.keys.Next):
			n.change(1)
		case key.Matches(k, n.keys.Start):
			if n.field != ngBegin {
				n.focus(n.field + 1)
				return nil
			}
			return n.begin()
		}
	}
	return nil
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

func (n *NewGame) focus(f int) {
	n.field = min(max(f, 0), ngFields-1)
	n.seed.Focused = n.field == ngSeed
	n.text = Scroller{}
}

func (n *NewGame) change(d int) {
	switch n.field {
	case ngScenario:
		if len(n.Scenarios) > 0 {
			n.scenario = (n.scenario + d + len(n.Scenarios)) % len(n.Scenarios)
		}
	case ngPower:
		ps := n.playable()
		n.power = (n.power + d + len(ps)) % len(ps)
	case ngDifficulty:
		n.diff = min(max(n.diff+d, 0), len(game.Difficulties)-1)
	}
	n.text = Scroller{}
}

// begin is the new game as an action. A blank seed is left to the root to draw.
func (n *NewGame) begin() Action {
	if len(n.Scenarios) == 0 {
		return Status{Text: "the scenarios are still loading: a moment", Error: true}
	}
	setup := game.Setup{Players: []game.Power{n.chosenPower()}, Difficulty: game.Difficulties[n.diff]}
	if n.seed.Value != "" {
		v, err := strconv.ParseUint(n.seed.Value, 10, 64)
		if err != nil {
			return Status{Text: "the seed must be a whole number", Error: true}
		}
		setup.Seed = v
	}
	return StartGame{Scenario: n.Scenarios[n.scenario].ID, Setup: setup, RandomSeed: n.seed.Value == ""}
}

// Preset chooses the power (by id) as if the player had.
func (n *NewGame) Preset(power string) {
	for i, p := range n.playable() {
		if p.ID() == power {
			n.power = i
		}
	}
}
