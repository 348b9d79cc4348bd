package game

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/checker"
	"github.com/expr-lang/expr/compiler"
	"github.com/expr-lang/expr/conf"
	"github.com/expr-lang/expr/optimizer"
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
	words  atomic.Pointer[described] // the condition in words, once described (Scenario.Describe)

	// The expression as Go closures, when it uses only what they cover (fastexpr.go); nil, the
	// virtual machine runs prog.
	fastBool func(*Env) bool
	fastInt  func(*Env) int
}

// described is a condition in words for one scenario (what-ifs share their base's conditions, but
// may give the events they name other titles).
type described struct {
	sc    *Scenario
	words string
}

// safeBuiltins are the expr built-ins a data file may call: pure, integer-friendly, no clock.
var safeBuiltins = []string{"abs", "max", "min", "len", "all", "any", "none", "one", "count", "filter", "map", "sum"}

// compileExpr compiles src against env (a sample environment built from the scenario's initial
// state). asBool chooses a condition (true/false) or an integer expression.
func compileExpr(src string, env *Env, asBool bool) (*Expr, error) {
	return newExprCompiler(env).compile(src, asBool)
}

// exprCompiler compiles many expressions against one environment, building expr's configuration
// (the environment's types, the built-ins, the result type) once instead of once per expression.
type exprCompiler struct {
	env          *Env
	confs        [2]*conf.Config // [0] integer expressions, [1] conditions
	keepPrograms bool            // keep the VM's program even when closures run the expression (tests)
}

func newExprCompiler(env *Env) *exprCompiler {
	env.fill()
	c := &exprCompiler{env: env}
	for i, asBool := range []bool{false, true} {
		opts := []expr.Option{expr.Env(Env{}), expr.DisableAllBuiltins(), expr.Patch(minorPatch{env: env})}
		for _, b := range safeBuiltins {
			opts = append(opts, expr.EnableBuiltin(b))
		}
		if asBool {
			opts = append(opts, expr.AsBool())
		} else {
			opts = append(opts, expr.AsInt())
		}
		config := conf.CreateNew()
		for _, op := range opts {
			op(config)
		}
		for name := range config.Disabled {
			delete(config.Builtins, name)
		}
		config.Check()
		c.confs[i] = config
	}
	return c
}

// compile is expr.Compile with the prepared configuration, followed by Pact's own checks.
func (c *exprCompiler) compile(src string, asBool bool) (*Expr, error) {
	if strings.TrimSpace(src) == "" {
		return nil, fmt.Errorf("the expression is empty")
	}
	config := c.confs[0]
	if asBool {
		config = c.confs[1]
	}
	tree, err := checker.ParseCheck(src, config)
	if err != nil {
		return nil, fmt.Errorf("%s", oneLine(err.Error()))
	}
	fast, hasFast := (&fastCompiler{env: c.env}).compile(tree.Node) // before the optimizer rewrites the tree
	if config.Optimize {
		if err := optimizer.Optimize(&tree.Node, config); err != nil {
			return nil, fmt.Errorf("%s", oneLine(err.Error()))
		}
	}
	prog, err := compiler.Compile(tree, config)
	if err != nil {
		return nil, fmt.Errorf("%s", oneLine(err.Error()))
	}
	if err := checkIntegerOnly(prog.Node(), c.env); err != nil {
		return nil, err
	}
	e := &Expr{Src: src, prog: prog, isBool: asBool}
	switch {
	case hasFast && asBool && fast.kind == fastBool:
		e.fastBool = fast.b
	case hasFast && !asBool && fast.kind == fastInt:
		e.fastInt = fast.i
	}
	if (e.fastBool != nil || e.fastInt != nil) && !c.keepPrograms {
		e.prog = nil // the closures run it: the program (and the tree it keeps) would only weigh on memory
	}
	return e, nil
}

func oneLine(s string) string {
	first, _, _ := strings.Cut(s, "\n")
	return strings.TrimSpace(first)
}

// checkIntegerOnly walks a compiled expression and refuses floating point (division, powers, float
// literals) and unknown keys of the maps in the environment (relations, levers, minor states).
func checkIntegerOnly(root ast.Node, env *Env) error {
	v := &intChecker{env: env}
	ast.Walk(&root, v)
	return v.err
}

type intChecker struct {
	env *Env
	err error
}

// minorPatch rewrites a minor state's name into a lookup of the minors table, so that data files
// write poland.passage for minors.poland.passage.
type minorPatch struct{ env *Env }

func (m minorPatch) Visit(n *ast.Node) {
	id, ok := (*n).(*ast.IdentifierNode)
	if !ok {
		return
	}
	if _, isMinor := m.env.Minors[id.Value]; isMinor {
		ast.Patch(n, &ast.MemberNode{Node: &ast.IdentifierNode{Value: "minors"}, Property: &ast.StringNode{Value: id.Value}})
	}
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
		return fieldByTag(reflect.ValueOf(v.env).Elem(), t.Value)
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
			return fieldByTag(rv, prop.Value)
		}
	}
	return nil, false
}

// fieldByTag finds the field of a struct value whose expr tag is name.
func fieldByTag(rv reflect.Value, name string) (any, bool) {
	for i := range rv.NumField() {
		if rv.Type().Field(i).Tag.Get("expr") == name {
			return rv.Field(i).Interface(), true
		}
	}
	return nil, false
}

// machine is a reusable expr VM: the engine is single-threaded per game, but games may run in
// parallel (forecasts, tests), so each evaluation takes one from a pool.
var machines = sync.Pool{New: func() any { return new(vm.VM) }}

func run(prog *vm.Program, env *Env) (any, error) {
	env.fill()
	m := machines.Get().(*vm.VM)
	out, err := m.Run(prog, env)
	machines.Put(m)
	return out, err
}

// evalBool runs a condition; a runtime error (which the load-time checks should make impossible)
// counts as false and is returned for the report.
func (e *Expr) evalBool(env *Env) (bool, error) {
	if e.fastBool != nil {
		return e.fastBool(env), nil
	}
	out, err := run(e.prog, env)
	if err != nil {
		return false, err
	}
	b, _ := out.(bool)
	return b, nil
}

// evalInt runs an integer expression.
func (e *Expr) evalInt(env *Env) (int, error) {
	if e.fastInt != nil {
		return e.fastInt(env), nil
	}
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

// relRow is one power's relations as conditions see them: relations.france.ussr.
type relRow struct {
	France  int `expr:"france"`
	USSR    int `expr:"ussr"`
	Germany int `expr:"germany"`
	Britain int `expr:"britain"`
	Italy   int `expr:"italy"`
	Belgium int `expr:"belgium"`
}

// relEnv is the whole relations table (a power's relation with itself reads 0).
type relEnv struct {
	France  relRow `expr:"france"`
	USSR    relRow `expr:"ussr"`
	Germany relRow `expr:"germany"`
	Britain relRow `expr:"britain"`
	Italy   relRow `expr:"italy"`
	Belgium relRow `expr:"belgium"`
}

func rowOf(s *State, p Power) relRow {
	r := &s.Relations[p]
	return relRow{r[France], r[USSR], r[Germany], r[Britain], r[Italy], r[Belgium]}
}

// Env is the environment in which conditions and AI scores are evaluated: the state's figures by
// their data-file names (docs/scenarios.md lists them).
type Env struct {
	Date              string `expr:"date"`
	Year              int    `expr:"year"`
	Month             int    `expr:"month"`
	Tension           int    `expr:"tension"`
	LeagueCredibility int    `expr:"league_credibility"`
	Locarno           int    `expr:"locarno"`
	Lobbying          int    `expr:"lobbying"`
	Rhineland         string `expr:"rhineland"`
	Saar              string `expr:"saar"`
	Stresa            string `expr:"stresa"`
	Ethiopia          string `expr:"ethiopia"`
	Austria           string `expr:"austria"`
	Spain             string `expr:"spain"`
	War               bool   `expr:"war"`
	Deterrence        int    `expr:"deterrence"`
	Appetite          int    `expr:"appetite"`

	France  *powerEnv `expr:"france"`
	USSR    *powerEnv `expr:"ussr"`
	Germany *powerEnv `expr:"germany"`
	Britain *powerEnv `expr:"britain"`
	Italy   *powerEnv `expr:"italy"`
	Belgium *powerEnv `expr:"belgium"`

	Relations *relEnv             `expr:"relations"`
	Pact      *pactEnv            `expr:"pact"`
	Minors    map[string]minorEnv `expr:"minors"`

	Flag   func(string) bool        `expr:"flag"`
	Fired  func(string) bool        `expr:"fired"`
	Chose  func(string) bool        `expr:"chose"`
	Since  func(string) int         `expr:"since"`
	Crisis func(string) string      `expr:"crisis"`
	Rung   func(string, string) int `expr:"rung"`
	Div    func(int, int) int       `expr:"div"`
	Clamp  func(int, int, int) int  `expr:"clamp"`

	storePact pactEnv
	vm        *vmStore // the virtual machine's copies of the powers and relations (fill)
	mu        sync.Mutex
	state     *State            // the state the functions read
	firedNow  func(string) bool // the events fired so far this month, while Begin opens it
	computed  bool              // Date, Deterrence, Appetite and Pact hold the state's values (compute)
	full      bool              // every public field holds the state's values (fill)
}

// vmStore holds what the public fields of an environment point to, for expr's virtual machine;
// the closures read the state and do not need it.
type vmStore struct {
	powers [NumPowers]powerEnv
	rel    relEnv
}

// envOf builds the environment in which conditions and AI scores are evaluated for state s.
func envOf(s *State) *Env {
	env := &Env{}
	env.bind(s)
	return env
}

// bind points the environment at state s. The closures of fastexpr.go read s itself, and the
// figures computed from it (deterrence, the pact's…) once they are first asked for; the public
// fields, which expr's virtual machine reads, are filled only when it runs (fill). An environment
// bound again to the same state after a change (the resolver's) keeps its maps and functions.
func (env *Env) bind(s *State) {
	env.full, env.computed = false, false
	env.state = s
}

// The functions conditions call, on the environment's state.
func (env *Env) flag(id string) bool  { return env.state.HasFlag(id) }
func (env *Env) chose(id string) bool { return env.state.Chose(id) }
func (env *Env) since(id string) int  { return env.state.since(id) }

// fired reports whether an event has fired: earlier, or this month before the one asking (Begin
// sets firedNow while it opens the month).
func (env *Env) fired(id string) bool {
	if env.firedNow != nil && env.firedNow(id) {
		return true
	}
	return env.state.FiredEvent(id)
}

func (env *Env) crisis(id string) string {
	if c := env.state.Crisis(id); c != nil {
		return c.Status
	}
	return ""
}

func (env *Env) rung(id, power string) int {
	c := env.state.Crisis(id)
	p, err := ParsePower(power)
	if c == nil || err != nil {
		return 0
	}
	return c.Rungs[p]
}

// compute fills the figures computed from the state: the date as text, deterrence, appetite and
// the pact as conditions see it.
func (env *Env) compute() {
	if env.computed {
		return
	}
	s := env.state
	eff := s.Pact.Terms.Weights()
	env.Date = s.Date.String()
	env.Deterrence, env.Appetite = deterrence(s, eff), appetite(s, eff)
	env.storePact = pactEnvOf(s, eff)
	env.Pact = &env.storePact
	env.computed = true
}

// fill fills every public field from the state, maps of levers and minor states included, for
// expr's virtual machine (and for the compiler, which checks map keys against them); the closures
// of fastexpr.go read the state and never need it. A turn's environment
// may be read from more than one goroutine (the interface's commands): fill holds a lock, and the
// turn computes its figures before it is shared (Begin).
func (env *Env) fill() {
	env.mu.Lock()
	defer env.mu.Unlock()
	if env.full {
		return
	}
	env.compute()
	if env.vm == nil {
		env.vm = &vmStore{}
	}
	s := env.state
	g := &s.Global
	env.Year, env.Month = s.Date.Year(), s.Date.MonthOfYear()
	env.Tension, env.LeagueCredibility, env.Locarno, env.Lobbying = g.Tension, g.LeagueCredibility, g.Locarno, g.Lobbying
	env.Rhineland, env.Saar, env.Stresa, env.Ethiopia, env.Austria, env.Spain = g.Rhineland, g.Saar, g.Stresa, g.Ethiopia, g.Austria, g.Spain
	env.War = s.Ending.War
	for _, p := range Powers {
		ps := &s.Powers[p]
		levers := env.vm.powers[p].Levers // kept from an earlier fill, its values refreshed
		if levers == nil {
			levers = make(map[string]int, len(ps.Levers))
		}
		for _, l := range ps.Levers {
			levers[l.Name] = l.Value
		}
		env.vm.powers[p] = powerEnv{
			HeadOfState: ps.HeadOfState, HeadOfGovernment: ps.HeadOfGovernment, ForeignMinister: ps.ForeignMinister,
			Army: ps.Army, Air: ps.Air, Readiness: ps.Readiness, Industry: ps.Industry, Rearmament: ps.Rearmament,
			Stability: ps.Stability, Pacifism: ps.Pacifism, AntiCommunism: ps.AntiCommunism, Prestige: ps.Prestige,
			League: ps.League, Influence: ps.Influence, Levers: levers,
		}
	}
	env.France, env.USSR, env.Germany = &env.vm.powers[France], &env.vm.powers[USSR], &env.vm.powers[Germany]
	env.Britain, env.Italy, env.Belgium = &env.vm.powers[Britain], &env.vm.powers[Italy], &env.vm.powers[Belgium]
	env.vm.rel = relEnv{rowOf(s, France), rowOf(s, USSR), rowOf(s, Germany), rowOf(s, Britain), rowOf(s, Italy), rowOf(s, Belgium)}
	env.Relations = &env.vm.rel
	env.Flag, env.Fired, env.Chose, env.Since = env.flag, env.fired, env.chose, env.since
	env.Crisis, env.Rung, env.Div, env.Clamp = env.crisis, env.rung, div, clamp
	if env.Minors == nil {
		env.Minors = make(map[string]minorEnv, len(s.Minors))
	}
	for i := range s.Minors {
		m := &s.Minors[i]
		env.Minors[m.ID] = minorEnv{Alignment: m.Alignment, Passage: m.Passage, Stability: m.Stability}
	}
	env.full = true
}

func div(a, b int) int {
	if b == 0 {
		return 0
	}
	return a / b
}

func clamp(x, lo, hi int) int { return min(max(x, lo), hi) }

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
	env := envOf(s)
	env.fill()
	rt := reflect.TypeOf(env).Elem()
	var out []string
	for i := range rt.NumField() {
		if tag := rt.Field(i).Tag.Get("expr"); tag != "" && tag != "minors" {
			out = append(out, tag)
		}
	}
	for id := range env.Minors {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}
