package screens

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pactgame/pact/assets"
	c "github.com/pactgame/pact/ui/components"
)

// Encyclopedia lists the reference library's entries — people, institutions, treaties, concepts,
// places — with a search, and shows the chosen entry with its links and sources.
type Encyclopedia struct {
	studyFrame
	search c.Field
}

// NewEncyclopedia makes the encyclopedia screen.
func NewEncyclopedia() *Encyclopedia {
	k := DefaultStudyKeys()
	k.short = func(k StudyKeys) []key.Binding {
		return []key.Binding{k.Search, k.Up, k.Down, k.PageDown, k.Back, k.Help}
	}
	k.groups = func(k StudyKeys) []HelpGroup {
		return []HelpGroup{
			{"Find", []key.Binding{k.Search, k.Up, k.Down, k.Top, k.Bottom}},
			{"Read", []key.Binding{k.PageUp, k.PageDown}},
			{"Study", []key.Binding{k.Treaty, k.Encyclopedia, k.History, k.Records}},
			{"Pact", []key.Binding{k.Back, k.Help, k.Quit}},
		}
	}
	e := &Encyclopedia{studyFrame: studyFrame{keys: k}}
	e.search.Placeholder = "/ to search: a name, a treaty, an idea"
	return e
}

// Keys is the screen's keymap.
func (e *Encyclopedia) Keys() KeyMap { return e.keys }

// Typing reports whether the search field takes the keys.
func (e *Encyclopedia) Typing() bool { return e.search.Focused }

func (e *Encyclopedia) rows(ctx *Ctx) []Row {
	if ctx.Lib == nil {
		return nil
	}
	var rows []Row
	if q := strings.TrimSpace(e.search.Value); q != "" {
		for _, m := range ctx.Lib.Search(q, 0) {
			rows = append(rows, Row{Key: m.Entry.ID, Title: m.Entry.Title, Right: ctx.Theme.Faint.Render(m.Entry.Kind)})
		}
		return rows
	}
	for _, en := range ctx.Lib.Entries() {
		rows = append(rows, Row{Key: en.ID, Title: en.Title, Right: ctx.Theme.Faint.Render(en.Kind)})
	}
	return rows
}

// Select shows an entry by id (from a link elsewhere).
func (e *Encyclopedia) Select(ctx *Ctx, id string) {
	e.search.Value = ""
	e.list.Select(e.rows(ctx), id)
}

func (e *Encyclopedia) detail(ctx *Ctx, r Row, w int) []string {
	t := ctx.Theme
	en, ok := ctx.Lib.Entry(r.Key)
	if !ok {
		return nil
	}
	var out []string
	out = append(out, c.Wrap(t.Heading.Render(en.Title), w)...)
	meta := en.Kind
	if en.Dates != "" {
		meta += " · " + en.Dates
	}
	out = append(out, t.Subtle.Render(meta), "")
	out = append(out, c.Wrap(t.Bold.Render(strings.Join(strings.Fields(en.Summary), " ")), w)...)
	for _, p := range strings.Split(en.Plain(), "\n\n") {
		out = append(out, "")
		out = append(out, c.Wrap(p, w)...)
	}
	var see []string
	for _, id := range append(append([]string{}, en.See...), ctx.Lib.Links(en)...) {
		if x, ok := ctx.Lib.Entry(id); ok && !contains(see, x.Title) {
			see = append(see, x.Title)
		}
	}
	if len(see) > 0 {
		out = append(out, "", t.Heading.Render("See also"))
		out = append(out, c.Wrap(t.Text.Render(strings.Join(see, " · ")), w)...)
	}
	if len(en.Texts) > 0 {
		out = append(out, "", t.Heading.Render("Texts (in the Treaty lab, T)"))
		out = append(out, c.Wrap(t.Text.Render(strings.Join(en.Texts, " · ")), w)...)
	}
	if len(en.Sources) > 0 {
		out = append(out, "", t.Heading.Render("Sources"))
		for _, s := range en.Sources {
			out = append(out, c.WrapIndent(t.Subtle.Render(ctx.Lib.Cite(s)), w, "· ", "  ")...)
		}
	}
	return out
}

// View renders the encyclopedia.
func (e *Encyclopedia) View(ctx *Ctx, w, h int) string {
	t := ctx.Theme
	if ctx.Lib == nil {
		why := "The reference library is not available."
		if ctx.LibErr != nil {
			why = "The reference library could not be loaded: " + ctx.LibErr.Error()
		}
		return strings.Join(c.Box(t, "Encyclopedia", c.Wrap(why, w-4), w, h, true), "\n")
	}
	rows := e.rows(ctx)
	head := []string{e.search.View(t, w-4), c.Truncate(t.Faint.Render(c.Plural(len(rows), "entry", "entries")+" · "+assetsCount(ctx.Lib)), w-4)}
	title := "Encyclopedia"
	if len(rows) == 0 {
		head = append(head, t.Subtle.Render("nothing matches"))
	}
	return e.frame(ctx, title, head, rows, func(r Row, dw int) []string { return e.detail(ctx, r, dw) }, w, h)
}

func assetsCount(l *assets.Lib) string {
	return c.Plural(len(l.Dossiers()), "dossier", "dossiers") + " of events in the library"
}

// Update answers keys and the mouse.
func (e *Encyclopedia) Update(ctx *Ctx, msg tea.Msg) Action {
	rows := e.rows(ctx)
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		e.w, e.h = msg.Width, msg.Height
	case tea.KeyPressMsg:
		if e.search.Focused {
			switch msg.String() {
			case "esc":
				e.search.Focused = false
				if e.search.Value == "" {
					return nil
				}
				e.search.Value = ""
			case "enter", "down", "tab":
				e.search.Focused = false
			default:
				e.search.Key(msg)
				e.list = List{}
			}
			e.text = Scroller{}
			return nil
		}
		if key.Matches(msg, e.keys.Search) {
			e.search.Focused = true
			return nil
		}
		if key.Matches(msg, e.keys.Back) && e.search.Value != "" {
			e.search.Value, e.list = "", List{}
			return nil
		}
		a, _ := e.studyKey(msg, rows)
		return a
	default:
		e.mouse(msg, rows, 2)
	}
	return nil
}
