package screens

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/treaty"
	c "github.com/pactgame/pact/ui/components"
)

// TreatyLab is the Treaty lab: the pact's place in its lifecycle, its terms and what they do,
// each party's ratification with the votes by group, the log of its steps, and the texts it rests
// on — the treaty's articles, its protocol, the Covenant and Locarno — with their explanations.
type TreatyLab struct{ studyFrame }

// NewTreatyLab makes the Treaty lab.
func NewTreatyLab() *TreatyLab {
	k := DefaultStudyKeys()
	k.groups = func(k StudyKeys) []HelpGroup {
		return []HelpGroup{
			{"Read", []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown}},
			{"Study", []key.Binding{k.Treaty, k.Encyclopedia, k.History, k.Records}},
			{"Pact", []key.Binding{k.Back, k.Help, k.Quit}},
		}
	}
	return &TreatyLab{studyFrame{keys: k}}
}

// Keys is the lab's keymap.
func (l *TreatyLab) Keys() KeyMap { return l.keys }

func (l *TreatyLab) rows() []Row {
	rows := []Row{{Header: true, Title: "The pact"}, {Key: "pact", Title: "Status and terms"}, {Key: "ratification", Title: "Ratification and votes"}, {Key: "log", Title: "Its history so far"}}
	last := ""
	for _, tx := range treaty.Texts() {
		if tx.Instrument != last {
			last = tx.Instrument
			rows = append(rows, Row{Header: true, Title: tx.Instrument})
		}
		rows = append(rows, Row{Key: "t:" + tx.ID, Title: tx.Title})
	}
	return rows
}

var lifecycle = []treaty.Status{treaty.StatusNone, treaty.StatusTalks, treaty.StatusAgreed, treaty.StatusSigned, treaty.StatusRatified, treaty.StatusInForce}

// lifecycleLine draws the stages of the pact with the present one marked.
func lifecycleLine(ctx *Ctx, st treaty.Status, w int) []string {
	t := ctx.Theme
	var parts []string
	reached := true
	for _, s := range lifecycle {
		name := PactStatus(s)
		switch {
		case s == st:
			parts = append(parts, t.Selected.Render(" "+name+" "))
			reached = false
		case reached:
			parts = append(parts, t.Ally.Render(name))
		default:
			parts = append(parts, t.Faint.Render(name))
		}
	}
	line := strings.Join(parts, t.Faint.Render(" → "))
	out := wrapParts([]string{line}, w)
	switch st {
	case treaty.StatusInvoked, treaty.StatusDenounced, treaty.StatusExpired, treaty.StatusCollapsed:
		out = append(out, t.Warning.Render("now: "+PactStatus(st)))
	}
	return out
}

func (l *TreatyLab) detail(ctx *Ctx, r Row, w int) []string {
	t, s := ctx.Theme, ctx.S
	if s == nil {
		return c.Wrap(t.Subtle.Render("Start a campaign to follow the pact; the texts are here already."), w)
	}
	st := s.State()
	p := &st.Pact
	tv := game.TreatyOf(st)
	var out []string
	switch r.Key {
	case "pact":
		out = append(out, t.Heading.Render("Where the pact stands"))
		out = append(out, lifecycleLine(ctx, p.Status, w)...)
		dates := []struct{ what, when string }{{"talks opened", tv.TalksOpened}, {"agreed", tv.Agreed}, {"signed", tv.Signed}, {"in force", tv.InForce}, {"ended", tv.Ended}}
		var ds []string
		for _, d := range dates {
			if d.when != "" {
				ds = append(ds, d.what+" "+d.when)
			}
		}
		if len(ds) > 0 {
			out = append(out, c.Wrap(t.Subtle.Render(strings.Join(ds, " · ")), w)...)
		}
		out = append(out, "", t.Heading.Render("Terms"))
		if p.Status == treaty.StatusNone {
			out = append(out, c.Wrap(t.Subtle.Render("No talks yet: the terms are shaped once talks open (the council's pact decisions)."), w)...)
		} else {
			terms := p.Terms
			add := func(k, v string) { out = append(out, c.Truncate(c.Pad(t.Subtle.Render(k), 22)+t.Text.Render(v), w)) }
			add("Kind", string(terms.Kind))
			add("Assistance", map[treaty.Automaticity]string{treaty.AutoCouncil: "after the League Council", treaty.AutoProtocol: "even without a Council verdict (protocol)", treaty.AutoAutomatic: "automatic, at once"}[terms.Automaticity])
			lc := "yes: nothing against Locarno"
			if !terms.LocarnoClause {
				lc = "dropped"
			}
			add("Locarno safeguard", lc)
			add("Military convention", map[treaty.Convention]string{treaty.ConventionNone: "none", treaty.ConventionStaff: "staff talks", treaty.ConventionFull: "a full convention"}[terms.Convention])
			add("Duration", fmt.Sprintf("%d years", terms.DurationYears))
		}
		out = append(out, "", t.Heading.Render("What it weighs"))
		out = append(out, c.Truncate(t.Text.Render(fmt.Sprintf("Deterrence of Germany it adds: %d · the pretext it hands Berlin: %d", tv.Deterrence, tv.Pretext)), w))
		var legal []string
		for _, a := range p.Legal() {
			legal = append(legal, strings.ReplaceAll(string(a), "_", " "))
		}
		if len(legal) > 0 {
			out = append(out, c.Wrap(t.Subtle.Render("Next steps the treaty allows: "+strings.Join(legal, ", ")+" — taken through the council's pact decisions."), w)...)
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
			out = append(out, c.Wrap(t.Subtle.Render("Could Soviet help arrive? "+strings.Join(passage, "; ")+"."), w)...)
		}
	case "ratification":
		if len(p.Ratification) == 0 {
			return c.Wrap(t.Subtle.Render("Nothing to ratify yet: the pact must first be signed."), w)
		}
		for _, rat := range p.Ratification {
			name := string(rat.Party)
			if pw, err := game.ParsePower(name); err == nil {
				name = pw.Title()
			}
			state := t.Subtle.Render("not yet ratified")
			if rat.Ratified {
				state = t.Ally.Render("ratified " + rat.Date.Name())
			}
			out = append(out, t.Heading.Render(name)+"  "+state)
			if len(rat.Votes) == 0 {
				out = append(out, t.Faint.Render("no vote yet"))
			}
			for _, v := range rat.Votes {
				out = append(out, t.Subheading.Render(bodyName(v.Body)))
				out = append(out, VoteLines(ctx, v, w)...)
			}
			out = append(out, "")
		}
	case "log":
		if len(p.Log) == 0 {
			return c.Wrap(t.Subtle.Render("Nothing has happened to the pact yet."), w)
		}
		for _, tr := range p.Log {
			out = append(out, c.Truncate(t.Subheading.Render(tr.Date.Name())+t.Subtle.Render(fmt.Sprintf("  %s → %s", PactStatus(tr.From), PactStatus(tr.To))), w))
			out = append(out, c.WrapIndent(tr.Reason, w, "  ", "  ")...)
		}
	default:
		id := strings.TrimPrefix(r.Key, "t:")
		tx, ok := treaty.TextByID(id)
		if !ok {
			return nil
		}
		out = append(out, c.Wrap(t.Heading.Render(tx.Title), w)...)
		out = append(out, c.Truncate(t.Subtle.Render(tx.Instrument), w), "")
		out = append(out, c.Wrap(t.Text.Render(tx.Explanation), w)...)
		for _, v := range tx.Versions {
			out = append(out, "", t.Subheading.Render(fmt.Sprintf("%s (%s)", v.Label, v.Lang)))
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
			out = append(out, "")
			out = append(out, c.Wrap(t.Subtle.Render(tx.Note), w)...)
		}
	}
	return out
}

// View renders the lab.
func (l *TreatyLab) View(ctx *Ctx, w, h int) string {
	rows := l.rows()
	return l.frame(ctx, "Treaty lab · the Franco-Soviet pact", nil, rows, func(r Row, dw int) []string { return l.detail(ctx, r, dw) }, w, h)
}

// Update answers keys and the mouse.
func (l *TreatyLab) Update(ctx *Ctx, msg tea.Msg) Action {
	rows := l.rows()
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		l.w, l.h = msg.Width, msg.Height
	case tea.KeyPressMsg:
		a, _ := l.studyKey(msg, rows)
		return a
	default:
		l.mouse(msg, rows, 0)
	}
	return nil
}
