package game

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/pactgame/pact/game/datafile"
	"github.com/pactgame/pact/game/treaty"
)

// EffectOp is what an effect does.
type EffectOp uint8

// The effect operations of the data-file language (see docs/scenarios.md).
const (
	OpAdd    EffectOp = iota // PATH += N | N..M, PATH -= N | N..M
	OpSet                    // PATH = N (integer), PATH = value (enum, name, true/false)
	OpFlag                   // flag NAME
	OpUnflag                 // unflag NAME
	OpPact                   // pact ACTION …
	OpCrisis                 // crisis open ID | crisis close ID STATUS
	OpWar                    // war "why": a general war ends the campaign
)

// Effect is one compiled line of a data file's effects, such as "germany.rearmament += 3..6".
type Effect struct {
	Src string
	Pos datafile.Pos

	Op     EffectOp
	Field  *Field
	Lo, Hi int    // the amount (OpAdd, integer OpSet): a single value when Lo == Hi, else uniform in [Lo, Hi]
	Str    string // enum/name value, flag, crisis id, war reason
	Arg    string // crisis close: the status it closes with
	Bool   bool   // boolean value; crisis: true to open

	Pact PactEffect
}

// PactEffect is a treaty action written in data.
type PactEffect struct {
	Action treaty.ActionKind
	Party  treaty.Party
	Body   treaty.Body
	Kind   treaty.Kind
	Terms  []TermPatch // for "pact terms"
}

// TermPatch sets one clause of the terms under negotiation.
type TermPatch struct {
	Key, Value string
}

// IsRandom reports whether the effect draws from the generator.
func (e *Effect) IsRandom() bool {
	return (e.Op == OpAdd || e.Op == OpSet) && e.Field != nil && e.Field.Kind == IntField && e.Lo != e.Hi ||
		e.Op == OpPact && e.Pact.Action == treaty.ActRecordVote
}

// Mean is the expected amount of an integer effect (rounded towards zero).
func (e *Effect) Mean() int { return (e.Lo + e.Hi) / 2 }

// ParseEffect compiles one effect line against a scenario's fields. crisisIDs lists the crises the
// scenario defines. The error carries no position; the loader adds it.
func ParseEffect(cat *Catalogue, crisisIDs []string, src string) (Effect, error) {
	e := Effect{Src: src}
	line := strings.TrimSpace(src)
	if line == "" {
		return e, fmt.Errorf("an effect cannot be empty")
	}
	word, rest, _ := strings.Cut(line, " ")
	rest = strings.TrimSpace(rest)
	switch word {
	case "flag", "unflag":
		if !isWord(rest) {
			return e, fmt.Errorf("%s needs one flag name (letters, digits, _ . -), got %q", word, rest)
		}
		e.Op, e.Str = OpFlag, rest
		if word == "unflag" {
			e.Op = OpUnflag
		}
		return e, nil
	case "pact":
		return parsePactEffect(e, rest)
	case "crisis":
		return parseCrisisEffect(e, rest, crisisIDs)
	case "war":
		reason, err := strconv.Unquote(rest)
		if err != nil || reason == "" {
			return e, fmt.Errorf(`war needs its reason in double quotes: war "…"`)
		}
		e.Op, e.Str = OpWar, reason
		return e, nil
	}
	// PATH OP VALUE
	path, op, value, ok := splitAssignment(line)
	if !ok {
		return e, fmt.Errorf("cannot read %q: write PATH += N, PATH -= N, PATH = VALUE, flag NAME, pact …, crisis … or war \"…\"", line)
	}
	f, found := cat.Lookup(path)
	if !found {
		return e, fmt.Errorf("unknown field %q%s", path, datafile.DidYouMean(path, cat.Paths()))
	}
	e.Field = f
	switch f.Kind {
	case IntField:
		lo, hi, err := parseAmount(value)
		if err != nil {
			return e, fmt.Errorf("%s: %v", path, err)
		}
		if op == "-=" {
			lo, hi = -hi, -lo
		}
		e.Lo, e.Hi = lo, hi
		e.Op = OpAdd
		if op == "=" {
			e.Op = OpSet
			if lo < f.Lo || hi > f.Hi {
				return e, fmt.Errorf("%s runs %d…%d; %s is out of range", path, f.Lo, f.Hi, value)
			}
		}
		return e, nil
	case BoolField:
		if op != "=" || (value != "true" && value != "false") {
			return e, fmt.Errorf("%s is true or false: write %s = true or %s = false", path, path, path)
		}
		e.Op, e.Bool = OpSet, value == "true"
		return e, nil
	case EnumField:
		if op != "=" {
			return e, fmt.Errorf("%s takes one of its values, not a number: write %s = VALUE", path, path)
		}
		v := strings.Trim(value, `"`)
		if !slices.Contains(f.Enum, v) {
			return e, fmt.Errorf("%s is one of %s, not %q%s", path, strings.Join(f.Enum, ", "), v, datafile.DidYouMean(v, f.Enum))
		}
		e.Op, e.Str = OpSet, v
		return e, nil
	default: // NameField
		v, err := strconv.Unquote(value)
		if op != "=" || err != nil || strings.TrimSpace(v) == "" {
			return e, fmt.Errorf(`%s is a name in double quotes: write %s = "Pierre Laval"`, path, path)
		}
		e.Op, e.Str = OpSet, v
		return e, nil
	}
}

func splitAssignment(line string) (path, op, value string, ok bool) {
	for _, o := range []string{"+=", "-=", "="} {
		if i := strings.Index(line, o); i > 0 {
			path = strings.TrimSpace(line[:i])
			value = strings.TrimSpace(line[i+len(o):])
			if path == "" || value == "" || strings.ContainsAny(path, " \t") {
				return "", "", "", false
			}
			return path, o, value, true
		}
	}
	return "", "", "", false
}

// parseAmount reads N or N..M.
func parseAmount(s string) (lo, hi int, err error) {
	a, b, isRange := strings.Cut(s, "..")
	lo, err = strconv.Atoi(strings.TrimSpace(a))
	if err != nil {
		return 0, 0, fmt.Errorf("%q is not a whole number or a range N..M", s)
	}
	hi = lo
	if isRange {
		hi, err = strconv.Atoi(strings.TrimSpace(b))
		if err != nil {
			return 0, 0, fmt.Errorf("%q is not a range N..M", s)
		}
		if hi < lo {
			return 0, 0, fmt.Errorf("the range %q runs backwards; write the smaller number first", s)
		}
	}
	if lo < -10000 || hi > 10000 {
		return 0, 0, fmt.Errorf("%q is too large", s)
	}
	return lo, hi, nil
}

func isWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r == '_' || r == '-' || r == '.' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

var pactParties = []string{"france", "ussr"}

func parsePactEffect(e Effect, rest string) (Effect, error) {
	e.Op = OpPact
	args := strings.Fields(rest)
	if len(args) == 0 {
		return e, fmt.Errorf("pact needs an action: talks, terms, agree, sign, vote, exchange, invoke, denounce, collapse")
	}
	need := func(n int, usage string) error {
		if len(args) != n {
			return fmt.Errorf("write %s", usage)
		}
		return nil
	}
	party := func(s string) (treaty.Party, error) {
		if !slices.Contains(pactParties, s) {
			return "", fmt.Errorf("%q is not a party to the pact (france or ussr)", s)
		}
		return treaty.Party(s), nil
	}
	var err error
	switch args[0] {
	case "talks":
		if err = need(2, "pact talks multilateral|bilateral"); err != nil {
			return e, err
		}
		if args[1] != string(treaty.Multilateral) && args[1] != string(treaty.Bilateral) {
			return e, fmt.Errorf("pact talks takes multilateral or bilateral, not %q", args[1])
		}
		e.Pact = PactEffect{Action: treaty.ActOpenTalks, Kind: treaty.Kind(args[1])}
	case "terms":
		if len(args) < 2 {
			return e, fmt.Errorf("write pact terms KEY=VALUE … (kind, automaticity, locarno_clause, convention, duration)")
		}
		e.Pact.Action = treaty.ActSetTerms
		for _, kv := range args[1:] {
			k, v, ok := strings.Cut(kv, "=")
			if !ok {
				return e, fmt.Errorf("pact terms: %q is not KEY=VALUE", kv)
			}
			if err := checkTerm(k, v); err != nil {
				return e, err
			}
			e.Pact.Terms = append(e.Pact.Terms, TermPatch{Key: k, Value: v})
		}
	case "agree", "sign", "exchange", "collapse":
		if err = need(1, "pact "+args[0]); err != nil {
			return e, err
		}
		e.Pact.Action = map[string]treaty.ActionKind{"agree": treaty.ActAgree, "sign": treaty.ActSign,
			"exchange": treaty.ActExchange, "collapse": treaty.ActCollapse}[args[0]]
	case "vote":
		if err = need(3, "pact vote france chamber|senate, or pact vote ussr tsik"); err != nil {
			return e, err
		}
		if e.Pact.Party, err = party(args[1]); err != nil {
			return e, err
		}
		body := treaty.Body(args[2])
		okBody := e.Pact.Party == treaty.France && (body == treaty.Chamber || body == treaty.Senate) ||
			e.Pact.Party == treaty.USSR && body == treaty.TsIK
		if !okBody {
			return e, fmt.Errorf("%s ratifies through %s, not %q", args[1], map[string]string{"france": "chamber, then senate", "ussr": "tsik"}[args[1]], args[2])
		}
		e.Pact.Action, e.Pact.Body = treaty.ActRecordVote, body
	case "invoke", "denounce":
		if err = need(2, "pact "+args[0]+" france|ussr"); err != nil {
			return e, err
		}
		if e.Pact.Party, err = party(args[1]); err != nil {
			return e, err
		}
		e.Pact.Action = treaty.ActInvoke
		if args[0] == "denounce" {
			e.Pact.Action = treaty.ActDenounce
		}
	default:
		return e, fmt.Errorf("unknown pact action %q%s", args[0], datafile.DidYouMean(args[0],
			[]string{"talks", "terms", "agree", "sign", "vote", "exchange", "invoke", "denounce", "collapse"}))
	}
	return e, nil
}

// checkTerm validates one KEY=VALUE of "pact terms".
func checkTerm(k, v string) error {
	allowed := map[string][]string{
		"kind":           {string(treaty.Multilateral), string(treaty.Bilateral)},
		"automaticity":   {string(treaty.AutoCouncil), string(treaty.AutoProtocol), string(treaty.AutoAutomatic)},
		"locarno_clause": {"true", "false"},
		"convention":     {string(treaty.ConventionNone), string(treaty.ConventionStaff), string(treaty.ConventionFull)},
	}
	if k == "duration" {
		if n, err := strconv.Atoi(v); err != nil || n < 1 || n > 20 {
			return fmt.Errorf("pact terms: duration is a number of years from 1 to 20, not %q", v)
		}
		return nil
	}
	vals, ok := allowed[k]
	if !ok {
		return fmt.Errorf("pact terms: unknown term %q (kind, automaticity, locarno_clause, convention, duration)", k)
	}
	if !slices.Contains(vals, v) {
		return fmt.Errorf("pact terms: %s is one of %s, not %q", k, strings.Join(vals, ", "), v)
	}
	return nil
}

// ApplyTerms returns t with the patches applied (they were checked at load).
func ApplyTerms(t treaty.Terms, patches []TermPatch) treaty.Terms {
	for _, p := range patches {
		switch p.Key {
		case "kind":
			t.Kind = treaty.Kind(p.Value)
		case "automaticity":
			t.Automaticity = treaty.Automaticity(p.Value)
		case "locarno_clause":
			t.LocarnoClause = p.Value == "true"
		case "convention":
			t.Convention = treaty.Convention(p.Value)
		case "duration":
			t.DurationYears, _ = strconv.Atoi(p.Value)
		}
	}
	return t
}

func parseCrisisEffect(e Effect, rest string, crisisIDs []string) (Effect, error) {
	e.Op = OpCrisis
	args := strings.Fields(rest)
	if len(args) < 2 || (args[0] != "open" && args[0] != "close") {
		return e, fmt.Errorf("write crisis open ID, or crisis close ID STATUS")
	}
	if !slices.Contains(crisisIDs, args[1]) {
		return e, fmt.Errorf("unknown crisis %q%s", args[1], datafile.DidYouMean(args[1], crisisIDs))
	}
	e.Str = args[1]
	switch args[0] {
	case "open":
		if len(args) != 2 {
			return e, fmt.Errorf("write crisis open ID")
		}
		e.Bool = true
	case "close":
		if len(args) != 3 || !slices.Contains(CrisisStatuses[1:], args[2]) {
			return e, fmt.Errorf("write crisis close ID STATUS, where STATUS is one of %s", strings.Join(CrisisStatuses[1:], ", "))
		}
		e.Arg = args[2]
	}
	return e, nil
}
