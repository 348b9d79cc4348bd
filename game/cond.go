package game

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/vm"

	"github.com/pactgame/pact/game/datafile"
	"github.com/pactgame/pact/game/treaty"
)

// Expr is a compiled condition or integer expression from a data file (expr-lang/expr), checked
// against the scenario's state at load time: an unknown name, a wrong type, a float or a call to a
// clock is a located load error, never a surprise in play.
type Expr struct {
	Src string
	Pos datafile.Pos

	prog   *vm.Program
	isBool bool
}

// safeBuiltins are the expr built-ins a data file may call: pure, integer-friendly, no clock.
var safeBuiltins = []string{"abs", "max", "min", "len", "all", "any", "none", "one", "count", "filter", "map", "sum"}

// compileExpr compiles src against env (a sample environment built from the scenario's initial
// state). asBool chooses a condition (true/false) or an integer expression.
func compileExpr(src string, env map[string]any, asBool bool) (*Expr, error) {
	if strings.TrimSpace(src) == "" {
		return nil, fmt.Errorf("the expression is empty")
	}
	opts := []expr.Option{expr.Env(env), expr.DisableAllBuiltins()}
	for _, b := range safeBuiltins {
		opts = append(opts, expr.EnableBuiltin(b))
	}
	if asBool {
		opts = append(opts, expr.AsBool())
	} else {
		opts = append(opts, expr.AsInt())
	}
	prog, err := expr.Compile(src, opts...)
	if err != nil {
		return nil, fmt.Errorf("%s", oneLine(err.Error()))
	}
	if err := checkIntegerOnly(prog.Node(), env); err != nil {
		return nil, err
	}
	return &Expr{Src: src, prog: prog, isBool: asBool}, nil
}

func oneLine(s string) string {
	first, _, _ := strings.Cut(s, "\n")
	return strings.TrimSpace(first)
}

// checkIntegerOnly walks a compiled expression and refuses floating point (division, powers, float
// literals) and unknown keys of the maps in the environment (relations, levers, minor states).
func checkIntegerOnly(root ast.Node, env map[string]any) error {
	v := &intChecker{env: env}
	ast.Walk(&root, v)
	return v.err
}

type intChecker struct {
	env map[string]any
	err error
}

var floatKind = reflect.TypeFor[float64]()

func (v *intChecker) Visit(n *ast.Node) {
	if v.err != nil {
		return
	}
	switch t := (*n).(type) {
	case *ast.FloatNode:
		v.err = fmt.Errorf("%v is a decimal number; rules are integers only", t.Value)
		return
	case *ast.BinaryNode:
		if t.Operator == "/" || t.Operator == "**" || t.Operator == "^" {
			v.err = fmt.Errorf("the operator %q makes decimal numbers; rules are integers only (use div(a, b) to divide)", t.Operator)
			return
		}
	case *ast.MemberNode:
		if err := v.checkKey(t); err != nil {
			v.err = err
			return
		}
	}
	if ty := (*n).Type(); ty != nil && ty == floatKind {
		v.err = fmt.Errorf("%q is a decimal number; rules are integers only", (*n).String())
	}
}

// checkKey refuses "relations.france.usrr" or "germany.levers.risk_apetite": map keys that do not
// exist in the sample environment would silently read 0.
func (v *intChecker) checkKey(m *ast.MemberNode) error {
	prop, ok := m.Property.(*ast.StringNode)
	if !ok {
		return nil
	}
	sample, ok := v.lookup(m.Node)
	if !ok {
		return nil
	}
	rv := reflect.ValueOf(sample)
	if rv.Kind() != reflect.Map {
		return nil
	}
	if rv.MapIndex(reflect.ValueOf(prop.Value)).IsValid() {
		return nil
	}
	var keys []string
	for _, k := range rv.MapKeys() {
		keys = append(keys, k.String())
	}
	slices.Sort(keys)
	return fmt.Errorf("%s has no %q%s", m.Node.String(), prop.Value, datafile.DidYouMean(prop.Value, keys))
}

// lookup evaluates a chain of identifiers and member accesses against the sample environment.
func (v *intChecker) lookup(n ast.Node) (any, bool) {
	switch t := n.(type) {
	case *ast.IdentifierNode:
		x, ok := v.env[t.Value]
		return x, ok
	case *ast.MemberNode:
		base, ok := v.lookup(t.Node)
		prop, isStr := t.Property.(*ast.StringNode)
		if !ok || !isStr {
			return nil, false
		}
		rv := reflect.ValueOf(base)
		for rv.Kind() == reflect.Pointer {
			rv = rv.Elem()
		}
		switch rv.Kind() {
		case reflect.Map:
			x := rv.MapIndex(reflect.ValueOf(prop.Value))
			if !x.IsValid() {
				return nil, false
			}
			return x.Interface(), true
		case reflect.Struct:
			for i := range rv.NumField() {
				if rv.Type().Field(i).Tag.Get("expr") == prop.Value {
					return rv.Field(i).Interface(), true
				}
			}
		}
	}
	return nil, false
}

// machine is a reusable expr VM: the engine is single-threaded per game, but games may run in
// parallel (forecasts, tests), so each evaluation takes one from a pool.
var machines = sync.Pool{New: func() any { return new(vm.VM) }}

func run(prog *vm.Program, env map[string]any) (any, error) {
	m := machines.Get().(*vm.VM)
	out, err := m.Run(prog, env)
	machines.Put(m)
	return out, err
}

// evalBool runs a condition; a runtime error (which the load-time checks should make impossible)
// counts as false and is returned for the report.
func (e *Expr) evalBool(env map[string]any) (bool, error) {
	out, err := run(e.prog, env)
	if err != nil {
		return false, err
	}
	b, _ := out.(bool)
	return b, nil
}

// evalInt runs an integer expression.
func (e *Expr) evalInt(env map[string]any) (int, error) {
	out, err := run(e.prog, env)
	if err != nil {
		return 0, err
	}
	switch x := out.(type) {
	case int:
		return x, nil
	case int64:
		return int(x), nil
	}
	return 0, fmt.Errorf("%q did not give an integer", e.Src)
}

// powerEnv is a power as conditions see it: france.stability, germany.levers.risk_appetite, …
type powerEnv struct {
	HeadOfState      string         `expr:"head_of_state"`
	HeadOfGovernment string         `expr:"head_of_government"`
	ForeignMinister  string         `expr:"foreign_minister"`
	Army             int            `expr:"army"`
	Air              int            `expr:"air"`
	Readiness        int            `expr:"readiness"`
	Industry         int            `expr:"industry"`
	Rearmament       int            `expr:"rearmament"`
	Stability        int            `expr:"stability"`
	Pacifism         int            `expr:"pacifism"`
	AntiCommunism    int            `expr:"anti_communism"`
	Prestige         int            `expr:"prestige"`
	League           bool           `expr:"league"`
	Influence        int            `expr:"influence"`
	Levers           map[string]int `expr:"levers"`
}

// minorEnv is a minor state as conditions see it: poland.passage, …
type minorEnv struct {
	Alignment string `expr:"alignment"`
	Passage   bool   `expr:"passage"`
	Stability int    `expr:"stability"`
}

// pactEnv is the pact as conditions see it: pact.status, pact.chamber_passed, …
type pactEnv struct {
	Status         string `expr:"status"`
	Kind           string `expr:"kind"`
	Automaticity   string `expr:"automaticity"`
	Convention     string `expr:"convention"`
	LocarnoClause  bool   `expr:"locarno_clause"`
	ChamberPassed  bool   `expr:"chamber_passed"`
	SenatePassed   bool   `expr:"senate_passed"`
	FranceRatified bool   `expr:"france_ratified"`
	USSRRatified   bool   `expr:"ussr_ratified"`
	Signed         string `expr:"signed"`   // YYYY-MM or ""
	InForce        string `expr:"in_force"` // YYYY-MM or ""
	Deterrence     int    `expr:"deterrence"`
	Pretext        int    `expr:"pretext"`
}

// envOf builds the environment in which conditions and AI scores are evaluated for state s.
func envOf(s *State) map[string]any {
	env := make(map[string]any, 40)
	env["date"] = s.Date.String()
	env["year"] = s.Date.Year()
	env["month"] = s.Date.MonthOfYear()
	g := &s.Global
	env["tension"] = g.Tension
	env["league_credibility"] = g.LeagueCredibility
	env["locarno"] = g.Locarno
	env["lobbying"] = g.Lobbying
	env["rhineland"] = g.Rhineland
	env["saar"] = g.Saar
	env["stresa"] = g.Stresa
	env["ethiopia"] = g.Ethiopia
	env["austria"] = g.Austria
	env["spain"] = g.Spain
	env["war"] = s.Ending.War
	eff := s.Pact.Terms.Effects()
	env["deterrence"] = deterrence(s, eff)
	env["appetite"] = appetite(s, eff)
	rel := make(map[string]map[string]int, NumPowers)
	for _, p := range Powers {
		ps := &s.Powers[p]
		levers := make(map[string]int, len(ps.Levers))
		for _, l := range ps.Levers {
			levers[l.Name] = l.Value
		}
		env[p.ID()] = powerEnv{
			HeadOfState: ps.HeadOfState, HeadOfGovernment: ps.HeadOfGovernment, ForeignMinister: ps.ForeignMinister,
			Army: ps.Army, Air: ps.Air, Readiness: ps.Readiness, Industry: ps.Industry, Rearmament: ps.Rearmament,
			Stability: ps.Stability, Pacifism: ps.Pacifism, AntiCommunism: ps.AntiCommunism, Prestige: ps.Prestige,
			League: ps.League, Influence: ps.Influence, Levers: levers,
		}
		row := make(map[string]int, NumPowers-1)
		for _, q := range Powers {
			if q != p {
				row[q.ID()] = s.Relations.Get(p, q)
			}
		}
		rel[p.ID()] = row
	}
	env["relations"] = rel
	for i := range s.Minors {
		m := &s.Minors[i]
		env[m.ID] = minorEnv{Alignment: m.Alignment, Passage: m.Passage, Stability: m.Stability}
	}
	env["pact"] = pactEnvOf(s, eff)
	env["flag"] = s.HasFlag
	env["fired"] = s.FiredEvent
	env["chose"] = s.Chose
	env["since"] = s.since
	env["crisis"] = func(id string) string {
		if c := s.Crisis(id); c != nil {
			return c.Status
		}
		return ""
	}
	env["rung"] = func(id, power string) int {
		c := s.Crisis(id)
		p, err := ParsePower(power)
		if c == nil || err != nil {
			return 0
		}
		return c.Rungs[p]
	}
	env["div"] = func(a, b int) int {
		if b == 0 {
			return 0
		}
		return a / b
	}
	env["clamp"] = func(x, lo, hi int) int { return min(max(x, lo), hi) }
	return env
}

func pactEnvOf(s *State, eff treaty.Effects) pactEnv {
	p := &s.Pact
	e := pactEnv{Status: string(p.Status), Kind: string(p.Terms.Kind), Automaticity: string(p.Terms.Automaticity),
		Convention: string(p.Terms.Convention), LocarnoClause: p.Terms.LocarnoClause,
		Signed: p.Signed.String(), InForce: p.InForce.String(), Deterrence: pactDeterrence(s, eff), Pretext: pretext(s, eff)}
	for _, r := range p.Ratification {
		switch r.Party {
		case treaty.France:
			e.FranceRatified = r.Ratified
			for _, v := range r.Votes {
				if v.Passed && v.Body == treaty.Chamber {
					e.ChamberPassed = true
				}
				if v.Passed && v.Body == treaty.Senate {
					e.SenatePassed = true
				}
			}
		case treaty.USSR:
			e.USSRRatified = r.Ratified
		}
	}
	return e
}

// EnvNames lists the top-level names a condition may use, for documentation and suggestions.
func EnvNames(s *State) []string {
	return slices.Sorted(maps.Keys(envOf(s)))
}
