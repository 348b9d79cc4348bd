package treaty

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	yaml "github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"

	"github.com/pactgame/pact/game/calendar"
)

// The values of a situation's enumerated fields.
var (
	situationKinds = []string{"attack", "threat"}
	targets        = []string{"territory", "ally", "colony"}
	councils       = []string{"none", "unanimous", "no_unanimity", "recommends_assistance"}
	positions      = []string{"support", "neutral", "oppose"}
	statuses       = []string{string(StatusNone), string(StatusTalks), string(StatusAgreed), string(StatusSigned), string(StatusRatified),
		string(StatusInForce), string(StatusInvoked), string(StatusDenounced), string(StatusExpired), string(StatusCollapsed)}
)

// SituationError is a bad situation: the field at fault (a dotted path such as "league.council";
// empty for a syntax error) and, when the situation was parsed, where it is. Error() is one line:
// NAME:LINE:COL: field "F": message, or NAME: field "F": message without a position.
type SituationError struct {
	Name      string // the input's name; "situation" when it has none
	Line, Col int    // 0 when unknown
	Field     string
	Msg       string
}

func (e *SituationError) Error() string {
	var b strings.Builder
	b.WriteString(e.Name)
	if e.Name == "" {
		b.WriteString("situation")
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Col)
	}
	b.WriteString(": ")
	if e.Field != "" {
		fmt.Fprintf(&b, "field %q: ", e.Field)
	}
	b.WriteString(e.Msg)
	return b.String()
}

// ParseSituation reads a situation written in JSON or YAML (JSON is read as YAML). It is strict: an
// unknown field, a wrong type, a bad value, a victim that is not a party, an aggressor that is no
// known state or an impossible date is a *SituationError naming the field and its position. name
// is the input's name for the messages (a file name; "" reads as "situation").
//
// The date is YYYY-MM, or YYYY-MM-DD when the day matters (the exchange of ratifications on
// 27 March 1936, Germany's withdrawal from the League in October 1935), within 1934-01 … 1939-08.
func ParseSituation(name string, data []byte) (s Situation, err error) {
	if name == "" {
		name = "situation"
	}
	d := &decoder{name: name, pos: map[string]ast.Node{}}
	defer func() {
		// The YAML library is not ours; whatever it does, a bad input is an error, never a panic.
		if r := recover(); r != nil {
			s, err = Situation{}, &SituationError{Name: name, Msg: fmt.Sprintf("the input could not be read (%v)", r)}
		}
	}()
	root, perr := d.parse(data)
	if perr != nil {
		return Situation{}, perr
	}
	if err := d.situation(root, &s); err != nil {
		return Situation{}, err
	}
	if field, msg := s.check(); field != "" {
		return Situation{}, d.fail(field, msg)
	}
	return s.normalised(), nil
}

// decoder walks the YAML tree of a situation, remembering each field's node for positions.
type decoder struct {
	name string
	pos  map[string]ast.Node // field path → its value node
	err  *SituationError
}

func (d *decoder) parse(data []byte) (ast.Node, error) {
	f, err := parser.ParseBytes(data, 0)
	if err != nil {
		e := &SituationError{Name: d.name, Msg: firstLine(err.Error())}
		var ye yaml.Error
		if errors.As(err, &ye) {
			e.Msg = "syntax error: " + firstLine(ye.GetMessage())
			if tk := ye.GetToken(); tk != nil && tk.Position != nil {
				e.Line, e.Col = tk.Position.Line, tk.Position.Column
			}
		}
		return nil, e
	}
	var bodies []ast.Node
	for _, doc := range f.Docs {
		if doc != nil && doc.Body != nil {
			bodies = append(bodies, doc.Body)
		}
	}
	switch len(bodies) {
	case 0:
		return nil, &SituationError{Name: d.name, Msg: "the situation is empty"}
	case 1:
		return bodies[0], nil
	}
	return nil, d.at(bodies[1], "", "more than one document: a situation is one mapping")
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// at builds an error at node n.
func (d *decoder) at(n ast.Node, field, msg string) *SituationError {
	e := &SituationError{Name: d.name, Field: field, Msg: msg}
	if m, ok := n.(*ast.MappingNode); ok && !m.IsFlowStyle && len(m.Values) > 0 {
		n = m.Values[0].Key // a block mapping is where its first key is
	}
	if mv, ok := n.(*ast.MappingValueNode); ok {
		n = mv.Key
	}
	if n != nil {
		if tk := n.GetToken(); tk != nil && tk.Position != nil {
			e.Line, e.Col = tk.Position.Line, tk.Position.Column
		}
	}
	return e
}

// fail builds an error for a field found by the semantic checks, at its node when it was written.
func (d *decoder) fail(field, msg string) *SituationError {
	return d.at(d.pos[field], field, msg)
}

// set records the first error only.
func (d *decoder) set(e *SituationError) {
	if d.err == nil {
		d.err = e
	}
}

// unwrap removes an anchor; tags and aliases are refused.
func (d *decoder) unwrap(n ast.Node, field string) (ast.Node, bool) {
	for {
		switch v := n.(type) {
		case *ast.AnchorNode:
			n = v.Value
		case *ast.TagNode:
			d.set(d.at(n, field, "YAML tags are not allowed in a situation"))
			return nil, false
		case *ast.AliasNode:
			d.set(d.at(n, field, "YAML aliases are not allowed in a situation"))
			return nil, false
		default:
			return n, n != nil
		}
	}
}

// kindOf names what a node is, for "found …" messages.
func kindOf(n ast.Node) string {
	switch v := n.(type) {
	case *ast.StringNode:
		return fmt.Sprintf("the string %q", v.Value)
	case *ast.LiteralNode:
		return "a block of text"
	case *ast.IntegerNode:
		return "the number " + v.GetToken().Value
	case *ast.FloatNode, *ast.InfinityNode, *ast.NanNode:
		return "the number " + n.GetToken().Value
	case *ast.BoolNode:
		return "a boolean"
	case *ast.NullNode:
		return "null"
	case *ast.MappingNode, *ast.MappingValueNode:
		return "a mapping"
	case *ast.SequenceNode:
		return "a list"
	}
	return "a value of another kind"
}

// entry is one key of a mapping with its value.
type entry struct {
	key   string
	keyAt ast.Node
	value ast.Node
}

// mapping reads the keys of a mapping node, refusing keys not in allowed.
func (d *decoder) mapping(n ast.Node, field string, allowed []string) ([]entry, bool) {
	n, ok := d.unwrap(n, field)
	if !ok {
		return nil, false
	}
	var pairs []*ast.MappingValueNode
	switch v := n.(type) {
	case *ast.MappingNode:
		pairs = v.Values
	case *ast.MappingValueNode:
		pairs = []*ast.MappingValueNode{v}
	default:
		what := "the situation must be a mapping of fields"
		if field != "" {
			what = "expected a mapping"
		}
		d.set(d.at(n, field, what+", found "+kindOf(n)))
		return nil, false
	}
	var out []entry
	for _, kv := range pairs {
		k, ok := d.unwrap(kv.Key, field)
		if !ok {
			return nil, false
		}
		var key string
		switch kn := k.(type) {
		case *ast.StringNode:
			key = kn.Value
		default:
			d.set(d.at(k, field, "a key must be a plain name, found "+kindOf(k)))
			return nil, false
		}
		path := key
		if field != "" {
			path = field + "." + key
		}
		if !oneOf(key, allowed) {
			msg := "unknown field"
			if s := suggest(key, allowed); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			} else {
				msg += " (known: " + strings.Join(allowed, ", ") + ")"
			}
			d.set(d.at(k, path, msg))
			return nil, false
		}
		d.pos[path] = kv.Value
		out = append(out, entry{key: key, keyAt: k, value: kv.Value})
	}
	return out, true
}

// scalar unwraps a value; null reads as absent (ok false, no error).
func (d *decoder) scalar(n ast.Node, field string) (ast.Node, bool) {
	if n == nil {
		return nil, false
	}
	n, ok := d.unwrap(n, field)
	if !ok {
		return nil, false
	}
	if _, null := n.(*ast.NullNode); null {
		return nil, false
	}
	return n, true
}

func (d *decoder) str(n ast.Node, field, want string) (string, bool) {
	n, ok := d.scalar(n, field)
	if !ok {
		return "", false
	}
	switch v := n.(type) {
	case *ast.StringNode:
		return v.Value, true
	}
	d.set(d.at(n, field, "expected "+want+", found "+kindOf(n)))
	return "", false
}

func (d *decoder) boolean(n ast.Node, field string) (bool, bool) {
	n, ok := d.scalar(n, field)
	if !ok {
		return false, false
	}
	if v, ok := n.(*ast.BoolNode); ok {
		return v.Value, true
	}
	d.set(d.at(n, field, "expected true or false, found "+kindOf(n)))
	return false, false
}

func (d *decoder) integer(n ast.Node, field string, lo, hi int) (int, bool) {
	n, ok := d.scalar(n, field)
	if !ok {
		return 0, false
	}
	v, ok := n.(*ast.IntegerNode)
	if !ok {
		d.set(d.at(n, field, fmt.Sprintf("expected a whole number %d…%d, found %s", lo, hi, kindOf(n))))
		return 0, false
	}
	var x int64
	switch i := v.Value.(type) {
	case int64:
		x = i
	case uint64:
		x = int64(min(i, 1<<62))
	}
	if x < int64(lo) || x > int64(hi) {
		d.set(d.at(n, field, fmt.Sprintf("%s is outside %d…%d", v.GetToken().Value, lo, hi)))
		return 0, false
	}
	return int(x), true
}

// enum reads one of set; optional enums also take "" (their default).
func (d *decoder) enum(n ast.Node, field string, set []string) (string, bool) {
	s, ok := d.str(n, field, "one of "+strings.Join(set, ", "))
	if !ok {
		return "", false
	}
	if s == "" && oneOf(field, optionalEnums) {
		return "", true
	}
	if !oneOf(s, set) {
		d.set(d.at(n, field, fmt.Sprintf("%q is not one of %s", s, strings.Join(set, ", "))))
		return "", false
	}
	return s, true
}

func (d *decoder) month(n ast.Node, field string) (calendar.Month, int, bool) {
	s, ok := d.str(n, field, "a date written YYYY-MM")
	if !ok {
		return 0, 0, false
	}
	m, day, err := parseDate(s)
	if err != nil {
		d.set(d.at(n, field, err.Error()))
		return 0, 0, false
	}
	return m, day, true
}

// parseDate reads YYYY-MM or YYYY-MM-DD.
func parseDate(s string) (calendar.Month, int, error) {
	ym, dd, hasDay := s, "", false
	if len(s) == 10 && s[7] == '-' {
		ym, dd, hasDay = s[:7], s[8:], true
	}
	m, err := calendar.Parse(ym)
	if err != nil {
		return 0, 0, fmt.Errorf("%q is not a date written YYYY-MM (or YYYY-MM-DD)", s)
	}
	day := 0
	if hasDay {
		day, err = strconv.Atoi(dd)
		if err != nil || dd[0] < '0' || dd[0] > '9' {
			return 0, 0, fmt.Errorf("%q is not a date written YYYY-MM (or YYYY-MM-DD)", s)
		}
		if day < 1 || day > daysIn(m) {
			return 0, 0, fmt.Errorf("%q is an impossible date: %s has %d days", s, m.Name(), daysIn(m))
		}
	}
	return m, day, nil
}

func daysIn(m calendar.Month) int {
	switch m.MonthOfYear() {
	case 2:
		if y := m.Year(); y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// optionalEnums are the enumerated fields whose empty string means "the default".
var optionalEnums = []string{"target", "league.council", "locarno.britain", "locarno.italy", "locarno.belgium"}

var (
	topFields     = []string{"date", "victim", "aggressor", "kind", "unprovoked", "target", "league", "locarno", "pact", "transit", "readiness"}
	leagueFields  = []string{"council", "aggressor_member"}
	locarnoFields = []string{"britain", "italy", "belgium"}
	pactFields    = []string{"status", "terms", "ends"}
	termFields    = []string{"kind", "automaticity", "locarno_clause", "convention", "duration_years"}
	transitFields = []string{"poland", "romania"}
)

// situation decodes the top-level mapping into s.
func (d *decoder) situation(root ast.Node, s *Situation) error {
	entries, ok := d.mapping(root, "", topFields)
	if !ok {
		return d.err
	}
	seen := map[string]bool{}
	for _, e := range entries {
		seen[e.key] = true
		switch e.key {
		case "date":
			s.Date, s.Day, _ = d.month(e.value, "date")
		case "victim":
			s.Victim, _ = d.str(e.value, "victim", "a party: france or ussr")
		case "aggressor":
			s.Aggressor, _ = d.str(e.value, "aggressor", "a state id")
		case "kind":
			s.Kind, _ = d.enum(e.value, "kind", situationKinds)
		case "unprovoked":
			s.Unprovoked, _ = d.boolean(e.value, "unprovoked")
		case "target":
			s.Target, _ = d.enum(e.value, "target", targets)
		case "league":
			d.league(e.value, &s.League)
		case "locarno":
			if n, ok := d.scalar(e.value, "locarno"); ok {
				s.Locarno = d.locarno(n)
			}
		case "pact":
			if n, ok := d.scalar(e.value, "pact"); ok {
				s.Pact = d.pact(n)
			}
		case "transit":
			if n, ok := d.scalar(e.value, "transit"); ok {
				s.Transit = d.transit(n)
			}
		case "readiness":
			if v, ok := d.integer(e.value, "readiness", 0, 100); ok {
				s.Readiness = &v
			}
		}
		if d.err != nil {
			return d.err
		}
	}
	for _, f := range []string{"date", "victim", "aggressor", "kind"} {
		if !seen[f] || d.pos[f] == nil || isNull(d.pos[f]) {
			return d.at(root, f, "missing: "+map[string]string{
				"date":      "the month of the situation, YYYY-MM",
				"victim":    "the party threatened or attacked, france or ussr",
				"aggressor": "the state that threatens or attacks, e.g. germany",
				"kind":      "attack or threat",
			}[f])
		}
	}
	if s.Kind == "attack" && (!seen["unprovoked"] || isNull(d.pos["unprovoked"])) {
		return d.at(root, "unprovoked", "missing: an attack must say whether it is unprovoked (true or false)")
	}
	return nil
}

func isNull(n ast.Node) bool {
	_, ok := n.(*ast.NullNode)
	return ok
}

func (d *decoder) league(n ast.Node, l *League) {
	if _, ok := d.scalar(n, "league"); !ok {
		return
	}
	entries, ok := d.mapping(n, "league", leagueFields)
	if !ok {
		return
	}
	for _, e := range entries {
		switch e.key {
		case "council":
			l.Council, _ = d.enum(e.value, "league.council", councils)
		case "aggressor_member":
			if b, ok := d.boolean(e.value, "league.aggressor_member"); ok {
				l.AggressorMember = &b
			}
		}
	}
}

func (d *decoder) locarno(n ast.Node) *Locarno {
	entries, ok := d.mapping(n, "locarno", locarnoFields)
	if !ok {
		return nil
	}
	var l Locarno
	for _, e := range entries {
		v, _ := d.enum(e.value, "locarno."+e.key, positions)
		switch e.key {
		case "britain":
			l.Britain = v
		case "italy":
			l.Italy = v
		case "belgium":
			l.Belgium = v
		}
	}
	return &l
}

func (d *decoder) pact(n ast.Node) *PactView {
	entries, ok := d.mapping(n, "pact", pactFields)
	if !ok {
		return nil
	}
	var p PactView
	seen := false
	for _, e := range entries {
		switch e.key {
		case "status":
			st, ok := d.enum(e.value, "pact.status", statuses)
			p.Status, seen = Status(st), ok
		case "terms":
			if tn, ok := d.scalar(e.value, "pact.terms"); ok {
				p.Terms = d.terms(tn)
			}
		case "ends":
			p.Ends, _, _ = d.month(e.value, "pact.ends")
		}
	}
	if !seen && d.err == nil {
		d.set(d.at(n, "pact.status", "missing: a pact given in the situation needs its status ("+strings.Join(statuses, ", ")+")"))
	}
	return &p
}

func (d *decoder) terms(n ast.Node) *Terms {
	entries, ok := d.mapping(n, "pact.terms", termFields)
	if !ok {
		return nil
	}
	t := HistoricalTerms()
	for _, e := range entries {
		f := "pact.terms." + e.key
		switch e.key {
		case "kind":
			if v, ok := d.enum(e.value, f, kinds); ok {
				t.Kind = Kind(v)
			}
		case "automaticity":
			if v, ok := d.enum(e.value, f, automaticities); ok {
				t.Automaticity = Automaticity(v)
			}
		case "locarno_clause":
			if v, ok := d.boolean(e.value, f); ok {
				t.LocarnoClause = v
			}
		case "convention":
			if v, ok := d.enum(e.value, f, conventions); ok {
				t.Convention = Convention(v)
			}
		case "duration_years":
			if v, ok := d.integer(e.value, f, MinDurationYears, MaxDurationYears); ok {
				t.DurationYears = v
			}
		}
	}
	return &t
}

func (d *decoder) transit(n ast.Node) *Transit {
	entries, ok := d.mapping(n, "transit", transitFields)
	if !ok {
		return nil
	}
	var t Transit
	for _, e := range entries {
		v, _ := d.boolean(e.value, "transit."+e.key)
		switch e.key {
		case "poland":
			t.Poland = v
		case "romania":
			t.Romania = v
		}
	}
	return &t
}

// Validate checks a situation built in code (the engine's) as ParseSituation checks a parsed one,
// without positions.
func (s Situation) Validate() error {
	if field, msg := s.check(); field != "" {
		return &SituationError{Field: field, Msg: msg}
	}
	return nil
}

// check is the semantic validation shared by Validate and ParseSituation: the field at fault and
// why, or "" when the situation is good. Blank optional fields are allowed (they take their
// defaults); blank required ones are not.
func (s Situation) check() (field, msg string) {
	switch {
	case s.Date.IsZero():
		return "date", "missing: the month of the situation, YYYY-MM"
	case s.Date < firstMonth || s.Date > lastMonth:
		return "date", fmt.Sprintf("%s is outside %s … %s, the months the rulings model", s.Date, firstMonth, lastMonth)
	case s.Day < 0 || s.Day > daysIn(s.Date):
		return "date", fmt.Sprintf("day %d is impossible in %s", s.Day, s.Date.Name())
	case s.Victim == "":
		return "victim", "missing: the party threatened or attacked, france or ussr"
	case s.Victim != string(France) && s.Victim != string(USSR):
		return "victim", fmt.Sprintf("%q is not a party to the pact (france or ussr)", s.Victim)
	case s.Aggressor == "":
		return "aggressor", "missing: the state that threatens or attacks, e.g. germany"
	}
	if _, ok := lookupState(s.Aggressor); !ok {
		msg := fmt.Sprintf("unknown state %q", s.Aggressor)
		if sg := suggest(s.Aggressor, StateIDs()); sg != "" {
			msg += fmt.Sprintf(" (did you mean %q?)", sg)
		} else {
			msg += " (state ids are lower-case names such as germany, italy, poland, japan; see docs/treaty.md)"
		}
		return "aggressor", msg
	}
	agg, _ := lookupState(s.Aggressor)
	switch {
	case agg.id == s.Victim:
		return "aggressor", fmt.Sprintf("%q is the victim itself", s.Aggressor)
	case !oneOf(s.Kind, situationKinds):
		return "kind", fmt.Sprintf("%q is not one of %s", s.Kind, strings.Join(situationKinds, ", "))
	case s.Target != "" && !oneOf(s.Target, targets):
		return "target", fmt.Sprintf("%q is not one of %s", s.Target, strings.Join(targets, ", "))
	case s.League.Council != "" && !oneOf(s.League.Council, councils):
		return "league.council", fmt.Sprintf("%q is not one of %s", s.League.Council, strings.Join(councils, ", "))
	}
	if l := s.Locarno; l != nil {
		for _, p := range []struct{ f, v string }{{"britain", l.Britain}, {"italy", l.Italy}, {"belgium", l.Belgium}} {
			if p.v != "" && !oneOf(p.v, positions) {
				return "locarno." + p.f, fmt.Sprintf("%q is not one of %s", p.v, strings.Join(positions, ", "))
			}
		}
	}
	if p := s.Pact; p != nil {
		if !oneOf(string(p.Status), statuses) {
			return "pact.status", fmt.Sprintf("%q is not one of %s", p.Status, strings.Join(statuses, ", "))
		}
		if p.Terms != nil {
			if f, msg := p.Terms.check(); f != "" {
				return "pact.terms." + f, msg
			}
		}
		if !p.Ends.IsZero() && p.Status != StatusDenounced {
			return "pact.ends", fmt.Sprintf("an end date is meaningful only for a denounced pact, not one that is %s", p.Status)
		}
	}
	if s.Readiness != nil && (*s.Readiness < 0 || *s.Readiness > 100) {
		return "readiness", fmt.Sprintf("%d is outside 0…100", *s.Readiness)
	}
	return "", ""
}

// normalised fills the defaults a situation leaves blank: the target is the victim's territory,
// the Council has not acted, an alias of a state is its id.
func (s Situation) normalised() Situation {
	if s.Target == "" {
		s.Target = "territory"
	}
	if s.League.Council == "" {
		s.League.Council = "none"
	}
	if st, ok := lookupState(s.Aggressor); ok {
		s.Aggressor = st.id
	}
	return s
}

// suggest is the candidate closest to word, if it is close (at most two edits).
func suggest(word string, candidates []string) string {
	best, bestD := "", 3
	for _, c := range candidates {
		if d := distance(word, c); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b, in bytes.
func distance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return 99
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
