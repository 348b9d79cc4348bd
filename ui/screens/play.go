package screens

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	c "github.com/pactgame/pact/ui/components"
)

// PanelID names the panels of the main screen.
type PanelID int

// The panels, in the order of their keys.
const (
	PanelDispatches PanelID = iota
	PanelCouncil
	PanelReport
	PanelPowers
	PanelCrisis
	PanelMap
	numPanels
)

var panelNames = [numPanels]string{"Dispatches", "Council", "Report", "Powers", "Crisis", "Map"}

// panel is one of the main screen's panels.
type panel interface {
	title(ctx *Ctx) string
	view(ctx *Ctx, w, h int) []string
	key(ctx *Ctx, k tea.KeyPressMsg, keys PlayKeys) Action
	click(ctx *Ctx, x, y, w, h int) Action
	scroll(n int)
}

// Play is the main screen: a row of tabs, the map of Europe (in its own column when the terminal
// is wide enough, else behind its own tab) and the active panel.
type Play struct {
	keys   PlayKeys
	active PanelID
	w, h   int

	Dispatches Dispatches
	Council    Council
	Report     Report
	Powers     Powers
	Crisis     Crisis
	Map        MapPanel

	// The last frame and what it was drawn from: View runs after every message, and most
	// messages change nothing on this screen.
	memoKey string
	memo    string
	plain   bool // the theme's plain layout, as last drawn
}

// NewPlay makes the main screen, on the dispatches.
func NewPlay() *Play {
	p := &Play{keys: DefaultPlayKeys()}
	p.Report.Latest()
	return p
}

// Keys is the main screen's keymap.
func (p *Play) Keys() KeyMap { return p.keys }

// Active is the panel shown.
func (p *Play) Active() PanelID { return p.active }

// Show makes a panel the active one.
func (p *Play) Show(id PanelID) {
	if id >= 0 && id < numPanels {
		p.active = id
	}
}

func (p *Play) panel(id PanelID) panel {
	switch id {
	case PanelCouncil:
		return &p.Council
	case PanelReport:
		return &p.Report
	case PanelPowers:
		return &p.Powers
	case PanelCrisis:
		return &p.Crisis
	case PanelMap:
		return &p.Map
	}
	return &p.Dispatches
}

// playLayout is where things go on the main screen at a size.
type playLayout struct {
	wide           bool
	mapW           int // the map column's width (wide layout)
	panelX, panelW int
	bodyY, bodyH   int
	tabsW          int
	panels         []PanelID
}

func layoutPlay(w, h int, plain bool) playLayout {
	l := playLayout{bodyY: 1, bodyH: h - 1, panelW: w}
	if w >= 112 && h >= 32 && !plain {
		l.wide, l.mapW = true, 52
		l.panelX, l.panelW = 52, w-52
	}
	for id := PanelDispatches; id < numPanels; id++ {
		if id == PanelMap && l.wide {
			continue
		}
		l.panels = append(l.panels, id)
	}
	return l
}

// tab is one tab's place on the tab row.
type tab struct {
	x0, x1 int
	id     PanelID
}

func (p *Play) tabLabel(ctx *Ctx, id PanelID) (string, bool) {
	k := fmt.Sprint(int(id) + 1)
	if id == PanelMap {
		k = "m"
	}
	label := k + " " + panelNames[id]
	alert := false
	s := ctx.S
	switch id {
	case PanelDispatches:
		if len(s.Unanswered()) > 0 {
			label += " !"
			alert = true
		}
	case PanelCouncil:
		if n := len(s.Chosen()); n > 0 {
			label += fmt.Sprintf(" (%d)", n)
		}
	case PanelCrisis:
		if len(CrisesInPlay(ctx)) > 0 {
			label += " !"
			alert = Involved(ctx)
		}
	}
	return " " + label + " ", alert
}

func (p *Play) tabs(ctx *Ctx, l playLayout) ([]tab, string) {
	t := ctx.Theme
	var sb strings.Builder
	var zones []tab
	x := 0
	for _, id := range l.panels {
		label, alert := p.tabLabel(ctx, id)
		st := t.Tab
		switch {
		case id == p.active:
			st = t.TabActive
		case alert:
			st = t.TabAlert
		}
		if t.Plain && id == p.active {
			label = "[" + strings.TrimSpace(label) + "]"
		}
		sb.WriteString(st.Render(label))
		zones = append(zones, tab{x, x + c.Width(label), id})
		x += c.Width(label)
	}
	return zones, sb.String()
}

// stateKey says everything a frame of the main screen is drawn from: the campaign's month, the
// orders, the background results, the theme, the size, and where each panel stands.
func (p *Play) stateKey(ctx *Ctx, w, h int) string {
	s := ctx.S
	return fmt.Sprintf("%d|%d|%p|%p|%p|%s|%d|%p|%p|%p|%s|%d|%d|%+v|%+v|%+v|%+v|%+v",
		w, h, ctx.Theme, s.Turn, s.Game.Current(), strings.Join(s.Chosen(), ","), len(s.Reports()),
		ctx.Forecasts, ctx.Hist, ctx.Lib, s.Line, p.active, len(ctx.Diverge),
		p.Dispatches.stamp(), p.Council.stamp(), p.Report.stamp(), p.Powers.stamp(), p.Crisis.stamp())
}

// View renders the main screen in w×h cells.
func (p *Play) View(ctx *Ctx, w, h int) string {
	key := p.stateKey(ctx, w, h)
	if key == p.memoKey {
		return p.memo
	}
	out := p.draw(ctx, w, h)
	// Drawing may settle a panel (its month, its cursor): remember the state after it.
	p.memoKey, p.memo = p.stateKey(ctx, w, h), out
	return out
}

func (p *Play) draw(ctx *Ctx, w, h int) string {
	t := ctx.Theme
	p.plain = t.Plain
	l := layoutPlay(w, h, t.Plain)
	_, tabs := p.tabs(ctx, l)
	study := t.Key.Render("T") + t.KeyDesc.Render(" treaty  ") + t.Key.Render("E") + t.KeyDesc.Render(" encyclopedia  ") +
		t.Key.Render("H") + t.KeyDesc.Render(" history  ") + t.Key.Render("R") + t.KeyDesc.Render(" records ")
	if c.Width(tabs)+c.Width(study)+2 > w {
		study = t.Key.Render("?") + t.KeyDesc.Render(" all keys ")
	}
	gap := max(w-c.Width(tabs)-c.Width(study), 1)
	lines := []string{c.Truncate(tabs+strings.Repeat(" ", gap)+study, w)}
	pn := p.panel(p.active)
	inner := pn.view(ctx, l.panelW-4, l.bodyH-2)
	box := c.Box(t, pn.title(ctx), inner, l.panelW, l.bodyH, true)
	if l.wide {
		m := mapBlock(ctx, &p.Map.europe, l.mapW-4, l.bodyH-2)
		left := c.Box(t, "Europe · "+ctx.S.State().Date.Name(), m, l.mapW, l.bodyH, false)
		for i := range box {
			lines = append(lines, left[i]+box[i])
		}
	} else {
		lines = append(lines, box...)
	}
	return strings.Join(lines, "\n")
}

// Update answers keys, clicks and the wheel.
func (p *Play) Update(ctx *Ctx, msg tea.Msg) Action {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		p.w, p.h = msg.Width, msg.Height
		if p.active == PanelMap && layoutPlay(p.w, p.h, p.plain).wide {
			p.active = PanelDispatches // the map has its own column now
		}
	case tea.KeyPressMsg:
		return p.key(ctx, msg)
	case tea.MouseClickMsg:
		return p.click(ctx, msg.X, msg.Y)
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			p.panel(p.active).scroll(-3)
		case tea.MouseWheelDown:
			p.panel(p.active).scroll(3)
		}
	}
	return nil
}

func (p *Play) key(ctx *Ctx, k tea.KeyPressMsg) Action {
	keys := p.keys
	l := layoutPlay(p.w, p.h, p.plain)
	switch {
	case key.Matches(k, keys.Dispatches):
		p.active = PanelDispatches
	case key.Matches(k, keys.Council):
		p.active = PanelCouncil
	case key.Matches(k, keys.Report):
		p.active = PanelReport
	case key.Matches(k, keys.Powers):
		p.active = PanelPowers
	case key.Matches(k, keys.Crisis):
		p.active = PanelCrisis
	case key.Matches(k, keys.Map):
		if !l.wide {
			p.active = PanelMap
		} else {
			return Status{Text: "the map is on the left; the legend below it"}
		}
	case key.Matches(k, keys.NextPanel), key.Matches(k, keys.PrevPanel):
		d := 1
		if key.Matches(k, keys.PrevPanel) {
			d = -1
		}
		i := 0
		for j, id := range l.panels {
			if id == p.active {
				i = j
			}
		}
		p.active = l.panels[(i+d+len(l.panels))%len(l.panels)]
	case key.Matches(k, keys.EndMonth):
		return EndMonth{}
	case key.Matches(k, keys.Undo):
		return Undo{}
	case key.Matches(k, keys.Advice):
		return TakeAdvice{}
	case key.Matches(k, keys.Guide):
		return ShowGuide{}
	case key.Matches(k, keys.Treaty):
		return Open{ScreenTreaty}
	case key.Matches(k, keys.Encyclopedia):
		return Open{ScreenEncyclopedia}
	case key.Matches(k, keys.History):
		return Open{ScreenHistory}
	case key.Matches(k, keys.Records):
		return Open{ScreenRecords}
	case key.Matches(k, keys.Charts):
		return Open{ScreenCharts}
	case key.Matches(k, keys.Debrief):
		return Open{ScreenDebrief}
	default:
		return p.panel(p.active).key(ctx, k, keys)
	}
	return nil
}

func (p *Play) click(ctx *Ctx, x, y int) Action {
	l := layoutPlay(p.w, p.h, p.plain)
	if y == 0 {
		zones, _ := p.tabs(ctx, l)
		for _, z := range zones {
			if x >= z.x0 && x < z.x1 {
				p.active = z.id
			}
		}
		return nil
	}
	// Inside the panel's box: the border and one column of padding on each side.
	ix, iy := x-l.panelX-2, y-l.bodyY-1
	iw, ih := l.panelW-4, l.bodyH-2
	if ix < 0 || iy < 0 || ix >= iw || iy >= ih {
		return nil
	}
	return p.panel(p.active).click(ctx, ix, iy, iw, ih)
}
