package screens

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/treaty"
	c "github.com/pactgame/pact/ui/components"
	"github.com/pactgame/pact/ui/theme"
)

// The Treaty lab's sections, in the order of their keys.
const (
	LabLifecycle = iota
	LabTerms
	LabVotes
	LabSituation
	LabTexts
	numLabSections
)

var labSections = [numLabSections]string{"Lifecycle", "Terms", "Votes", "Situation", "Texts"}

// TreatyKeys are the Treaty lab's keys.
type TreatyKeys struct {
	StudyNav
	Sections                      [numLabSections]key.Binding
	NextSection, PrevSection      key.Binding
	Left, Right, YearBack, YearOn key.Binding
	Rule, Form, Text, Reset       key.Binding
	GameTerms, TryTerms, Entry    key.Binding
	// Change and Move are the arrows as the footer shows them (the keys are Left/Right, Up/Down).
	Change, Move, Steps key.Binding
}

// DefaultTreatyKeys are the Treaty lab's keys.
func DefaultTreatyKeys() TreatyKeys {
	k := TreatyKeys{StudyNav: DefaultStudyNav(),
		NextSection: bind([]string{"tab"}, "tab", "next section"),
		PrevSection: bind([]string{"shift+tab"}, "S-tab", "previous section"),
		Left:        bind([]string{"left", "h"}, "←/h", "previous choice"),
		Right:       bind([]string{"right", "l"}, "→/l", "next choice"),
		YearBack:    bind([]string{"<", ","}, "<", "date: a year earlier"),
		YearOn:      bind([]string{">", "."}, ">", "date: a year later"),
		Rule:        bind([]string{"enter"}, "enter", "read the reasoning"),
		Form:        bind([]string{"esc"}, "esc", "back to the form"),
		Text:        bind([]string{"enter", "t"}, "enter/t", "the cited article's text"),
		Reset:       bind([]string{"r"}, "r", "reset to history"),
		GameTerms:   bind([]string{"c"}, "c", "this campaign's terms"),
		TryTerms:    bind([]string{"s"}, "s", "try these terms in a situation"),
		Entry:       bind([]string{"e"}, "e", "its encyclopedia entry"),
		Change:      bind([]string{"left", "h", "right", "l"}, "←→", "change"),
		Move:        bind([]string{"up", "k", "down", "j"}, "↑↓", "field"),
		Steps:       bind([]string{"up", "k", "down", "j"}, "↑↓", "step"),
	}
	for i, name := range labSections {
		n := fmt.Sprint(i + 1)
		k.Sections[i] = bind([]string{n}, n, strings.ToLower(name))
	}
	return k
}

func (k TreatyKeys) help(section int, ruling bool) keyHelp {
	nav := []key.Binding{k.Sections[0], k.Sections[1], k.Sections[2], k.Sections[3], k.Sections[4], k.NextSection, k.PrevSection}
	var here HelpGroup
	var short []key.Binding
	switch section {
	case LabLifecycle:
		here = HelpGroup{"Lifecycle", []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Entry}}
		short = []key.Binding{k.NextSection, k.Down, k.PageDown, k.Entry, k.Back, k.Help}
	case LabTerms:
		here = HelpGroup{"Terms", []key.Binding{k.Up, k.Down, k.Left, k.Right, k.Reset, k.GameTerms, k.TryTerms, k.PageDown}}
		short = []key.Binding{k.Move, k.Change, k.TryTerms, k.Reset, k.NextSection, k.Help}
	case LabVotes:
		here = HelpGroup{"Votes", []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown}}
		short = []key.Binding{k.NextSection, k.Down, k.PageDown, k.Back, k.Help}
	case LabSituation:
		if ruling {
			here = HelpGroup{"Ruling", []key.Binding{k.Up, k.Down, k.Text, k.PageUp, k.PageDown, k.Form}}
			short = []key.Binding{k.Steps, k.Text, k.Form, k.PageDown, k.Help}
		} else {
			here = HelpGroup{"Situation", []key.Binding{k.Up, k.Down, k.Left, k.Right, k.YearBack, k.YearOn, k.Rule, k.Reset}}
			short = []key.Binding{k.Move, k.Change, k.Rule, k.YearOn, k.Reset, k.NextSection, k.Help}
		}
	case LabTexts:
		here = HelpGroup{"Texts", []key.Binding{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown, k.Entry}}
		short = []key.Binding{k.Up, k.Down, k.PageDown, k.Entry, k.NextSection, k.Help}
	}
	return keyHelp{short: short, groups: []HelpGroup{here, {"Sections", nav}, k.studyGroup(), k.pactGroup()}}
}

// TreatyLab is the Treaty lab: the pact's lifecycle as a diagram with the stage it has reached;
// its terms and what each clause does (deterrence, the groups' support, the capitals'
// reactions); the ratification votes by group, or the votes expected today; a situation builder
// that rules on any invocation of the pact with the full reasoning and each cited article one key
// away; and the legal texts.
type TreatyLab struct {
	keys    TreatyKeys
	section int
	w, h    int
	plain   bool

	doc Scroller // the lifecycle and votes documents

	terms    *Builder // the terms workshop (its clause fields)
	termsCur int
	termsDoc Scroller

	sit      *Builder // the situation builder
	sitCur   int      // the field under the cursor
	sitFirst int      // the first field shown
	ruling   bool     // the ruling has the keys (else the form)
	step     int      // the trace step under the cursor
	rulingSc Scroller

	texts    List
	textsDoc Scroller
}

// termFields are the workshop's fields.
var termFields = []string{FTermKind, FAuto, FClause, FConvention, FDuration}

// NewTreatyLab makes the Treaty lab, on its lifecycle.
func NewTreatyLab() *TreatyLab {
	return &TreatyLab{keys: DefaultTreatyKeys(), terms: NewBuilder(), sit: NewBuilder()}
}

// Keys is the lab's keymap for the section shown.
func (l *TreatyLab) Keys() KeyMap { return l.keys.help(l.section, l.ruling) }

// Section is the section shown.
func (l *TreatyLab) Section() int { return l.section }

// Show shows a section.
func (l *TreatyLab) Show(section int) {
	if section >= 0 && section < numLabSections {
		l.section = section
	}
}

// Builder is the situation builder.
func (l *TreatyLab) Builder() *Builder { return l.sit }

// ShowText shows a legal text in the Texts section.
func (l *TreatyLab) ShowText(id string) {
	l.section = LabTexts
	l.texts.Select(textRows(nil), "t:"+id)
	l.textsDoc = Scroller{}
}

// Ruling reports whether the ruling has the keys (else the form).
func (l *TreatyLab) Ruling() bool { return l.ruling }

// sync gives the builders the campaign's terms.
func (l *TreatyLab) sync(ctx *Ctx) {
	var t *treaty.Terms
	if ctx.S != nil && ctx.S.State().Pact.Status != treaty.StatusNone {
		tt := ctx.S.State().Pact.Terms
		t = &tt
	}
	l.sit.SetGameTerms(t)
	l.terms.SetGameTerms(t)
}

// View renders the lab.
func (l *TreatyLab) View(ctx *Ctx, w, h int) string {
	t := ctx.Theme
	l.plain = t.Plain
	l.sync(ctx)
	iw, ih := w-4, h-2
	body := []string{l.tabRow(t, iw), ""}
	bh := ih - len(body)
	var content []string
	switch l.section {
	case LabLifecycle:
		content = l.doc.View(t, lifecycleLines(ctx, iw), iw, bh)
	case LabTerms:
		content = l.termsView(ctx, iw, bh)
	case LabVotes:
		content = l.doc.View(t, votesLines(ctx, iw), iw, bh)
	case LabSituation:
		content = l.situationView(ctx, iw, bh)
	case LabTexts:
		content = l.textsView(ctx, iw, bh)
	}
	body = append(body, c.Block(content, iw, bh)...)
	return strings.Join(c.Box(t, "Treaty lab · the Franco-Soviet pact", body, w, h, true), "\n")
}

// tabRow is the row of the sections with the one shown highlighted.
func (l *TreatyLab) tabRow(t *theme.Theme, w int) string {
	var parts []string
	for i, name := range labSections {
		label := fmt.Sprintf(" %d %s ", i+1, name)
		if i == l.section {
			parts = append(parts, t.TabActive.Render(label))
		} else {
			parts = append(parts, t.Tab.Render(label))
		}
	}
	return c.Truncate(strings.Join(parts, t.Faint.Render("·")), w)
}

// Update answers keys and the mouse.
func (l *TreatyLab) Update(ctx *Ctx, msg tea.Msg) Action {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		l.w, l.h = msg.Width, msg.Height
	case tea.MouseWheelMsg:
		d := 3
		if msg.Button == tea.MouseWheelUp {
			d = -3
		}
		l.scroll(d)
	case tea.MouseClickMsg:
		if l.section == LabTexts && msg.Y >= 3 {
			// The list of texts, below the row of sections and a blank line.
			rows := textRows(ctx)
			sp := splitLayout(l.plain, l.w-4, l.h-4, len(rows))
			if x, y := msg.X-2, msg.Y-3; x >= 0 && x < sp.listW && l.texts.Click(rows, y, sp.listH) {
				l.textsDoc = Scroller{}
			}
		}
		if msg.Y == 1 { // the row of sections
			x := 2
			for i, name := range labSections {
				n := c.Width(fmt.Sprintf(" %d %s ", i+1, name)) + 1
				if msg.X >= x && msg.X < x+n {
					l.section, l.ruling = i, false
				}
				x += n
			}
		}
	case tea.KeyPressMsg:
		return l.key(ctx, msg)
	}
	return nil
}

func (l *TreatyLab) scroll(d int) {
	switch l.section {
	case LabLifecycle, LabVotes:
		l.doc.By(d)
	case LabTerms:
		l.termsDoc.By(d)
	case LabSituation:
		l.rulingSc.By(d)
	case LabTexts:
		l.textsDoc.By(d)
	}
}

func (l *TreatyLab) key(ctx *Ctx, k tea.KeyPressMsg) Action {
	keys := l.keys
	if l.section == LabSituation && l.ruling && key.Matches(k, keys.Form) {
		l.ruling = false
		return nil
	}
	for i, b := range keys.Sections {
		if key.Matches(k, b) {
			l.section, l.ruling = i, false
			l.doc = Scroller{}
			return nil
		}
	}
	switch {
	case key.Matches(k, keys.NextSection):
		l.section, l.ruling, l.doc = (l.section+1)%numLabSections, false, Scroller{}
		return nil
	case key.Matches(k, keys.PrevSection):
		l.section, l.ruling, l.doc = (l.section+numLabSections-1)%numLabSections, false, Scroller{}
		return nil
	case key.Matches(k, keys.PageDown):
		l.scroll(10)
		return nil
	case key.Matches(k, keys.PageUp):
		l.scroll(-10)
		return nil
	}
	switch l.section {
	case LabLifecycle, LabVotes:
		switch {
		case key.Matches(k, keys.Up):
			l.doc.By(-1)
			return nil
		case key.Matches(k, keys.Down):
			l.doc.By(1)
			return nil
		case key.Matches(k, keys.Top):
			l.doc.Offset = 0
			return nil
		case key.Matches(k, keys.Bottom):
			l.doc.Offset = 1 << 20
			return nil
		case l.section == LabLifecycle && key.Matches(k, keys.Entry):
			return OpenEntry{ID: "franco-soviet-pact"}
		}
	case LabTerms:
		if a, ok := l.termsKey(ctx, k); ok {
			return a
		}
	case LabSituation:
		if a, ok := l.situationKey(ctx, k); ok {
			return a
		}
	case LabTexts:
		rows := textRows(nil)
		switch {
		case key.Matches(k, keys.Up):
			l.texts.Move(rows, -1)
			l.textsDoc = Scroller{}
			return nil
		case key.Matches(k, keys.Down):
			l.texts.Move(rows, 1)
			l.textsDoc = Scroller{}
			return nil
		case key.Matches(k, keys.Top):
			l.texts.Home(rows)
			l.textsDoc = Scroller{}
			return nil
		case key.Matches(k, keys.Bottom):
			l.texts.End(rows)
			l.textsDoc = Scroller{}
			return nil
		case key.Matches(k, keys.Entry):
			if r, ok := l.texts.Selected(rows); ok {
				id := strings.TrimPrefix(r.Key, "t:")
				if e := TextEntry(ctx, id); e != "" {
					return OpenEntry{ID: e}
				}
				return Status{Text: "no encyclopedia entry for this instrument"}
			}
			return nil
		}
	}
	a, _ := keys.navigate(k)
	return a
}

// ——— Lifecycle ———

// historicalPact is the pact as history had it, for the lab without a campaign.
func historicalPact() treaty.Pact {
	p := treaty.New()
	p.Status, p.Terms = treaty.StatusInForce, treaty.HistoricalTerms()
	p.TalksOpened, p.Agreed, p.Signed, p.InForce = calendar.Of(1934, 5), calendar.Of(1935, 4), calendar.Of(1935, 5), calendar.Of(1936, 3)
	for i := range p.Ratification {
		p.Ratification[i].Ratified, p.Ratification[i].Date = true, calendar.Of(1936, 3)
	}
	return p
}

// lifecycleLines is the Lifecycle section: the diagram, the terms in brief, what the pact weighs,
// what may happen next, and the log of its steps.
func lifecycleLines(ctx *Ctx, w int) []string {
	t := ctx.Theme
	var head []string
	p := historicalPact()
	if ctx.S != nil {
		p = ctx.S.State().Pact
		head = append(head, c.Truncate(t.Heading.Render("Where the pact stands")+t.Subtle.Render(" · "+ctx.S.State().Date.Name()), w))
	} else {
		head = append(head, t.Heading.Render("The pact as history had it"))
		head = append(head, c.Wrap(t.Subtle.Render("Start a campaign to follow its own pact here. Terms, votes, situations and texts work without one."), w)...)
	}
	head = append(head, "")
	// Beside the diagram when there is room, else below it: the terms and what the pact weighs.
	side := w >= 100
	sw := w
	if side {
		sw = w - 58 - 3
	}
	var info []string
	section := func(out *[]string, name string, w int) { *out = append(*out, "", c.Rule(t, name, w)) }
	section(&info, "The terms", sw)
	if p.Status == treaty.StatusNone {
		info = append(info, c.Wrap(t.Subtle.Render("No talks yet: the terms take shape once talks open, through the council's pact decisions. Section 2 shows what each clause would do."), sw)...)
	} else {
		info = append(info, termsLines(t, p.Terms, sw)...)
	}
	if ctx.S != nil {
		st := ctx.S.State()
		section(&info, "What it weighs", sw)
		info = append(info, c.Wrap(t.Text.Render(fmt.Sprintf("Deterrence of Germany it adds: %d · the pretext it hands Berlin: %d", game.PactDeterrence(st), game.Pretext(st))), sw)...)
		if legal := p.Legal(); len(legal) > 0 {
			var words []string
			for _, a := range legal {
				words = append(words, actionWords(a))
			}
			info = append(info, c.Wrap(t.Subtle.Render("What may come next: "+strings.Join(words, "; ")+" — through the council's pact decisions and the parties' votes."), sw)...)
		}
		var passage []string
		for _, m := range st.Minors {
			if m.ID == "poland" || m.ID == "romania" {
				v := "refuses"
				if m.Passage {
					v = "grants"
				}
				passage = append(passage, m.Name+" "+v+" passage")
			}
		}
		if len(passage) > 0 {
			info = append(info, c.Wrap(t.Subtle.Render("Could Soviet help arrive? "+strings.Join(passage, "; ")+"."), sw)...)
		}
	}
	var out []string
	diagram := LifecycleDiagram(t, p, min(w, 58))
	if side {
		n := max(len(diagram), len(info)-1)
		out = append(head, c.Beside(3, c.Block(diagram, 58, n), c.Block(info[1:], sw, n))...)
	} else {
		out = append(append(head, diagram...), info...)
	}
	if ctx.S != nil {
		section(&out, "Its history so far", w)
		if len(p.Log) == 0 {
			out = append(out, t.Subtle.Render("Nothing has happened to the pact yet."))
		}
		for _, tr := range p.Log {
			out = append(out, c.Truncate(t.Subheading.Render(tr.Date.Name())+t.Subtle.Render(fmt.Sprintf("  %s → %s", PactStatus(tr.From), PactStatus(tr.To))), w))
			out = append(out, c.WrapIndent(tr.Reason, w, "  ", "  ")...)
		}
	}
	out = append(out, "", c.Truncate(t.Key.Render("e")+t.KeyDesc.Render(" the pact in the encyclopedia  ·  ")+t.Key.Render("2")+t.KeyDesc.Render(" what each clause does  ·  ")+
		t.Key.Render("4")+t.KeyDesc.Render(" rule on a situation"), w))
	return out
}

// actionWords says a lifecycle action in words.
func actionWords(a treaty.ActionKind) string {
	switch a {
	case treaty.ActOpenTalks:
		return "talks can open"
	case treaty.ActSetTerms:
		return "the terms can change"
	case treaty.ActAgree:
		return "the terms can be agreed"
	case treaty.ActCollapse:
		return "the talks can collapse"
	case treaty.ActSign:
		return "the treaty can be signed"
	case treaty.ActRecordVote:
		return "a ratification vote"
	case treaty.ActExchange:
		return "ratifications can be exchanged"
	case treaty.ActInvoke:
		return "it can be invoked"
	case treaty.ActDenounce:
		return "it can be denounced"
	case treaty.ActExpire:
		return "it can expire"
	}
	return strings.ReplaceAll(string(a), "_", " ")
}

// termsLines are the terms, one clause a line.
func termsLines(t *theme.Theme, terms treaty.Terms, w int) []string {
	var out []string
	add := func(k, v string) { out = append(out, c.Truncate(c.Pad(t.Subtle.Render(k), 22)+t.Text.Render(v), w)) }
	add("Kind", string(terms.Kind))
	add("Assistance", automaticityWords(terms.Automaticity))
	lc := "kept: nothing against Locarno"
	if !terms.LocarnoClause {
		lc = "dropped"
	}
	add("Locarno clause", lc)
	add("Military convention", conventionWords(terms.Convention))
	add("First term", c.Plural(terms.DurationYears, "year", "years"))
	return out
}

func automaticityWords(a treaty.Automaticity) string {
	switch a {
	case treaty.AutoCouncil:
		return "after the League Council recommends it"
	case treaty.AutoProtocol:
		return "even without a Council verdict (protocol)"
	case treaty.AutoAutomatic:
		return "automatic, at once"
	}
	return string(a)
}

func conventionWords(cv treaty.Convention) string {
	switch cv {
	case treaty.ConventionNone:
		return "none"
	case treaty.ConventionStaff:
		return "staff talks"
	case treaty.ConventionFull:
		return "a full military convention"
	}
	return string(cv)
}

// stage is one box of the lifecycle diagram.
type stage struct {
	status treaty.Status
	label  string
	when   string
}

// LifecycleDiagram draws the pact's lifecycle: the main path from no talks to in force, the
// collapse of talks beside it and the ends after it, with the stages reached ticked, the present
// one highlighted and the month of each step.
func LifecycleDiagram(t *theme.Theme, p treaty.Pact, w int) []string {
	main := []treaty.Status{treaty.StatusNone, treaty.StatusTalks, treaty.StatusAgreed, treaty.StatusSigned, treaty.StatusRatified, treaty.StatusInForce}
	cur := p.Status
	pos := slices.Index(main, cur)
	collapsedOnce := false
	for _, tr := range p.Log {
		if tr.To == treaty.StatusCollapsed {
			collapsedOnce = true
		}
	}
	reached := func(s treaty.Status) bool {
		switch cur {
		case treaty.StatusInvoked, treaty.StatusDenounced, treaty.StatusExpired:
			if slices.Contains(main, s) {
				return true
			}
			return s == treaty.StatusInvoked && slices.ContainsFunc(p.Log, func(tr treaty.Transition) bool { return tr.To == s }) ||
				s == treaty.StatusDenounced && (cur == treaty.StatusDenounced || cur == treaty.StatusExpired)
		case treaty.StatusCollapsed:
			return s == treaty.StatusNone || s == treaty.StatusTalks || (s == treaty.StatusAgreed && !p.Agreed.IsZero())
		}
		if s == treaty.StatusCollapsed {
			return collapsedOnce
		}
		i := slices.Index(main, s)
		return i >= 0 && i < pos
	}
	month := func(m calendar.Month) string {
		if m.IsZero() {
			return ""
		}
		return m.Name()
	}
	var ratified []string
	for _, r := range p.Ratification {
		name := "France"
		if r.Party == treaty.USSR {
			name = "USSR"
		}
		var bodies []string
		for _, b := range treaty.Bodies(r.Party) {
			mark := "○"
			if r.Ratified {
				mark = "✓"
			}
			for _, v := range r.Votes {
				if v.Body == b {
					mark = "✗"
					if v.Passed {
						mark = "✓"
					}
				}
			}
			bodies = append(bodies, shortBody(b)+" "+mark)
		}
		ratified = append(ratified, name+": "+strings.Join(bodies, " "))
	}
	ratWhen := ""
	if len(ratified) > 0 && cur != treaty.StatusNone && cur != treaty.StatusTalks && cur != treaty.StatusAgreed && cur != treaty.StatusCollapsed {
		ratWhen = strings.Join(ratified, " · ")
	}
	box := func(s treaty.Status, label string) string {
		mark, st := "○ ", t.Faint
		switch {
		case s == cur:
			mark, st = "● ", t.Selected
		case reached(s):
			mark, st = "✓ ", t.Ally
		}
		return st.Render(mark + label)
	}
	const col = 22 // where the months go
	row := func(left string, when, side string) string {
		l := c.Pad(left, col)
		if when != "" {
			l += c.Pad(t.Subtle.Render(when), 14)
		} else if side != "" {
			l += c.Pad("", 14)
		}
		return c.Truncate(l+side, w)
	}
	now := func(s treaty.Status) string {
		if s == cur {
			return t.Warning.Render(" ◀ now")
		}
		return ""
	}
	v := t.Faint.Render("│")
	var out []string
	st := func(s treaty.Status, label string) string { return box(s, label) + now(s) }
	out = append(out, row(st(treaty.StatusNone, "no talks"), "", ""))
	out = append(out, v)
	out = append(out, row(st(treaty.StatusTalks, "talks"), month(p.TalksOpened), t.Faint.Render("───┐")))
	out = append(out, row(v, "", strings.Repeat(" ", 3)+t.Faint.Render("│")))
	out = append(out, row(st(treaty.StatusAgreed, "terms agreed"), month(p.Agreed), t.Faint.Render("───┴──▶ ")+box(treaty.StatusCollapsed, "collapsed")+now(treaty.StatusCollapsed)))
	out = append(out, v)
	out = append(out, row(st(treaty.StatusSigned, "signed"), month(p.Signed), ""))
	out = append(out, v)
	out = append(out, row(st(treaty.StatusRatified, "ratified"), "", ""))
	if ratWhen != "" {
		out = append(out, c.Truncate(v+"   "+t.Subtle.Render(ratWhen), w))
	} else {
		out = append(out, v)
	}
	out = append(out, row(st(treaty.StatusInForce, "in force"), month(p.InForce), ""))
	out = append(out, c.Truncate(t.Faint.Render("├──▶ ")+box(treaty.StatusInvoked, "invoked")+now(treaty.StatusInvoked), w))
	ended := ""
	if (cur == treaty.StatusDenounced || cur == treaty.StatusExpired) && !p.Ended.IsZero() {
		ended = t.Subtle.Render("  binds until " + p.Ended.Name())
	}
	out = append(out, c.Truncate(t.Faint.Render("╰──▶ ")+box(treaty.StatusDenounced, "denounced")+now(treaty.StatusDenounced)+t.Faint.Render(" ──▶ ")+
		box(treaty.StatusExpired, "expired")+now(treaty.StatusExpired)+ended, w))
	return out
}

func shortBody(b treaty.Body) string {
	switch b {
	case treaty.Chamber:
		return "Chamber"
	case treaty.Senate:
		return "Senate"
	case treaty.TsIK:
		return "TsIK"
	}
	return string(b)
}

// ——— Terms ———

func (l *TreatyLab) termsKey(ctx *Ctx, k tea.KeyPressMsg) (Action, bool) {
	keys := l.keys
	id := termFields[l.termsCur]
	switch {
	case key.Matches(k, keys.Up):
		l.termsCur = max(0, l.termsCur-1)
	case key.Matches(k, keys.Down):
		l.termsCur = min(len(termFields)-1, l.termsCur+1)
	case key.Matches(k, keys.Left):
		l.terms.Step(id, -1)
	case key.Matches(k, keys.Right):
		l.terms.Step(id, 1)
	case key.Matches(k, keys.Reset):
		l.terms.Set(FTerms, "history")
		return Status{Text: "The terms as signed on 2 May 1935."}, true
	case key.Matches(k, keys.GameTerms):
		if !l.terms.Set(FTerms, "game") {
			return Status{Text: "no terms in this campaign yet (no talks)", Error: true}, true
		}
		return Status{Text: "The terms of this campaign's pact."}, true
	case key.Matches(k, keys.TryTerms):
		l.sit.SetTerms(l.terms.terms())
		l.sit.Set(FTerms, "set")
		l.section, l.ruling = LabSituation, false
		return Status{Text: "These terms are now the situation's: choose the rest and read the ruling."}, true
	default:
		return nil, false
	}
	return nil, true
}

// termsView is the terms workshop: the five clauses with their choices, and what the chosen terms
// do against the treaty of 1935.
func (l *TreatyLab) termsView(ctx *Ctx, w, h int) []string {
	t := ctx.Theme
	var head []string
	intro := "The treaty of 2 May 1935 is the starting point. Change a clause with ←→ to see what it does."
	if ctx.S != nil {
		st := ctx.S.State()
		switch st.Pact.Status {
		case treaty.StatusNone, treaty.StatusTalks, treaty.StatusAgreed, treaty.StatusCollapsed:
			intro = "The terms are still open: the council's pact decisions shape them. Try them here first; c loads this campaign's."
		default:
			intro = "The pact is signed on the terms below (c). What if they had been different? Change a clause with ←→."
		}
	}
	head = append(head, c.Wrap(t.Subtle.Render(intro), w)...)
	head = append(head, "")
	labelW := 20
	for i, id := range termFields {
		_, label, opts, cur := l.terms.Field(slices.Index(fieldIDs(l.terms), id))
		label = strings.TrimSpace(label)
		pre := "  "
		if i == l.termsCur {
			pre = t.Cursor.Render("▸ ")
		}
		var parts []string
		for j, o := range opts {
			switch {
			case len(opts) > 4 && j != cur:
				// A number: only its value, with the range.
			case j == cur && i == l.termsCur:
				parts = append(parts, t.Selected.Render(" "+o+" "))
			case j == cur:
				parts = append(parts, t.Bold.Render("["+o+"]"))
			default:
				parts = append(parts, t.Faint.Render(o))
			}
		}
		if len(opts) > 4 {
			parts = append(parts, t.Faint.Render(fmt.Sprintf("(%s to %s)", opts[0], opts[len(opts)-1])))
		}
		head = append(head, c.Truncate(pre+c.Pad(t.Text.Render(capitalise(label)), labelW)+strings.Join(parts, " "), w))
	}
	which := map[string]string{"history": "as signed in 1935", "game": "this campaign's", "set": "your own"}[l.terms.Value(FTerms)]
	head = append(head, "", c.Rule(t, "What these terms do · "+which, w))
	doc := termEffectsLines(ctx, l.terms.terms(), w)
	bh := max(h-len(head), 1)
	return append(head, l.termsDoc.View(t, doc, w, bh)...)
}

func fieldIDs(b *Builder) []string {
	out := make([]string, b.Fields())
	for i := range out {
		out[i], _, _, _ = b.Field(i)
	}
	return out
}

// termEffectsLines is what a set of terms does, beside the treaty of 1935: deterrence, the
// pretext, the capitals' reactions, the French groups' support, and — in a campaign — how the
// Chamber, the Senate and Moscow would decide today.
func termEffectsLines(ctx *Ctx, terms treaty.Terms, w int) []string {
	t := ctx.Theme
	e, base := terms.Effects(), treaty.HistoricalTerms().Effects()
	var out []string
	delta := func(v, b int, good bool) string {
		if v == b {
			return t.Faint.Render("  as in 1935")
		}
		return "  " + t.Delta(v-b, good).Render(c.Signed(v-b)+" on 1935")
	}
	out = append(out, c.Truncate(c.Pad(t.Text.Render("Deterrence of Germany"), 30)+t.Bold.Render(fmt.Sprintf("%3d", e.Deterrence))+delta(e.Deterrence, base.Deterrence, true), w))
	out = append(out, c.Truncate(c.Pad(t.Text.Render("Pretext handed to Berlin"), 30)+t.Bold.Render(fmt.Sprintf("%3d", e.Pretext))+delta(e.Pretext, base.Pretext, false), w))
	out = append(out, "", t.Subheading.Render("The capitals' reactions")+t.Subtle.Render(" (relations points; below zero, alarm)"))
	caps := []struct {
		name string
		v, b int
	}{{"London", e.London, base.London}, {"Rome", e.Rome, base.Rome}, {"Brussels", e.Brussels, base.Brussels}, {"Warsaw", e.Warsaw, base.Warsaw}, {"Berlin", e.Berlin, base.Berlin}}
	var parts []string
	for _, cp := range caps {
		parts = append(parts, t.Text.Render(cp.name)+" "+t.Relation(cp.v*3).Render(c.Signed(cp.v))+t.Faint.Render(fmt.Sprintf(" (%s)", c.Signed(cp.v-cp.b))))
	}
	out = append(out, wrapParts(parts, w)...)
	out = append(out, "", t.Subheading.Render("Support in the French Chamber, by family")+t.Subtle.Render(" (points of P(for) against 1935)"))
	for _, g := range e.Groups {
		st := t.Faint
		if g.Shift != 0 {
			st = t.Delta(g.Shift, true)
		}
		line := c.Pad(t.Text.Render(g.Group), 16) + st.Render(c.PadLeft(c.Signed(g.Shift), 4))
		if g.Why != "" {
			line += "  " + t.Subtle.Render(g.Why)
		}
		out = append(out, c.Truncate(line, w))
	}
	if s := ctx.S; s != nil {
		st := s.State()
		out = append(out, "", t.Subheading.Render("If they voted today ("+st.Date.Name()+")"))
		out = append(out, expectedVoteLine(t, "Chamber", treaty.Odds(treaty.Chamber, game.Climate(st, treaty.France), terms), w))
		out = append(out, expectedVoteLine(t, "Senate", treaty.Odds(treaty.Senate, game.Climate(st, treaty.France), terms), w))
		su := treaty.Odds(treaty.TsIK, game.Climate(st, treaty.USSR), terms)
		if len(su) > 0 {
			out = append(out, c.Truncate(c.Pad(t.Text.Render("Moscow"), 10)+t.Text.Render(fmt.Sprintf("approves with a chance of %d%%", (su[0].For+5)/10)), w))
		}
		out = append(out, c.Wrap(t.Faint.Render("Expected votes from each group's odds under this month's climate (game.Climate, treaty.Odds); the real vote is drawn seat by seat."), w)...)
	}
	return out
}

// ExpectedVote is a body's expected vote from its groups' odds: seats for, against, the rest.
func ExpectedVote(odds []treaty.GroupOdds) (pro, con, rest int) { return treaty.Expected(odds) }

func expectedVoteLine(t *theme.Theme, body string, odds []treaty.GroupOdds, w int) string {
	pro, con, _ := ExpectedVote(odds)
	verdict := t.Ally.Render("passes")
	if pro <= con {
		verdict = t.Rival.Render("fails")
	}
	return c.Truncate(c.Pad(t.Text.Render(body), 10)+t.Text.Render(fmt.Sprintf("about %d for, %d against — ", pro, con))+verdict, w)
}

// ——— Votes ———

// votesLines is the Votes section: each party's ratification, body by body — the votes cast, by
// group, or, before a body has voted, the vote its groups' odds would give today.
func votesLines(ctx *Ctx, w int) []string {
	t := ctx.Theme
	if ctx.S == nil {
		return c.Wrap(t.Subtle.Render("Start a campaign to follow its ratification. In history the Chamber passed the treaty on 27 February 1936 (353–164), the Senate on 12 March (231–52, unconfirmed), and ratifications were exchanged in Moscow on 27 March 1936."), w)
	}
	st := ctx.S.State()
	p := &st.Pact
	var out []string
	terms := p.Terms
	if p.Status == treaty.StatusNone || terms.Kind == "" {
		terms = treaty.HistoricalTerms()
	}
	signed := p.Status != treaty.StatusNone && p.Status != treaty.StatusTalks && p.Status != treaty.StatusAgreed && p.Status != treaty.StatusCollapsed
	if !signed {
		out = append(out, c.Wrap(t.Subtle.Render("Nothing to ratify yet: the pact must first be signed. Below, how each body would vote today on "+termsShort(terms)+"."), w)...)
		out = append(out, "")
	}
	for _, party := range []treaty.Party{treaty.France, treaty.USSR} {
		var rat *treaty.Ratification
		for i := range p.Ratification {
			if p.Ratification[i].Party == party {
				rat = &p.Ratification[i]
			}
		}
		name := "France"
		if party == treaty.USSR {
			name = "The USSR"
		}
		state := t.Subtle.Render("not yet ratified")
		if rat != nil && rat.Ratified {
			state = t.Ally.Render("ratified " + rat.Date.Name())
		}
		out = append(out, c.Rule(t, name, w), c.Truncate(state, w))
		for _, b := range treaty.Bodies(party) {
			var votes []treaty.Vote
			if rat != nil {
				for _, v := range rat.Votes {
					if v.Body == b {
						votes = append(votes, v)
					}
				}
			}
			out = append(out, "", t.Subheading.Render(capitalise(bodyName(b))))
			for _, v := range votes {
				out = append(out, VoteLines(ctx, v, w)...)
			}
			if h := historicalVote[b]; h != "" {
				out = append(out, c.Wrap(t.Historical.Render("◆ in history: "+h), w)...)
			}
			passed := slices.ContainsFunc(votes, func(v treaty.Vote) bool { return v.Passed })
			if !passed {
				odds := treaty.Odds(b, game.Climate(st, party), terms)
				out = append(out, t.Subtle.Render("If it voted today:"))
				out = append(out, OddsLines(ctx, b, odds, w)...)
			}
		}
		out = append(out, "")
	}
	return out
}

// historicalVote is how each body really decided (figures.md §4–6, as game/treaty cites them).
var historicalVote = map[treaty.Body]string{
	treaty.Chamber: "passed on 27 February 1936, 353 for, 164 against",
	treaty.Senate:  "passed on 12 March 1936, 231 for, 52 against (the count is unconfirmed)",
	treaty.TsIK:    "ratified by the Soviet side (the body and the date are unconfirmed); ratifications were exchanged in Moscow on 27 March 1936",
}

func termsShort(terms treaty.Terms) string {
	if terms == treaty.HistoricalTerms() {
		return "the terms of 1935"
	}
	return "these terms (" + terms.String() + ")"
}

// OddsLines draws a body's expected vote: each group's chance of voting for and against as a
// bar, and the expected totals.
func OddsLines(ctx *Ctx, b treaty.Body, odds []treaty.GroupOdds, w int) []string {
	t := ctx.Theme
	if b == treaty.TsIK && len(odds) == 1 {
		return c.Wrap(t.Text.Render(fmt.Sprintf("the leadership approves with a chance of %d%%; the TsIK then formalises it unanimously", (odds[0].For+5)/10)), w)
	}
	pro, con, rest := ExpectedVote(odds)
	verdict := t.Ally.Render("would pass")
	if pro <= con {
		verdict = t.Rival.Render("would fail")
	}
	out := []string{c.Truncate(verdict+t.Subtle.Render(fmt.Sprintf("  about %d for · %d against · %d abstain or absent", pro, con, rest)), w)}
	nameW := min(26, max(w/3, 10))
	barW := max(w-nameW-16, 6)
	for _, g := range odds {
		nf := g.For * barW / 1000
		na := g.Against * barW / 1000
		bar := t.Ally.Render(strings.Repeat("█", nf)) + t.Rival.Render(strings.Repeat("█", na)) + t.Faint.Render(strings.Repeat("░", max(barW-nf-na, 0)))
		if t.Plain {
			bar = ""
		}
		out = append(out, c.Truncate(c.Pad(t.Text.Render(g.Group.Name), nameW)+" "+bar+" "+
			t.Subtle.Render(fmt.Sprintf("%3d%% for", (g.For+5)/10)), w))
	}
	return out
}

// ——— Situation ———

func (l *TreatyLab) situationKey(ctx *Ctx, k tea.KeyPressMsg) (Action, bool) {
	keys := l.keys
	if l.ruling {
		r := l.sit.Ruling()
		switch {
		case key.Matches(k, keys.Up):
			l.step = max(0, l.step-1)
		case key.Matches(k, keys.Down):
			l.step = min(len(r.Trace)-1, l.step+1)
		case key.Matches(k, keys.Top):
			l.step = 0
		case key.Matches(k, keys.Bottom):
			l.step = len(r.Trace) - 1
		case key.Matches(k, keys.Text):
			if l.step >= 0 && l.step < len(r.Trace) {
				if a := r.Trace[l.step].Article; a != "" {
					if _, ok := treaty.TextByID(a); ok {
						return ShowText{ID: a}, true
					}
					return Status{Text: "no text for " + a, Error: true}, true
				}
			}
			return Status{Text: "this step is a finding of fact: it cites no article"}, true
		default:
			return nil, false
		}
		return nil, true
	}
	id, _, _, _ := l.sit.Field(l.sitCur)
	switch {
	case key.Matches(k, keys.Up):
		l.sitCur = max(0, l.sitCur-1)
	case key.Matches(k, keys.Down):
		l.sitCur = min(l.sit.Fields()-1, l.sitCur+1)
	case key.Matches(k, keys.Top):
		l.sitCur = 0
	case key.Matches(k, keys.Bottom):
		l.sitCur = l.sit.Fields() - 1
	case key.Matches(k, keys.Left):
		l.sit.Step(id, -1)
		l.rulingSc = Scroller{}
	case key.Matches(k, keys.Right):
		l.sit.Step(id, 1)
		l.rulingSc = Scroller{}
	case key.Matches(k, keys.YearBack):
		l.stepDate(-12)
	case key.Matches(k, keys.YearOn):
		l.stepDate(12)
	case key.Matches(k, keys.Reset):
		l.sit.Reset()
		l.rulingSc = Scroller{}
		return Status{Text: "The situation is back to its defaults."}, true
	case key.Matches(k, keys.Rule):
		l.ruling, l.step, l.rulingSc = true, 0, Scroller{}
		r := l.sit.Ruling()
		for i, s := range r.Trace {
			if s.Article != "" {
				l.step = i
				break
			}
		}
	default:
		return nil, false
	}
	return nil, true
}

// stepDate moves the date by n months, within the months the module rules on.
func (l *TreatyLab) stepDate(n int) {
	m := l.sit.Date().Add(n)
	m = min(max(m, sitFirst), sitLast)
	l.sit.Set(FDate, m.String())
	l.rulingSc = Scroller{}
}

// situationView is the builder: the form and the ruling, side by side when there is room, else
// the form above the ruling (the ruling alone while it has the keys).
func (l *TreatyLab) situationView(ctx *Ctx, w, h int) []string {
	t := ctx.Theme
	r := l.sit.Ruling()
	if w >= 100 && !t.Plain {
		fw := 46
		form := l.formLines(t, fw, h)
		rw := w - fw - 3
		// The situation and the answer stay in sight while the reasoning scrolls below them.
		head := append(RulingHead(ctx, l.sit, r, rw), "")
		rh := max(h-len(head), 1)
		ruling, cur := RulingLines(ctx, l.sit, r, rw, l.cursorStep())
		l.keepStep(cur, rh)
		right := append(head, l.rulingSc.View(t, ruling, rw, rh)...)
		left, rightB := c.Block(form, fw, h), c.Block(right, rw, h)
		out := make([]string, h)
		bar := t.Faint.Render(" │ ")
		for i := range h {
			out[i] = left[i] + bar + rightB[i]
		}
		return out
	}
	var top []string
	if l.ruling {
		// The answer stays in sight while the reasoning scrolls.
		top = RulingHead(ctx, l.sit, r, w)
	} else {
		fh := min(l.sit.Fields(), max(h*2/5, 5))
		top = l.formLines(t, w, fh)
	}
	top = append(top, c.Rule(t, "", w))
	rh := max(h-len(top), 1)
	ruling, cur := RulingLines(ctx, l.sit, r, w, l.cursorStep())
	if !l.ruling {
		ruling = append(RulingHead(ctx, l.sit, r, w), ruling...)
		cur = -1
	}
	l.keepStep(cur, rh)
	return append(top, l.rulingSc.View(t, ruling, w, rh)...)
}

func (l *TreatyLab) cursorStep() int {
	if l.ruling {
		return l.step
	}
	return -1
}

// keepStep scrolls the ruling so that the line of the step under the cursor is in view, a third
// of the way down when it has to move.
func (l *TreatyLab) keepStep(line, h int) {
	if line < 0 || h <= 2 {
		return
	}
	if line < l.rulingSc.Offset+1 || line >= l.rulingSc.Offset+h-2 {
		l.rulingSc.Offset = max(0, line-h/3)
	}
}

// hang wraps a text that begins with a label at w cells, the lines after the first indented.
func hang(s string, w int, indent string) []string {
	lines := c.Wrap(s, w)
	if len(lines) <= 1 {
		return lines
	}
	rest := c.Wrap(strings.Join(lines[1:], " "), w-c.Width(indent))
	for i := range rest {
		rest[i] = indent + rest[i]
	}
	return append(lines[:1], rest...)
}

// formLines draws the builder's fields in w×h, the cursor's in view.
func (l *TreatyLab) formLines(t *theme.Theme, w, h int) []string {
	n := l.sit.Fields()
	l.sitFirst = c.Window(n, l.sitCur, h, l.sitFirst)
	labelW := 20
	var out []string
	for i := l.sitFirst; i < n && len(out) < h; i++ {
		id, label, _, _ := l.sit.Field(i)
		value := l.sit.Label(id)
		note := ""
		if f := l.sit.field(id); f.Note != nil {
			note = f.Note(l.sit)
		}
		pre := "  "
		vst := t.Text
		if f := l.sit.field(id); note != "" || (f.Dim != nil && f.Dim(l.sit)) {
			vst = t.Faint
		}
		v := vst.Render(value)
		if i == l.sitCur {
			pre = t.Cursor.Render("▸ ")
			if l.ruling {
				v = t.Bold.Render(value)
			} else {
				v = t.Key.Render("‹ ") + t.Selected.Render(value) + t.Key.Render(" ›")
			}
		}
		line := pre + c.Pad(t.Subtle.Render(label), labelW) + v
		if note != "" {
			line += t.Faint.Render("  " + note)
		}
		out = append(out, c.Truncate(line, w))
	}
	return out
}

// obligationStyle is how an obligation is shown: assistance as good news for the victim, none as
// bad, consultation between.
func obligationStyle(t *theme.Theme, o treaty.Obligation) c.Style {
	switch o {
	case treaty.ObligeAssistance:
		return t.Ally.Bold(true).Reverse(true)
	case treaty.ObligeConsultation:
		return t.Warning.Reverse(true)
	}
	return t.Rival.Bold(true).Reverse(true)
}

// obligationLines are a ruling's answer: the obligation and the articles it rests on.
func obligationLines(t *theme.Theme, r treaty.Ruling, w int) []string {
	var arts []string
	for i, a := range r.Articles {
		st := t.Key.Render(a)
		if i == 0 {
			st = t.Subtle.Render("on ") + st
		}
		arts = append(arts, st)
	}
	if len(arts) == 0 {
		arts = []string{t.Subtle.Render("on no article")}
	}
	head := obligationStyle(t, r.Obligation).Render(" "+strings.ToUpper(string(r.Obligation))+" ") + "  "
	lines := wrapParts(arts, w-c.Width(head))
	for i := range lines {
		if i == 0 {
			lines[i] = head + lines[i]
		} else {
			lines[i] = strings.Repeat(" ", c.Width(head)) + lines[i]
		}
	}
	return lines
}

// RulingHead is the top of a ruling: the situation in words, the obligation and its articles.
func RulingHead(ctx *Ctx, b *Builder, r treaty.Ruling, w int) []string {
	t := ctx.Theme
	out := c.Wrap(t.Subtle.Render(b.Sentence()), w)
	return append(out, obligationLines(t, r, w)...)
}

// RulingLines draws the rest of a ruling (below RulingHead): the summary, whether help could
// arrive, the numbered reasoning (the step under the cursor, if any, highlighted; it returns that
// step's first line), the facts taken as given and the situation as `pact treaty check` reads it.
func RulingLines(ctx *Ctx, b *Builder, r treaty.Ruling, w int, cursor int) ([]string, int) {
	t := ctx.Theme
	var out []string
	out = append(out, c.Wrap(t.Text.Render(r.Summary), w)...)
	if r.NonAssistance {
		out = append(out, c.Wrap(t.Subtle.Render("Also: the other party must give the aggressor no help (protocol point IV)."), w)...)
	}
	dl := t.Rival.Render("✗ help could not arrive: ")
	if r.Deliverable.Possible {
		dl = t.Ally.Render("✓ help could arrive: ")
	}
	out = append(out, hang(dl+t.Text.Render(r.Deliverable.Why), w, "  ")...)
	head := "Reasoning"
	if cursor >= 0 {
		head += " · enter: the cited article's text"
	} else {
		head += " · enter to walk through it"
	}
	out = append(out, "", c.Rule(t, head, w))
	cur := -1
	const tagW = 15
	for i, s := range r.Trace {
		num := fmt.Sprintf("%2d ", i+1)
		tag := c.Pad(t.Faint.Render("·"), tagW)
		if s.Article != "" {
			tag = c.Pad(t.Key.Render(s.Article), tagW)
		}
		st := t.Text
		if s.Article == "" {
			st = t.Subtle
		}
		pre := "  "
		if i == cursor {
			cur = len(out)
			pre = t.Cursor.Render("▸ ")
			if s.Article != "" {
				tag = c.Pad(t.Selected.Render(s.Article), tagW)
			}
			st = t.Bold
		}
		out = append(out, c.WrapIndent(st.Render(s.Text), w, pre+t.Faint.Render(num)+tag, strings.Repeat(" ", 2+3+tagW))...)
	}
	f := r.Facts
	out = append(out, "", c.Rule(t, "Taken as given", w))
	from := func(s string) string {
		if s == "situation" {
			return "as set"
		}
		return "from " + s
	}
	member := "not a League member"
	if f.AggressorMember {
		member = "a League member"
	}
	transit := "Poland " + passWord(f.Transit.Poland) + ", Romania " + passWord(f.Transit.Romania)
	facts := []string{
		fmt.Sprintf("the pact %s (%s)", PactStatus(f.Status), from(f.StatusFrom)),
		fmt.Sprintf("terms: %s (%s)", f.Terms.String(), from(f.TermsFrom)),
		fmt.Sprintf("%s %s (%s)", StateName(f.Aggressor), member, from(f.MemberFrom)),
		fmt.Sprintf("transit: %s (%s)", transit, from(f.TransitFrom)),
	}
	for _, x := range facts {
		out = append(out, c.WrapIndent(t.Subtle.Render(x), w, t.Faint.Render("· "), "  ")...)
	}
	out = append(out, "", c.Rule(t, "The same for pact treaty check --json", w))
	out = append(out, c.Wrap(t.Faint.Render(string(b.JSON())), w)...)
	return out, cur
}

func passWord(b bool) string {
	if b {
		return "grants passage"
	}
	return "refuses passage"
}

// ——— Texts ———

// textRows are the legal texts, grouped by instrument.
func textRows(_ *Ctx) []Row {
	var rows []Row
	last := ""
	for _, tx := range treaty.Texts() {
		if tx.Instrument != last {
			last = tx.Instrument
			rows = append(rows, Row{Header: true, Title: tx.Instrument})
		}
		rows = append(rows, Row{Key: "t:" + tx.ID, Title: tx.Title, Right: tx.ID})
	}
	return rows
}

// TextEntry is the encyclopedia entry of a legal text's instrument ("" if none): the entry that
// names the text, else one that names another text of the same instrument.
func TextEntry(ctx *Ctx, id string) string {
	if ctx.Lib == nil {
		return ""
	}
	for _, e := range ctx.Lib.Entries() {
		if slices.Contains(e.Texts, id) {
			return e.ID
		}
	}
	tx, ok := treaty.TextByID(id)
	if !ok {
		return ""
	}
	for _, other := range treaty.Texts() {
		if other.Instrument != tx.Instrument || other.ID == id {
			continue
		}
		for _, e := range ctx.Lib.Entries() {
			if slices.Contains(e.Texts, other.ID) {
				return e.ID
			}
		}
	}
	return ""
}

func (l *TreatyLab) textsView(ctx *Ctx, w, h int) []string {
	t := ctx.Theme
	rows := textRows(ctx)
	for i := range rows {
		if !rows[i].Header {
			rows[i].Right = t.Faint.Render(rows[i].Right)
		}
	}
	sp := splitLayout(t.Plain, w, h, len(rows))
	list := l.texts.Render(t, rows, sp.listW, sp.listH, true)
	var d []string
	if r, ok := l.texts.Selected(rows); ok {
		id := strings.TrimPrefix(r.Key, "t:")
		d = TextLines(ctx, id, sp.detailW, true)
		if e := TextEntry(ctx, id); e != "" {
			d = append(d, "", c.Truncate(t.Key.Render("e")+t.KeyDesc.Render(" the instrument in the encyclopedia"), sp.detailW))
		}
	}
	return renderSplit(t, sp, list, l.textsDoc.View(t, d, sp.detailW, sp.detailH), w, h)
}

// TextLines renders a legal text: its title (if withTitle) and instrument, our explanation, then each wording
// under its status label (verbatim, standard edition, our translation, paraphrase) with its
// source, and the note.
func TextLines(ctx *Ctx, id string, w int, withTitle bool) []string {
	t := ctx.Theme
	tx, ok := treaty.TextByID(id)
	if !ok {
		return c.Wrap("There is no text "+id+".", w)
	}
	var out []string
	if withTitle {
		out = append(out, c.Wrap(t.Heading.Render(tx.Title), w)...)
	}
	out = append(out, c.Wrap(t.Subtle.Render(tx.Instrument+" · "+tx.ID), w)...)
	out = append(out, "", t.Subheading.Render("In plain words"))
	out = append(out, c.Wrap(t.Text.Render(tx.Explanation), w)...)
	for _, v := range tx.Versions {
		label := labelWords(v.Label)
		out = append(out, "", c.Truncate(t.Subheading.Render(string(v.Label))+t.Subtle.Render(" · "+label+" · "+v.Lang), w))
		st := t.Text
		if !v.Label.Official() {
			st = t.Subtle
		}
		for _, p := range strings.Split(strings.TrimSpace(v.Text), "\n\n") {
			out = append(out, c.Wrap(st.Render(strings.Join(strings.Fields(p), " ")), w)...)
		}
		if v.Source != "" {
			out = append(out, c.Wrap(t.Faint.Render("source: "+v.Source), w)...)
		}
	}
	if tx.Note != "" {
		out = append(out, "", t.Subheading.Render("Note"))
		out = append(out, c.Wrap(t.Subtle.Render(tx.Note), w)...)
	}
	return out
}

// labelWords says what a status label means.
func labelWords(l treaty.Label) string {
	switch l {
	case treaty.LabelVerbatimFR:
		return "the authentic French wording, checked"
	case treaty.LabelVerbatimEN:
		return "the official English wording, checked"
	case treaty.LabelStandardEN:
		return "official English as printed in the standard editions"
	case treaty.LabelWorking:
		return "our own translation, not an official text"
	case treaty.LabelParaphrase:
		return "our summary: the official wording was not found"
	}
	return ""
}
