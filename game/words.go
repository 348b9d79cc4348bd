package game

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/parser"

	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/treaty"
)

// Describe says a condition in words, for people: "the Rhineland is demilitarised", "the Franco-
// Soviet pact is signed or ratified", "‘The Chamber debates the pact’ has happened". It names
// fields by their labels and events, options and crises by their titles; what it cannot put in
// words it leaves as written. It is for the screen only: rules never read it.
func (sc *Scenario) Describe(e *Expr) string {
	if e == nil {
		return ""
	}
	if d := e.words.Load(); d != nil && d.sc == sc {
		return d.words
	}
	w := e.Src
	if tree, err := parser.Parse(e.Src); err == nil {
		w = sc.words(tree.Node, true)
	}
	e.words.Store(&described{sc: sc, words: w})
	return w
}

// Requirement says a condition as what something needs: "only after ‘…’", "only if the pact is signed".
func (sc *Scenario) Requirement(e *Expr) string {
	w := sc.Describe(e)
	if timePhrase(w) {
		return "only " + w
	}
	return "only if " + w
}

// timePhrase reports whether words begin with a preposition of time ("after ‘…’", "from April 1936").
func timePhrase(w string) bool {
	for _, p := range []string{"after ", "from ", "before ", "until ", "in "} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// Needed says what an event that did not come needed: "it needed that the pact is signed", "it
// could come only after ‘…’".
func (sc *Scenario) Needed(e *Expr) string {
	w := sc.Describe(e)
	if timePhrase(w) {
		return "it could come only " + w
	}
	return "it needed that " + w
}

// Awaits says what a delayed event waits for: "it waits until the Rhineland is remilitarised",
// "it waits until April 1936".
func (sc *Scenario) Awaits(e *Expr) string {
	w := sc.Describe(e)
	if rest, ok := strings.CutPrefix(w, "from "); ok {
		return "it waits until " + rest
	}
	if timePhrase(w) && !strings.HasPrefix(w, "after ") {
		return "it can come only " + w
	}
	return "it waits until " + w
}

// FlagLabel names a flag for people: a tie by its name, another flag by the one event, option or
// decision that sets it, else by its own name with spaces.
func (sc *Scenario) FlagLabel(name string) string {
	if id, ok := strings.CutPrefix(name, "tie."); ok {
		for _, t := range sc.Ties {
			if t.ID == id {
				if rest, ok := strings.CutPrefix(t.Name, "The "); ok {
					return "the " + rest
				}
				return t.Name
			}
		}
		return strings.ReplaceAll(id, "_", " ")
	}
	if kind, id := sc.flagSource(name); kind != "" {
		return sc.happening(id)
	}
	return "‘" + strings.ReplaceAll(name, "_", " ") + "’"
}

// flagSource finds the only event, option or decision whose effects set the flag: its kind
// ("event", "option", "decision") and id, or "" if none or several do.
func (sc *Scenario) flagSource(name string) (kind, id string) {
	n := 0
	sets := func(k, i string, effects []Effect) {
		for _, e := range effects {
			if e.Op == OpFlag && e.Str == name {
				kind, id = k, i
				n++
				return
			}
		}
	}
	for _, ev := range sc.Events {
		sets("event", ev.ID, ev.Body.Effects)
		for _, o := range ev.Options {
			sets("option", o.FullID(), o.Body.Effects)
		}
	}
	for _, d := range sc.Decisions {
		sets("decision", d.ID, d.Body.Effects)
	}
	if n != 1 {
		return "", ""
	}
	return kind, id
}

// pactWords are the pact's fields in words: a name for comparisons, or the sentence a boolean
// says when true and when false.
var pactWords = map[string][3]string{
	"status":          {"the pact", "", ""},
	"kind":            {"the pact", "", ""},
	"automaticity":    {"the pact's assistance", "", ""},
	"convention":      {"the pact's military convention", "", ""},
	"locarno_clause":  {"", "the pact keeps the Locarno clause", "the pact drops the Locarno clause"},
	"chamber_passed":  {"", "the Chamber of Deputies has approved the pact", "the Chamber of Deputies has not approved the pact"},
	"senate_passed":   {"", "the French Senate has approved the pact", "the French Senate has not approved the pact"},
	"france_ratified": {"", "France has ratified the pact", "France has not ratified the pact"},
	"ussr_ratified":   {"", "the USSR has ratified the pact", "the USSR has not ratified the pact"},
	"signed":          {"the pact's signature", "", ""},
	"in_force":        {"the pact's entry into force", "", ""},
	"deterrence":      {"the pact's deterrence", "", ""},
	"pretext":         {"the pretext the pact gives Germany", "", ""},
}

// stateWords put the values of enum fields as a predicate: "the Rhineland is demilitarised",
// "Ethiopia is at war", "the pact is under negotiation". Values not listed read as themselves.
var stateWords = map[string]map[string]string{
	"pact.status": {"none": "not under discussion", "talks": "under negotiation", "agreed": "agreed in principle",
		"ratified": "ratified by one party", "in_force": "in force"},
	"pact.convention":   {"none": "absent", "staff_talks": "limited to staff talks", "full": "complete"},
	"pact.automaticity": {"council": "bound to the League Council", "protocol": "as in the 1935 protocol", "automatic": "automatic"},
	"pact.kind":         {"multilateral": "multilateral (an Eastern Locarno)", "bilateral": "bilateral"},
	"saar":              {"league": "under the League", "german": "returned to Germany", "status_quo": "kept under the League by plebiscite"},
	"stresa":            {"none": "not formed", "formed": "formed", "broken": "broken"},
	"ethiopia": {"peace": "at peace", "crisis": "in crisis", "war": "at war", "conquered": "conquered",
		"compromise": "settled by compromise"},
	"spain":   {"peace": "at peace", "civil_war": "in civil war"},
	"austria": {"satellite": "a German satellite"},
}

// stateNotWords put the negation of some enum values where "is not …" would not read.
var stateNotWords = map[string]map[string]string{
	"pact.status": {"none": "on the table"},
}

// ValueWords says a value of an enum field in words: "in civil war" for spain = civil_war, "under
// negotiation" for pact.status = talks; a value without words of its own reads with spaces.
func ValueWords(path, value string) string {
	if w, ok := stateWords[path][value]; ok {
		return w
	}
	return strings.ReplaceAll(value, "_", " ")
}

// TermsWords says the pact's terms in words: "bilateral; assistance as in the 1935 protocol; the
// Locarno clause kept; no military convention; 5 years".
func TermsWords(t treaty.Terms) string {
	clause := "the Locarno clause kept"
	if !t.LocarnoClause {
		clause = "the Locarno clause dropped"
	}
	conv := map[treaty.Convention]string{treaty.ConventionNone: "no military convention",
		treaty.ConventionStaff: "staff talks", treaty.ConventionFull: "a full military convention"}[t.Convention]
	if conv == "" {
		conv = string(t.Convention)
	}
	years := fmt.Sprintf("%d years", t.DurationYears)
	if t.DurationYears == 0 {
		years = "no term set"
	}
	return fmt.Sprintf("%s; assistance %s; %s; %s; %s", ValueWords("pact.kind", string(t.Kind)),
		ValueWords("pact.automaticity", string(t.Automaticity)), clause, conv, years)
}

// crisisWords put a crisis's status as a predicate, true and false.
var crisisWords = map[string][2]string{
	"open":        {"is open", "is not open"},
	"backed_down": {"ended in the aggressor's retreat", "did not end in the aggressor's retreat"},
	"accepted":    {"ended in the fait accompli", "did not end in the fait accompli"},
	"war":         {"ended in war", "did not end in war"},
	"settled":     {"was settled", "was not settled"},
	"":            {"has not opened", "has opened"},
}

// globalBools are the top-level booleans in words, true and false.
var globalBools = map[string][2]string{
	"war": {"a general war has broken out", "there is no general war"},
}

// globalNames are the top-level integers outside the catalogue.
var globalNames = map[string]string{
	"deterrence": "the deterrence Germany faces", "appetite": "Germany's appetite for risk", "year": "the year", "month": "the month",
}

func (sc *Scenario) words(n ast.Node, positive bool) string {
	switch n := n.(type) {
	case *ast.UnaryNode:
		if n.Operator == "not" || n.Operator == "!" {
			return sc.words(n.Node, !positive)
		}
	case *ast.BinaryNode:
		switch n.Operator {
		case "and", "&&", "or", "||":
			and := n.Operator == "and" || n.Operator == "&&"
			if !positive { // De Morgan: not (a and b) is (not a) or (not b)
				and = !and
			}
			sep := " and "
			if !and {
				sep = " or "
			}
			if and && positive {
				if s, ok := sc.happenedAgo(n.Left, n.Right); ok {
					return s
				}
			}
			return sc.clause(n.Left, positive, and) + sep + sc.clause(n.Right, positive, and)
		case "==", "!=", "<", "<=", ">", ">=", "in":
			if s, ok := sc.comparison(n, positive); ok {
				return s
			}
		}
	case *ast.CallNode:
		if s, ok := sc.call(n, positive); ok {
			return s
		}
	case *ast.MemberNode, *ast.IdentifierNode:
		if s, ok := sc.boolean(pathOf(n), positive); ok {
			return s
		}
	case *ast.BoolNode:
		if n.Value == positive {
			return "always"
		}
		return "never"
	}
	if positive {
		return printed(n)
	}
	return "not (" + printed(n) + ")"
}

// happenedAgo words the idiom "since('x') >= N and since('x') < 999": x happened N or more months ago.
func (sc *Scenario) happenedAgo(l, r ast.Node) (string, bool) {
	since := func(n ast.Node) (id, op string, v int, ok bool) {
		b, ok := n.(*ast.BinaryNode)
		if !ok {
			return "", "", 0, false
		}
		c, ok := b.Left.(*ast.CallNode)
		if !ok {
			return "", "", 0, false
		}
		name, args := callName(c)
		num, ok := b.Right.(*ast.IntegerNode)
		if name != "since" || len(args) != 1 || !ok {
			return "", "", 0, false
		}
		return args[0], b.Operator, num.Value, true
	}
	id1, op1, v1, ok1 := since(l)
	id2, op2, v2, ok2 := since(r)
	if !ok1 || !ok2 || id1 != id2 || op1 != ">=" || op2 != "<" || v2 != 999 || v1 >= 999 {
		return "", false
	}
	if v1 <= 1 {
		return sc.happening(id1) + " happened before this month", true
	}
	return fmt.Sprintf("%s happened %d or more months ago", sc.happening(id1), v1), true
}

// clause words one side of and/or, in brackets when it mixes the other connective.
func (sc *Scenario) clause(n ast.Node, positive, and bool) string {
	node, pos := n, positive
	for {
		u, ok := node.(*ast.UnaryNode)
		if !ok || (u.Operator != "not" && u.Operator != "!") {
			break
		}
		node, pos = u.Node, !pos
	}
	if b, ok := node.(*ast.BinaryNode); ok {
		innerAnd := b.Operator == "and" || b.Operator == "&&"
		if b.Operator == "or" || b.Operator == "||" || innerAnd {
			if !pos {
				innerAnd = !innerAnd
			}
			if innerAnd != and {
				return "(" + sc.words(n, positive) + ")"
			}
		}
	}
	return sc.words(n, positive)
}

func printed(n ast.Node) string { return strings.TrimSpace(n.String()) }

// pathOf is the dotted path of a member or identifier ("relations.france.ussr"), "" if it is not one.
func pathOf(n ast.Node) string {
	switch n := n.(type) {
	case *ast.IdentifierNode:
		return n.Value
	case *ast.MemberNode:
		prop, ok := n.Property.(*ast.StringNode)
		if !ok {
			return ""
		}
		if base := pathOf(n.Node); base != "" {
			return base + "." + prop.Value
		}
	case *ast.ChainNode:
		return pathOf(n.Node)
	}
	return ""
}

// boolean words a boolean field standing alone ("not pact.france_ratified").
func (sc *Scenario) boolean(path string, positive bool) (string, bool) {
	pick := func(yes, no string) string {
		if positive {
			return yes
		}
		return no
	}
	if rest, ok := strings.CutPrefix(path, "pact."); ok {
		if w, ok := pactWords[rest]; ok && w[1] != "" {
			return pick(w[1], w[2]), true
		}
	}
	if w, ok := globalBools[path]; ok {
		return pick(w[0], w[1]), true
	}
	if power, ok := strings.CutSuffix(path, ".league"); ok {
		if p, err := ParsePower(power); err == nil {
			return pick(p.Name()+" is in the League", p.Name()+" is not in the League"), true
		}
	}
	if minor, ok := strings.CutSuffix(path, ".passage"); ok {
		if f, ok := sc.Fields.Lookup(path); ok {
			name := strings.TrimSuffix(f.Label, "'s passage for Soviet troops")
			if name == f.Label {
				name = minor
			}
			return pick(name+" grants passage to Soviet troops", name+" refuses passage to Soviet troops"), true
		}
	}
	return "", false
}

// subject names what one side of a comparison reads, with the path of the field if it is one.
func (sc *Scenario) subject(n ast.Node) (words, path string, ok bool) {
	switch x := n.(type) {
	case *ast.CallNode:
		words, ok = sc.callSubject(x)
		return words, "", ok
	case *ast.IntegerNode:
		return strconv.Itoa(x.Value), "", true
	case *ast.BinaryNode:
		if x.Operator != "+" && x.Operator != "-" {
			return "", "", false
		}
		l, _, ok1 := sc.subject(x.Left)
		r, _, ok2 := sc.subject(x.Right)
		if !ok1 || !ok2 {
			return "", "", false
		}
		if x.Operator == "+" {
			return l + " plus " + r, "", true
		}
		return l + " minus " + r, "", true
	}
	path = pathOf(n)
	if path == "" {
		return "", "", false
	}
	if rest, found := strings.CutPrefix(path, "pact."); found {
		if w, found := pactWords[rest]; found && w[0] != "" {
			return w[0], path, true
		}
		return "", "", false
	}
	if w, found := globalNames[path]; found {
		return w, path, true
	}
	if f, found := sc.Fields.Lookup(path); found {
		if name, found := strings.CutSuffix(f.Label, "'s alignment"); found {
			return name, path, true
		}
		if f.Kind == NameField { // "the French foreign minister"
			return "the " + f.Label, path, true
		}
		return f.Label, path, true
	}
	return "", "", false
}

// callSubject names a call whose value is compared: since('x'), crisis('x'), rung('x', 'p').
func (sc *Scenario) callSubject(c *ast.CallNode) (string, bool) {
	name, args := callName(c)
	switch {
	case name == "since" && len(args) == 1:
		return "months since " + sc.happening(args[0]), true
	case name == "crisis" && len(args) == 1:
		return sc.crisisName(args[0]), true
	case name == "rung" && len(args) == 2:
		if p, err := ParsePower(args[1]); err == nil {
			return p.Adjective() + " rung in " + sc.crisisName(args[0]), true
		}
	}
	return "", false
}

// callName is the function's name and its string arguments ("" name if they are not all strings).
func callName(c *ast.CallNode) (string, []string) {
	id, ok := c.Callee.(*ast.IdentifierNode)
	if !ok {
		return "", nil
	}
	args := make([]string, len(c.Arguments))
	for i, a := range c.Arguments {
		s, ok := a.(*ast.StringNode)
		if !ok {
			return "", nil
		}
		args[i] = s.Value
	}
	return id.Value, args
}

// crisisName is "the Rhineland crisis": the crisis's title in mid-sentence.
func (sc *Scenario) crisisName(id string) string {
	if def, ok := sc.CrisisDef(id); ok {
		t := def.Title
		if rest, ok := strings.CutPrefix(t, "The "); ok {
			t = "the " + rest
		}
		if !strings.Contains(strings.ToLower(t), "crisis") {
			t += " crisis"
		}
		return t
	}
	return "the " + strings.ReplaceAll(id, "_", " ") + " crisis"
}

// happening names an event, option or decision by its title in quotes.
func (sc *Scenario) happening(id string) string {
	if e, ok := sc.Event(id); ok {
		return "‘" + e.Title + "’"
	}
	if d, ok := sc.Decision(id); ok {
		return "‘" + d.Title + "’"
	}
	if o, ok := sc.Option(id); ok {
		return "‘" + o.Title + "’"
	}
	return "‘" + id + "’"
}

// chooser says who chose an option or took a decision: "Italy chose ‘War’".
func (sc *Scenario) chooser(id string, positive bool) string {
	who := ""
	if o, ok := sc.Option(id); ok && o.Event != nil {
		who = o.Event.Power.Name()
	} else if d, ok := sc.Decision(id); ok {
		who = d.Power.Name()
	}
	h := sc.happening(id)
	switch {
	case who == "" && positive:
		return h + " was chosen"
	case who == "":
		return h + " was not chosen"
	case positive:
		return who + " chose " + h
	}
	return who + " did not choose " + h
}

// call words a boolean call: flag('x'), fired('x'), chose('x').
func (sc *Scenario) call(c *ast.CallNode, positive bool) (string, bool) {
	name, args := callName(c)
	if len(args) != 1 {
		return "", false
	}
	pick := func(yes, no string) string {
		if positive {
			return yes
		}
		return no
	}
	switch name {
	case "flag":
		if strings.HasPrefix(args[0], "tie.") {
			l := sc.FlagLabel(args[0])
			verb := " is"
			if name, _, _ := strings.Cut(l, " ("); strings.HasSuffix(name, "s") {
				verb = " are"
			}
			return pick(l+verb+" in force", l+verb+" not in force"), true
		}
		if yes, no := sc.flagPhrases(args[0]); yes != "" {
			return pick(yes, no), true
		}
		l := sc.FlagLabel(args[0])
		return pick(l+" holds", l+" does not hold"), true
	case "fired":
		h := sc.happening(args[0])
		return pick(h+" has happened", h+" has not happened"), true
	case "chose":
		return sc.chooser(args[0], positive), true
	}
	return "", false
}

// flagPhrases say that the one thing that sets a flag has happened, and that it has not.
func (sc *Scenario) flagPhrases(name string) (yes, no string) {
	kind, id := sc.flagSource(name)
	switch kind {
	case "event", "decision":
		h := sc.happening(id)
		return "after " + h, h + " has not happened"
	case "option":
		return "after " + sc.chooser(id, true), "unless " + sc.chooser(id, true)
	}
	return "", ""
}

// comparison words "a op b".
func (sc *Scenario) comparison(n *ast.BinaryNode, positive bool) (string, bool) {
	op := n.Operator
	if !positive {
		op = map[string]string{"==": "!=", "!=": "==", "<": ">=", ">=": "<", ">": "<=", "<=": ">", "in": "not in"}[op]
	}
	if c, ok := n.Left.(*ast.CallNode); ok {
		name, args := callName(c)
		switch {
		case name == "since" && len(args) == 1:
			if s, ok := sc.sinceWords(args[0], op, n.Right); ok {
				return s, true
			}
		case name == "crisis" && len(args) == 1 && (op == "==" || op == "!="):
			if v, ok := n.Right.(*ast.StringNode); ok {
				if w, ok := crisisWords[v.Value]; ok {
					if op == "==" {
						return sc.crisisName(args[0]) + " " + w[0], true
					}
					return sc.crisisName(args[0]) + " " + w[1], true
				}
			}
		case name == "rung" && len(args) == 2:
			if s, ok := sc.rungWords(args, op, n.Right); ok {
				return s, true
			}
		}
	}
	if pathOf(n.Left) == "date" {
		if s, ok := n.Right.(*ast.StringNode); ok {
			if m, err := calendar.Parse(s.Value); err == nil {
				w := map[string]string{">=": "from ", ">": "after ", "<": "before ", "<=": "until ", "==": "in ", "!=": "not in "}[op]
				return w + m.Name(), true
			}
		}
	}
	subject, path, ok := sc.subject(n.Left)
	if !ok {
		return "", false
	}
	value := func(x ast.Node) (string, bool) {
		v, ok := constant(x)
		if !ok {
			return "", false
		}
		if s, isStr := x.(*ast.StringNode); isStr {
			if w, ok := stateWords[path][s.Value]; ok {
				return w, true
			}
			if strings.HasSuffix(path, ".alignment") {
				if p, err := ParsePower(s.Value); err == nil {
					return "aligned with " + p.Name(), true
				}
				if s.Value == "neutral" {
					return "neutral", true
				}
			}
		}
		return v, true
	}
	if op == "in" || op == "not in" {
		arr, ok := n.Right.(*ast.ArrayNode)
		if !ok {
			return "", false
		}
		var vals []string
		for _, x := range arr.Nodes {
			v, ok := value(x)
			if !ok {
				return "", false
			}
			vals = append(vals, v)
		}
		if op == "not in" {
			return subject + " is neither " + joinWords(vals, "nor"), true
		}
		return subject + " is " + joinWords(vals, "or"), true
	}
	if isNumber(n.Right) || !isConstant(n.Right) {
		other, ok := value(n.Right)
		if !ok {
			other, _, ok = sc.subject(n.Right)
		}
		if !ok {
			return "", false
		}
		w := map[string]string{"==": "at", "!=": "not at", "<": "below", "<=": "at or below",
			">": "above", ">=": "at or above"}[op]
		if isNumber(n.Right) {
			w = map[string]string{"==": "at", "!=": "not at", "<": "below", "<=": "at most",
				">": "above", ">=": "at least"}[op]
		}
		verb := " is "
		if strings.HasSuffix(subject, " relations") {
			verb = " are "
		}
		return subject + verb + w + " " + other, true
	}
	v, ok := value(n.Right)
	if !ok {
		return "", false
	}
	switch op {
	case "==":
		return subject + " is " + v, true
	case "!=":
		if s, isStr := n.Right.(*ast.StringNode); isStr {
			if w, ok := stateNotWords[path][s.Value]; ok {
				return subject + " is " + w, true
			}
		}
		return subject + " is not " + v, true
	}
	return "", false
}

// sinceWords words since('x') compared with a number: since(x) < 999 is the idiom for "x has
// happened" (since reads 999 for what never happened).
func (sc *Scenario) sinceWords(id, op string, right ast.Node) (string, bool) {
	v, ok := right.(*ast.IntegerNode)
	if !ok {
		return "", false
	}
	h := sc.happening(id)
	if v.Value >= 999 {
		switch op {
		case "<":
			return h + " has happened", true
		case ">=":
			return h + " has not happened", true
		}
		return "", false
	}
	switch op {
	case ">=":
		return h + " not within the last " + lastMonths(v.Value), true
	case ">":
		return h + " not within the last " + lastMonths(v.Value+1), true
	case "<":
		return h + " within the last " + lastMonths(v.Value), true
	case "<=":
		return h + " within the last " + lastMonths(v.Value+1), true
	}
	return "", false
}

// rungWords words rung('crisis', 'power') compared with a rung number.
func (sc *Scenario) rungWords(args []string, op string, right ast.Node) (string, bool) {
	v, ok := right.(*ast.IntegerNode)
	p, err := ParsePower(args[1])
	if !ok || err != nil || v.Value < 0 || v.Value >= NumRungs {
		return "", false
	}
	rung := strings.ToLower(RungTitles[v.Value])
	in := " in " + sc.crisisName(args[0])
	switch op {
	case ">=":
		return p.Name() + " at " + rung + " or beyond" + in, true
	case "<":
		return p.Name() + " short of " + rung + in, true
	case "==":
		return p.Name() + " at " + rung + in, true
	case "!=":
		return p.Name() + " not at " + rung + in, true
	}
	return "", false
}

func isNumber(n ast.Node) bool {
	switch x := n.(type) {
	case *ast.IntegerNode:
		return true
	case *ast.UnaryNode:
		_, ok := x.Node.(*ast.IntegerNode)
		return ok && x.Operator == "-"
	}
	return false
}

func isConstant(n ast.Node) bool {
	_, ok := constant(n)
	return ok
}

// constant is a literal in words: an enum value with spaces, a name as it is, a number.
func constant(n ast.Node) (string, bool) {
	switch n := n.(type) {
	case *ast.StringNode:
		return strings.ReplaceAll(n.Value, "_", " "), true
	case *ast.IntegerNode:
		return strconv.Itoa(n.Value), true
	case *ast.UnaryNode:
		if i, ok := n.Node.(*ast.IntegerNode); ok && n.Operator == "-" {
			return "−" + strconv.Itoa(i.Value), true
		}
	case *ast.BoolNode:
		return strconv.FormatBool(n.Value), true
	}
	return "", false
}

func joinWords(vals []string, conj string) string {
	switch len(vals) {
	case 0:
		return "nothing"
	case 1:
		return vals[0]
	}
	return strings.Join(vals[:len(vals)-1], ", ") + " " + conj + " " + vals[len(vals)-1]
}

// lastMonths is "month" or "3 months", after "within the last".
func lastMonths(n int) string {
	if n == 1 {
		return "month"
	}
	return months(n)
}

func months(n int) string {
	if n == 1 {
		return "a month"
	}
	return strconv.Itoa(n) + " months"
}
