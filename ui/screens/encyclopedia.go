package screens

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pactgame/pact/assets"
	"github.com/pactgame/pact/game/treaty"
	c "github.com/pactgame/pact/ui/components"
	"github.com/pactgame/pact/ui/theme"
)

// EncyclopediaKeys are the encyclopedia's keys.
type EncyclopediaKeys struct {
	StudyNav
	Search, NextLink, PrevLink, Follow, BackLink key.Binding
}

// DefaultEncyclopediaKeys are the encyclopedia's keys.
func DefaultEncyclopediaKeys() EncyclopediaKeys {
	return EncyclopediaKeys{StudyNav: DefaultStudyNav(),
		Search:   bind([]string{"/"}, "/", "search as you type"),
		NextLink: bind([]string{"tab"}, "tab", "next link"),
		PrevLink: bind([]string{"shift+tab"}, "S-tab", "previous link"),
		Follow:   bind([]string{"enter"}, "enter", "follow the link"),
		BackLink: bind([]string{"backspace", "b"}, "b/⌫", "back to the entry before"),
	}
}

func (k EncyclopediaKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Search, k.Up, k.Down, k.NextLink, k.Follow, k.BackLink, k.Help}
}
func (k EncyclopediaKeys) FullHelp() [][]key.Binding { return fullHelp(k.Groups()) }
func (k EncyclopediaKeys) Groups() []HelpGroup {
	return []HelpGroup{
		{"Find", []key.Binding{k.Search, k.Up, k.Down, k.Top, k.Bottom}},
		{"Links", []key.Binding{k.NextLink, k.PrevLink, k.Follow, k.BackLink}},
		{"Read", []key.Binding{k.PageUp, k.PageDown}},
		k.studyGroup(), k.pactGroup(),
	}
}

// Encyclopedia lists the reference library's entries — people, institutions, treaties, concepts,
// places, events — by kind, or as the fuzzy matches of a search typed in; it shows the chosen
// entry with its links (in the text, "see also", and the legal texts in the Treaty lab), which
// tab and enter follow and b walks back through, and its sources.
type Encyclopedia struct {
	studyFrame
	keys   EncyclopediaKeys
	search c.Field
	link   int      // the link with the focus in the entry shown; -1 none
	back   []string // the entries left by following links, the last on top

	// The rows and the entry's lines are kept between frames: a key that changes neither costs
	// nothing.
	rowsKey  string
	rowsMemo []Row
	docKey   string
	docMemo  entryDoc
}

// entryDoc is an entry drawn at a width: its lines, its links in order and the line of each.
type entryDoc struct {
	lines []string
	links []linkTarget
	at    []int
}

// linkTarget is where a link goes: an entry, or a legal text in the Treaty lab.
type linkTarget struct {
	text bool
	id   string
}

// NewEncyclopedia makes the encyclopedia screen.
func NewEncyclopedia() *Encyclopedia {
	e := &Encyclopedia{keys: DefaultEncyclopediaKeys(), link: -1}
	e.nav = e.keys.StudyNav
	e.search.Placeholder = "/ to search: a name, a treaty, an idea"
	return e
}

// Keys is the screen's keymap.
func (e *Encyclopedia) Keys() KeyMap { return e.keys }

// Typing reports whether the search field takes the keys.
func (e *Encyclopedia) Typing() bool { return e.search.Focused }

// Query is the search typed so far.
func (e *Encyclopedia) Query() string { return e.search.Value }

// kindTitles name the kinds of entry, as list headers.
var kindTitles = map[string]string{"person": "People", "institution": "Institutions", "treaty": "Treaties",
	"concept": "Concepts", "place": "Places", "event": "Events"}

func (e *Encyclopedia) rows(ctx *Ctx) []Row {
	if ctx.Lib == nil {
		return nil
	}
	q := strings.TrimSpace(e.search.Value)
	k := fmt.Sprintf("%p|%p|%s", ctx.Lib, ctx.Theme, q)
	if k == e.rowsKey {
		return e.rowsMemo
	}
	var rows []Row
	if q != "" {
		for _, m := range ctx.Lib.Search(q, 0) {
			rows = append(rows, Row{Key: m.Entry.ID, Title: m.Entry.Title, Right: ctx.Theme.Faint.Render(m.Entry.Kind)})
		}
	} else {
		for _, kind := range assets.EntryKinds {
			var es []*assets.Entry
			for _, en := range ctx.Lib.Entries() {
				if en.Kind == kind {
					es = append(es, en)
				}
			}
			if len(es) == 0 {
				continue
			}
			slices.SortStableFunc(es, func(a, b *assets.Entry) int { return strings.Compare(sortKey(a.Title), sortKey(b.Title)) })
			title := kindTitles[kind]
			if title == "" {
				title = kind
			}
			rows = append(rows, Row{Header: true, Title: fmt.Sprintf("%s · %d", title, len(es))})
			for _, en := range es {
				rows = append(rows, Row{Key: en.ID, Title: en.Title})
			}
		}
	}
	e.rowsKey, e.rowsMemo = k, rows
	return rows
}

// sortKey orders titles without their articles and case.
func sortKey(s string) string {
	s = strings.ToLower(s)
	for _, a := range []string{"the ", "a "} {
		s = strings.TrimPrefix(s, a)
	}
	return s
}

// Selected is the id of the entry shown ("" when none).
func (e *Encyclopedia) Selected(ctx *Ctx) string {
	if r, ok := e.list.Selected(e.rows(ctx)); ok {
		return r.Key
	}
	return ""
}

// Open shows an entry by id (from a link elsewhere): the search is cleared if the entry is not
// among its matches.
func (e *Encyclopedia) Open(ctx *Ctx, id string) bool {
	if !e.list.Select(e.rows(ctx), id) {
		e.search.Value = ""
		if !e.list.Select(e.rows(ctx), id) {
			return false
		}
	}
	e.link, e.text = -1, Scroller{}
	return true
}

// follow goes to a link's entry, remembering the entry it leaves.
func (e *Encyclopedia) follow(ctx *Ctx, to string) {
	if cur := e.Selected(ctx); cur != "" && cur != to {
		e.back = append(e.back, cur)
		if len(e.back) > 50 {
			e.back = e.back[1:]
		}
	}
	e.Open(ctx, to)
}

// linkRE matches [[target]] and [[target|shown text]] in an entry's body (the library's syntax).
var linkRE = regexp.MustCompile(`\[\[([^\[\]|]*)(?:\|([^\[\]]*))?\]\]`)

// token is a word of an entry's text: its style and the link it belongs to (-1 none).
type token struct {
	word  string
	style c.Style
	link  int
	glue  bool // no space before it (punctuation after a link, a link after an opening bracket)
}

// doc draws an entry in lines of w cells, with the link under focus highlighted.
func (e *Encyclopedia) doc(ctx *Ctx, en *assets.Entry, w int) entryDoc {
	k := fmt.Sprintf("%s|%d|%d|%p", en.ID, w, e.link, ctx.Theme)
	if k == e.docKey {
		return e.docMemo
	}
	t := ctx.Theme
	var d entryDoc
	link := linkStyle(t)
	focus := t.Selected
	addLink := func(to linkTarget) int {
		d.links = append(d.links, to)
		d.at = append(d.at, -1)
		return len(d.links) - 1
	}
	// words splits a piece of text into tokens; glue says that its first word follows the token
	// before without a space.
	words := func(s string, st c.Style, li int, glue bool) []token {
		var out []token
		fs := strings.Fields(s)
		for i, wd := range fs {
			sty := st
			if li >= 0 && li == e.link {
				// The link with the focus: highlighted, and bracketed so that it shows without colour.
				sty = focus
				if i == 0 {
					wd = "‹" + wd
				}
				if i == len(fs)-1 {
					wd += "›"
				}
			}
			out = append(out, token{word: wd, style: sty, link: li, glue: glue && i == 0})
		}
		return out
	}
	startsBare := func(s string) bool { return s != "" && !strings.ContainsRune(" \t\n", rune(s[0])) }
	endsBare := func(s string) bool { return s != "" && !strings.ContainsRune(" \t\n", rune(s[len(s)-1])) }
	emit := func(toks []token) {
		lines, first := wrapTokens(toks, w)
		for li, at := range first {
			if d.at[li] < 0 {
				d.at[li] = len(d.lines) + at
			}
		}
		d.lines = append(d.lines, lines...)
	}
	d.lines = append(d.lines, c.Wrap(t.Heading.Render(en.Title), w)...)
	meta := en.Kind
	if en.Dates != "" {
		meta += " · " + en.Dates
	}
	if len(en.Aliases) > 0 {
		meta += " · also " + strings.Join(en.Aliases, ", ")
	}
	d.lines = append(d.lines, c.Wrap(t.Subtle.Render(meta), w)...)
	d.lines = append(d.lines, "")
	d.lines = append(d.lines, c.Wrap(t.Bold.Render(strings.Join(strings.Fields(en.Summary), " ")), w)...)
	for _, p := range assets.Paragraphs(en.Body) {
		var toks []token
		last := 0
		for _, m := range linkRE.FindAllStringSubmatchIndex(p, -1) {
			before := p[last:m[0]]
			toks = append(toks, words(before, t.Text, -1, last > 0 && startsBare(before))...)
			glue := endsBare(before) || (before == "" && last > 0)
			target := strings.TrimSpace(p[m[2]:m[3]])
			shown := ""
			if m[4] >= 0 {
				shown = strings.TrimSpace(p[m[4]:m[5]])
			}
			if x, ok := ctx.Lib.Entry(target); ok {
				if shown == "" {
					shown = x.Title
				}
				toks = append(toks, words(shown, link, addLink(linkTarget{id: target}), glue)...)
			} else {
				if shown == "" {
					shown = target
				}
				toks = append(toks, words(shown, t.Text, -1, glue)...)
			}
			last = m[1]
		}
		toks = append(toks, words(p[last:], t.Text, -1, last > 0 && startsBare(p[last:]))...)
		d.lines = append(d.lines, "")
		emit(toks)
	}
	var see []string
	for _, id := range en.See {
		if !slices.Contains(see, id) {
			see = append(see, id)
		}
	}
	if len(see) > 0 {
		d.lines = append(d.lines, "", t.Heading.Render("See also"))
		var toks []token
		for i, id := range see {
			x, ok := ctx.Lib.Entry(id)
			if !ok {
				continue
			}
			if i > 0 {
				toks = append(toks, token{word: "·", style: t.Faint, link: -1})
			}
			toks = append(toks, words(x.Title, link, addLink(linkTarget{id: id}), false)...)
		}
		emit(toks)
	}
	if len(en.Texts) > 0 {
		d.lines = append(d.lines, "", t.Heading.Render("The legal texts")+t.Subtle.Render(" · in the Treaty lab"))
		var toks []token
		for i, id := range en.Texts {
			if i > 0 {
				toks = append(toks, token{word: "·", style: t.Faint, link: -1})
			}
			title := id
			if tx, ok := treaty.TextByID(id); ok {
				title = tx.Title
			}
			toks = append(toks, words(title, link, addLink(linkTarget{text: true, id: id}), false)...)
		}
		emit(toks)
	}
	if len(en.Sources) > 0 {
		d.lines = append(d.lines, "", t.Heading.Render("Sources"))
		for _, s := range en.Sources {
			d.lines = append(d.lines, c.WrapIndent(t.Subtle.Render(ctx.Lib.Cite(s)), w, "· ", "  ")...)
		}
	}
	e.docKey, e.docMemo = k, d
	return d
}

// wrapTokens sets words on lines of at most w cells, breaking between words (a word longer than
// a line is cut); it returns the lines and, for each link, the first line it is on.
func wrapTokens(toks []token, w int) ([]string, map[int]int) {
	var lines []string
	first := map[int]int{}
	var b strings.Builder
	used := 0
	flush := func() {
		lines = append(lines, b.String())
		b.Reset()
		used = 0
	}
	for i, tk := range toks {
		ww := c.Width(tk.word)
		if ww > w {
			tk.word, ww = c.Truncate(tk.word, w), w
		}
		gap := 0
		if used > 0 && !tk.glue {
			gap = 1
		}
		if used+gap+ww > w {
			flush()
			gap = 0
		}
		if gap == 1 {
			// The space between two words of the same link takes the link's style.
			if tk.link >= 0 && i > 0 && toks[i-1].link == tk.link {
				b.WriteString(tk.style.Render(" "))
			} else {
				b.WriteByte(' ')
			}
		}
		if _, ok := first[tk.link]; !ok && tk.link >= 0 {
			first[tk.link] = len(lines)
		}
		b.WriteString(tk.style.Render(tk.word))
		used += gap + ww
	}
	if used > 0 {
		flush()
	}
	return lines, first
}

// View renders the encyclopedia.
func (e *Encyclopedia) View(ctx *Ctx, w, h int) string {
	t := ctx.Theme
	if ctx.Lib == nil {
		why := "The reference library is loading…"
		if ctx.LibErr != nil {
			why = "The reference library could not be loaded: " + ctx.LibErr.Error()
		}
		return strings.Join(c.Box(t, "Encyclopedia", c.Wrap(why, w-4), w, h, true), "\n")
	}
	rows := e.rows(ctx)
	n := 0
	for _, r := range rows {
		if !r.Header {
			n++
		}
	}
	count := c.Plural(n, "entry", "entries")
	if q := strings.TrimSpace(e.search.Value); q != "" {
		count = c.Plural(n, "match", "matches") + " for “" + q + "”"
		if n == 0 {
			count = "nothing matches “" + q + "”: esc clears the search"
		}
	} else {
		count += " · " + c.Plural(len(ctx.Lib.Dossiers()), "dossier", "dossiers") + " of events in the History view"
	}
	if len(e.back) > 0 {
		if x, ok := ctx.Lib.Entry(e.back[len(e.back)-1]); ok {
			count += " · b: back to " + x.Title
		}
	}
	head := []string{e.search.View(t, w-4), c.Truncate(t.Faint.Render(count), w-4)}
	return e.frame(ctx, "Encyclopedia", head, rows, func(r Row, dw int) []string {
		en, ok := ctx.Lib.Entry(r.Key)
		if !ok {
			return nil
		}
		return e.doc(ctx, en, dw).lines
	}, w, h)
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
			e.text, e.link = Scroller{}, -1
			return nil
		}
		keys := e.keys
		switch {
		case key.Matches(msg, keys.Search):
			e.search.Focused = true
			return nil
		case key.Matches(msg, keys.Back) && e.search.Value != "":
			e.search.Value, e.list, e.link = "", List{}, -1
			return nil
		case key.Matches(msg, keys.NextLink), key.Matches(msg, keys.PrevLink):
			return e.moveLink(ctx, rows, key.Matches(msg, keys.PrevLink))
		case key.Matches(msg, keys.Follow):
			d, ok := e.shown(ctx, rows)
			if !ok || len(d.links) == 0 {
				return Status{Text: "this entry has no links"}
			}
			if e.link < 0 {
				return e.moveLink(ctx, rows, false)
			}
			to := d.links[e.link]
			if to.text {
				return OpenText{ID: to.id}
			}
			e.follow(ctx, to.id)
			return nil
		case key.Matches(msg, keys.BackLink):
			if len(e.back) == 0 {
				return Status{Text: "no entry to go back to: links you follow are remembered here"}
			}
			id := e.back[len(e.back)-1]
			e.back = e.back[:len(e.back)-1]
			e.Open(ctx, id)
			return nil
		case key.Matches(msg, keys.Up), key.Matches(msg, keys.Down), key.Matches(msg, keys.Top), key.Matches(msg, keys.Bottom):
			e.link = -1
		}
		a, _ := e.studyKey(msg, rows)
		return a
	default:
		e.mouse(msg, rows, 2)
	}
	return nil
}

// shown is the entry shown, as last drawn.
func (e *Encyclopedia) shown(ctx *Ctx, rows []Row) (entryDoc, bool) {
	r, ok := e.list.Selected(rows)
	if !ok {
		return entryDoc{}, false
	}
	en, ok := ctx.Lib.Entry(r.Key)
	if !ok {
		return entryDoc{}, false
	}
	dw, _ := e.detailSize(e.w, e.h, 2, len(rows))
	return e.doc(ctx, en, dw), true
}

// moveLink puts the focus on the next (or previous) link of the entry, scrolling it into view.
func (e *Encyclopedia) moveLink(ctx *Ctx, rows []Row, prev bool) Action {
	d, ok := e.shown(ctx, rows)
	if !ok || len(d.links) == 0 {
		return Status{Text: "this entry has no links"}
	}
	n := len(d.links)
	switch {
	case e.link < 0 && prev:
		e.link = n - 1
	case e.link < 0:
		e.link = 0
	case prev:
		e.link = (e.link + n - 1) % n
	default:
		e.link = (e.link + 1) % n
	}
	_, dh := e.detailSize(e.w, e.h, 2, len(rows))
	if at := d.at[e.link]; at >= 0 {
		if at < e.text.Offset+1 || at >= e.text.Offset+dh-1 {
			e.text.Offset = max(0, at-dh/3)
		}
	}
	return nil
}

// linkStyle is how links are drawn: underlined, in the colour of what history holds.
func linkStyle(t *theme.Theme) c.Style { return t.Historical.Underline(true) }
