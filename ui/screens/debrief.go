package screens

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	c "github.com/pactgame/pact/ui/components"
)

// DebriefKeys are the debrief screen's keys.
type DebriefKeys struct {
	StudyNav
	Export, NextHeading, PrevHeading key.Binding
}

// DefaultDebriefKeys are the debrief screen's keys.
func DefaultDebriefKeys() DebriefKeys {
	return DebriefKeys{StudyNav: DefaultStudyNav(),
		Export:      bind([]string{"w"}, "w", "export it as Markdown"),
		NextHeading: bind([]string{"n", "tab"}, "n", "next section"),
		PrevHeading: bind([]string{"N", "shift+tab"}, "N", "previous section"),
	}
}

func (k DebriefKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Export, k.Down, k.PageDown, k.NextHeading, k.Back, k.Help}
}
func (k DebriefKeys) FullHelp() [][]key.Binding { return fullHelp(k.Groups()) }
func (k DebriefKeys) Groups() []HelpGroup {
	return []HelpGroup{
		{"Read", []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.NextHeading, k.PrevHeading}},
		{"Keep", []key.Binding{k.Export}},
		k.studyGroup(), k.pactGroup(),
	}
}

// Debrief is the debrief of the line in play, rendered in the terminal (Glamour, by the root in a
// command): the outcome, the treaty's fate, the key decisions, the month-by-month comparison with
// history and the sources; w exports it as a Markdown file to keep or hand in.
type Debrief struct {
	keys DebriefKeys
	text Scroller
	w, h int
}

// NewDebrief makes the debrief screen.
func NewDebrief() *Debrief { return &Debrief{keys: DefaultDebriefKeys()} }

// Top goes back to the start of the debrief.
func (d *Debrief) Top() { d.text = Scroller{} }

// Keys is the screen's keymap.
func (d *Debrief) Keys() KeyMap { return d.keys }

// Width is the width the debrief is rendered at for a screen w cells wide.
func DebriefWidth(w int) int { return max(w-4, 20) }

// View renders the debrief.
func (d *Debrief) View(ctx *Ctx, w, h int) string {
	t := ctx.Theme
	doc := ctx.Debrief
	iw, ih := w-4, h-2
	var body []string
	switch {
	case ctx.S == nil:
		body = c.Wrap("Start or load a campaign: its debrief sets it beside history.", iw)
	case doc.Err != nil:
		body = c.Wrap(t.Alert.Render("The debrief could not be written: "+doc.Err.Error()), iw)
	case len(doc.Rendered) == 0:
		body = []string{t.Faint.Render("Writing the debrief and setting it for the terminal…")}
	default:
		head := t.Subtle.Render(fmt.Sprintf("%s · line %s · ", ctx.S.Player.Title(), ctx.S.Line))
		if doc.Path != "" {
			head += t.Ally.Render("exported to " + doc.Path)
		} else {
			head += t.Key.Render("w") + t.KeyDesc.Render(" exports it as Markdown")
		}
		body = append(body, c.Truncate(head, iw))
		body = append(body, d.text.View(t, doc.Rendered, iw, ih-1)...)
	}
	for i := range body {
		body[i] = c.Truncate(body[i], iw)
	}
	return strings.Join(c.Box(t, "Debrief · your campaign beside history", body, w, h, true), "\n")
}

// DebriefHeadings are the lines of a rendered debrief that start a section: those Glamour draws
// with their # marks, and the titles it draws without them (the dark and light styles' first
// level), found by their text in the Markdown.
func DebriefHeadings(rendered []string, md string) []int {
	titles := map[string]bool{}
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, "#") {
			titles[strings.TrimSpace(strings.TrimLeft(l, "#"))] = true
		}
	}
	var out []int
	for i, l := range rendered {
		s := strings.TrimSpace(ansi.Strip(l))
		if s != "" && (strings.HasPrefix(s, "#") || titles[s]) {
			out = append(out, i)
		}
	}
	return out
}

// Update answers keys and the wheel.
func (d *Debrief) Update(ctx *Ctx, msg tea.Msg) Action {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		d.w, d.h = msg.Width, msg.Height
	case tea.MouseWheelMsg:
		if msg.Button == tea.MouseWheelDown {
			d.text.By(3)
		} else if msg.Button == tea.MouseWheelUp {
			d.text.By(-3)
		}
	case tea.KeyPressMsg:
		keys := d.keys
		switch {
		case key.Matches(msg, keys.Down):
			d.text.By(1)
		case key.Matches(msg, keys.Up):
			d.text.By(-1)
		case key.Matches(msg, keys.PageDown), msg.String() == "space":
			d.text.By(max(d.h-4, 5))
		case key.Matches(msg, keys.PageUp):
			d.text.By(-max(d.h-4, 5))
		case key.Matches(msg, keys.Top):
			d.text.Offset = 0
		case key.Matches(msg, keys.Bottom):
			d.text.Offset = 1 << 30
		case key.Matches(msg, keys.NextHeading), key.Matches(msg, keys.PrevHeading):
			hs := ctx.Debrief.Headings
			if key.Matches(msg, keys.NextHeading) {
				for _, i := range hs {
					if i > d.text.Offset {
						d.text.Offset = i
						return nil
					}
				}
			} else {
				for j := len(hs) - 1; j >= 0; j-- {
					if hs[j] < d.text.Offset {
						d.text.Offset = hs[j]
						return nil
					}
				}
			}
		case key.Matches(msg, keys.Export):
			if ctx.S == nil {
				return nil
			}
			return ExportDebrief{}
		default:
			a, _ := keys.navigate(msg)
			return a
		}
	}
	return nil
}
