package game

import (
	"cmp"
	"slices"

	"github.com/expr-lang/expr/ast"
)

// The closures below evaluate the expressions data files use most — paths into the environment,
// integer arithmetic, comparisons, and/or/not, in, the ternary, and Pact's functions — as plain
// Go, without expr's virtual machine, which reads every field through reflection and boxes every
// value. An expression with anything else keeps the virtual machine. Both give the same results:
// TestFastExpressionsAgreeWithTheVM checks every expression of every scenario on the states of
// whole campaigns.

type fastKind uint8

const (
	fastInt fastKind = iota
	fastBool
	fastStr
)

// fastFn is a compiled expression of one of three types.
type fastFn struct {
	kind fastKind
	i    func(*Env) int
	b    func(*Env) bool
	s    func(*Env) string
}

// fastCompiler compiles checked expression trees (before expr's optimizer) into closures, against
// the sample environment of the scenario's initial state (which gives the places of levers and
// minor states in the state).
type fastCompiler struct{ env *Env }

// compile compiles a tree; ok is false when it uses something the closures do not cover.
func (fc *fastCompiler) compile(n ast.Node) (fn fastFn, ok bool) {
	switch n := n.(type) {
	case *ast.IntegerNode:
		v := n.Value
		return fastFn{kind: fastInt, i: func(*Env) int { return v }}, true
	case *ast.StringNode:
		v := n.Value
		return fastFn{kind: fastStr, s: func(*Env) string { return v }}, true
	case *ast.BoolNode:
		v := n.Value
		return fastFn{kind: fastBool, b: func(*Env) bool { return v }}, true
	case *ast.IdentifierNode, *ast.MemberNode:
		return fc.fastPath(pathParts(n))
	case *ast.UnaryNode:
		x, ok := fc.compile(n.Node)
		if !ok {
			return fastFn{}, false
		}
		switch {
		case (n.Operator == "not" || n.Operator == "!") && x.kind == fastBool:
			f := x.b
			return fastFn{kind: fastBool, b: func(e *Env) bool { return !f(e) }}, true
		case n.Operator == "-" && x.kind == fastInt:
			f := x.i
			return fastFn{kind: fastInt, i: func(e *Env) int { return -f(e) }}, true
		case n.Operator == "+" && x.kind == fastInt:
			return x, true
		}
	case *ast.BinaryNode:
		return fc.fastBinary(n)
	case *ast.ConditionalNode:
		c, ok1 := fc.compile(n.Cond)
		a, ok2 := fc.compile(n.Exp1)
		b, ok3 := fc.compile(n.Exp2)
		if !ok1 || !ok2 || !ok3 || c.kind != fastBool || a.kind != b.kind {
			return fastFn{}, false
		}
		switch cf := c.b; a.kind {
		case fastInt:
			return intFn(choose(cf, a.i, b.i))
		case fastBool:
			return boolFn(choose(cf, a.b, b.b))
		case fastStr:
			return strFn(choose(cf, a.s, b.s))
		}
	case *ast.CallNode:
		return fc.fastCall(n)
	case *ast.BuiltinNode:
		return fc.fastBuiltin(n)
	}
	return fastFn{}, false
}

// choose compiles the ternary cond ? x : y.
func choose[T any](cond func(*Env) bool, x, y func(*Env) T) func(*Env) T {
	return func(e *Env) T {
		if cond(e) {
			return x(e)
		}
		return y(e)
	}
}

// pathParts is a member chain as its parts ("minors", "poland", "passage"), nil if it is not one.
func pathParts(n ast.Node) []string {
	switch n := n.(type) {
	case *ast.IdentifierNode:
		return []string{n.Value}
	case *ast.MemberNode:
		prop, ok := n.Property.(*ast.StringNode)
		if !ok || n.Optional || n.Method {
			return nil
		}
		base := pathParts(n.Node)
		if base == nil {
			return nil
		}
		return append(base, prop.Value)
	}
	return nil
}

func intFn(f func(*Env) int) (fastFn, bool)    { return fastFn{kind: fastInt, i: f}, true }
func boolFn(f func(*Env) bool) (fastFn, bool)  { return fastFn{kind: fastBool, b: f}, true }
func strFn(f func(*Env) string) (fastFn, bool) { return fastFn{kind: fastStr, s: f}, true }
func noFast() (fastFn, bool)                   { return fastFn{}, false }

// leverValue finds a lever by name (for a state whose levers are not where the scenario has them).
func leverValue(s *State, p Power, name string) int {
	for _, l := range s.Powers[p].Levers {
		if l.Name == name {
			return l.Value
		}
	}
	return 0
}

func powerOf(id string) (Power, bool) {
	p, err := ParsePower(id)
	return p, err == nil
}

func fastConstInt(n ast.Node) (int, bool) {
	if i, ok := n.(*ast.IntegerNode); ok {
		return i.Value, true
	}
	return 0, false
}

// fastPath reads a path of the environment.
func (fc *fastCompiler) fastPath(parts []string) (fastFn, bool) {
	switch len(parts) {
	case 1:
		return fastTop(parts[0])
	case 2:
		if p, ok := powerOf(parts[0]); ok {
			return fastPowerField(p, parts[1])
		}
		if parts[0] == "pact" {
			return fastPact(parts[1])
		}
	case 3:
		if p, ok := powerOf(parts[0]); ok && parts[1] == "levers" {
			name := parts[2]
			i := slices.IndexFunc(fc.env.state.Powers[p].Levers, func(l Lever) bool { return l.Name == name })
			if i < 0 {
				return noFast()
			}
			return intFn(func(e *Env) int {
				if ls := e.state.Powers[p].Levers; i < len(ls) && ls[i].Name == name {
					return ls[i].Value
				}
				return leverValue(e.state, p, name)
			})
		}
		if parts[0] == "relations" {
			a, ok1 := powerOf(parts[1])
			b, ok2 := powerOf(parts[2])
			if ok1 && ok2 {
				return intFn(func(e *Env) int { return e.state.Relations[a][b] })
			}
		}
		if parts[0] == "minors" {
			id := parts[1]
			i := slices.IndexFunc(fc.env.state.Minors, func(m Minor) bool { return m.ID == id })
			if i < 0 {
				return noFast()
			}
			minor := func(e *Env) Minor {
				if ms := e.state.Minors; i < len(ms) && ms[i].ID == id {
					return ms[i]
				}
				if j := slices.IndexFunc(e.state.Minors, func(m Minor) bool { return m.ID == id }); j >= 0 {
					return e.state.Minors[j]
				}
				return Minor{}
			}
			switch parts[2] {
			case "alignment":
				return strFn(func(e *Env) string { return minor(e).Alignment })
			case "passage":
				return boolFn(func(e *Env) bool { return minor(e).Passage })
			case "stability":
				return intFn(func(e *Env) int { return minor(e).Stability })
			}
		}
	}
	return noFast()
}

func fastTop(name string) (fastFn, bool) {
	switch name {
	case "date":
		return strFn(func(e *Env) string { e.compute(); return e.Date })
	case "year":
		return intFn(func(e *Env) int { return e.state.Date.Year() })
	case "month":
		return intFn(func(e *Env) int { return e.state.Date.MonthOfYear() })
	case "tension":
		return intFn(func(e *Env) int { return e.state.Global.Tension })
	case "league_credibility":
		return intFn(func(e *Env) int { return e.state.Global.LeagueCredibility })
	case "locarno":
		return intFn(func(e *Env) int { return e.state.Global.Locarno })
	case "lobbying":
		return intFn(func(e *Env) int { return e.state.Global.Lobbying })
	case "rhineland":
		return strFn(func(e *Env) string { return e.state.Global.Rhineland })
	case "saar":
		return strFn(func(e *Env) string { return e.state.Global.Saar })
	case "stresa":
		return strFn(func(e *Env) string { return e.state.Global.Stresa })
	case "ethiopia":
		return strFn(func(e *Env) string { return e.state.Global.Ethiopia })
	case "austria":
		return strFn(func(e *Env) string { return e.state.Global.Austria })
	case "spain":
		return strFn(func(e *Env) string { return e.state.Global.Spain })
	case "war":
		return boolFn(func(e *Env) bool { return e.state.Ending.War })
	case "deterrence":
		return intFn(func(e *Env) int { e.compute(); return e.Deterrence })
	case "appetite":
		return intFn(func(e *Env) int { e.compute(); return e.Appetite })
	}
	return noFast()
}

func fastPowerField(p Power, name string) (fastFn, bool) {
	switch name {
	case "head_of_state":
		return strFn(func(e *Env) string { return e.state.Powers[p].HeadOfState })
	case "head_of_government":
		return strFn(func(e *Env) string { return e.state.Powers[p].HeadOfGovernment })
	case "foreign_minister":
		return strFn(func(e *Env) string { return e.state.Powers[p].ForeignMinister })
	case "army":
		return intFn(func(e *Env) int { return e.state.Powers[p].Army })
	case "air":
		return intFn(func(e *Env) int { return e.state.Powers[p].Air })
	case "readiness":
		return intFn(func(e *Env) int { return e.state.Powers[p].Readiness })
	case "industry":
		return intFn(func(e *Env) int { return e.state.Powers[p].Industry })
	case "rearmament":
		return intFn(func(e *Env) int { return e.state.Powers[p].Rearmament })
	case "stability":
		return intFn(func(e *Env) int { return e.state.Powers[p].Stability })
	case "pacifism":
		return intFn(func(e *Env) int { return e.state.Powers[p].Pacifism })
	case "anti_communism":
		return intFn(func(e *Env) int { return e.state.Powers[p].AntiCommunism })
	case "prestige":
		return intFn(func(e *Env) int { return e.state.Powers[p].Prestige })
	case "influence":
		return intFn(func(e *Env) int { return e.state.Powers[p].Influence })
	case "league":
		return boolFn(func(e *Env) bool { return e.state.Powers[p].League })
	}
	return noFast()
}

func fastPact(name string) (fastFn, bool) {
	switch name {
	case "status":
		return strFn(func(e *Env) string { e.compute(); return e.storePact.Status })
	case "kind":
		return strFn(func(e *Env) string { e.compute(); return e.storePact.Kind })
	case "automaticity":
		return strFn(func(e *Env) string { e.compute(); return e.storePact.Automaticity })
	case "convention":
		return strFn(func(e *Env) string { e.compute(); return e.storePact.Convention })
	case "signed":
		return strFn(func(e *Env) string { e.compute(); return e.storePact.Signed })
	case "in_force":
		return strFn(func(e *Env) string { e.compute(); return e.storePact.InForce })
	case "locarno_clause":
		return boolFn(func(e *Env) bool { e.compute(); return e.storePact.LocarnoClause })
	case "chamber_passed":
		return boolFn(func(e *Env) bool { e.compute(); return e.storePact.ChamberPassed })
	case "senate_passed":
		return boolFn(func(e *Env) bool { e.compute(); return e.storePact.SenatePassed })
	case "france_ratified":
		return boolFn(func(e *Env) bool { e.compute(); return e.storePact.FranceRatified })
	case "ussr_ratified":
		return boolFn(func(e *Env) bool { e.compute(); return e.storePact.USSRRatified })
	case "deterrence":
		return intFn(func(e *Env) int { e.compute(); return e.storePact.Deterrence })
	case "pretext":
		return intFn(func(e *Env) int { e.compute(); return e.storePact.Pretext })
	}
	return noFast()
}

func (fc *fastCompiler) fastBinary(n *ast.BinaryNode) (fastFn, bool) {
	if n.Operator == "in" {
		return fc.fastIn(n)
	}
	l, ok1 := fc.compile(n.Left)
	r, ok2 := fc.compile(n.Right)
	if !ok1 || !ok2 || l.kind != r.kind {
		return noFast()
	}
	switch l.kind {
	case fastBool:
		a, b := l.b, r.b
		switch n.Operator {
		case "and", "&&":
			return boolFn(func(e *Env) bool { return a(e) && b(e) })
		case "or", "||":
			return boolFn(func(e *Env) bool { return a(e) || b(e) })
		case "==":
			return boolFn(func(e *Env) bool { return a(e) == b(e) })
		case "!=":
			return boolFn(func(e *Env) bool { return a(e) != b(e) })
		}
	case fastInt:
		a, b := l.i, r.i
		// A constant on the right (the usual "x >= 40") is read once, not through a closure.
		if c, isConst := fastConstInt(n.Right); isConst {
			if f, ok := compareConst(n.Operator, a, c); ok {
				return boolFn(f)
			}
			switch n.Operator {
			case "+":
				return intFn(func(e *Env) int { return a(e) + c })
			case "-":
				return intFn(func(e *Env) int { return a(e) - c })
			}
		}
		if f, ok := compare(n.Operator, a, b); ok {
			return boolFn(f)
		}
		switch n.Operator {
		case "+":
			return intFn(func(e *Env) int { return a(e) + b(e) })
		case "-":
			return intFn(func(e *Env) int { return a(e) - b(e) })
		case "*":
			return intFn(func(e *Env) int { return a(e) * b(e) })
		}
	case fastStr:
		if f, ok := compare(n.Operator, l.s, r.s); ok {
			return boolFn(f)
		}
	}
	return noFast()
}

// compare compiles a comparison of two integers or two strings.
func compare[T cmp.Ordered](op string, a, b func(*Env) T) (func(*Env) bool, bool) {
	switch op {
	case "==":
		return func(e *Env) bool { return a(e) == b(e) }, true
	case "!=":
		return func(e *Env) bool { return a(e) != b(e) }, true
	case "<":
		return func(e *Env) bool { return a(e) < b(e) }, true
	case "<=":
		return func(e *Env) bool { return a(e) <= b(e) }, true
	case ">":
		return func(e *Env) bool { return a(e) > b(e) }, true
	case ">=":
		return func(e *Env) bool { return a(e) >= b(e) }, true
	}
	return nil, false
}

// compareConst is compare with a constant on the right.
func compareConst[T cmp.Ordered](op string, a func(*Env) T, c T) (func(*Env) bool, bool) {
	switch op {
	case "==":
		return func(e *Env) bool { return a(e) == c }, true
	case "!=":
		return func(e *Env) bool { return a(e) != c }, true
	case "<":
		return func(e *Env) bool { return a(e) < c }, true
	case "<=":
		return func(e *Env) bool { return a(e) <= c }, true
	case ">":
		return func(e *Env) bool { return a(e) > c }, true
	case ">=":
		return func(e *Env) bool { return a(e) >= c }, true
	}
	return nil, false
}

// inSet compiles membership of a value in an array of constants.
func inSet[T comparable](f func(*Env) T, arr *ast.ArrayNode, constant func(ast.Node) (T, bool)) (fastFn, bool) {
	set := make([]T, 0, len(arr.Nodes))
	for _, x := range arr.Nodes {
		v, ok := constant(x)
		if !ok {
			return noFast()
		}
		set = append(set, v)
	}
	return boolFn(func(e *Env) bool { return slices.Contains(set, f(e)) })
}

// fastIn compiles "x in [constants]".
func (fc *fastCompiler) fastIn(n *ast.BinaryNode) (fastFn, bool) {
	l, ok := fc.compile(n.Left)
	arr, isArr := n.Right.(*ast.ArrayNode)
	if !ok || !isArr {
		return noFast()
	}
	switch l.kind {
	case fastStr:
		return inSet(l.s, arr, func(n ast.Node) (string, bool) {
			x, ok := n.(*ast.StringNode)
			if !ok {
				return "", false
			}
			return x.Value, true
		})
	case fastInt:
		return inSet(l.i, arr, fastConstInt)
	}
	return noFast()
}

// fastCall compiles Pact's functions: flag, fired, chose, since, crisis, rung, div and clamp.
func (fc *fastCompiler) fastCall(n *ast.CallNode) (fastFn, bool) {
	id, ok := n.Callee.(*ast.IdentifierNode)
	if !ok {
		return noFast()
	}
	args := make([]fastFn, len(n.Arguments))
	for i, a := range n.Arguments {
		if args[i], ok = fc.compile(a); !ok {
			return noFast()
		}
	}
	kinds := func(ks ...fastKind) bool {
		if len(ks) != len(args) {
			return false
		}
		for i, k := range ks {
			if args[i].kind != k {
				return false
			}
		}
		return true
	}
	switch id.Value {
	case "flag", "fired", "chose":
		if !kinds(fastStr) {
			return noFast()
		}
		a := args[0].s
		switch id.Value {
		case "flag":
			return boolFn(func(e *Env) bool { return e.flag(a(e)) })
		case "fired":
			return boolFn(func(e *Env) bool { return e.fired(a(e)) })
		}
		return boolFn(func(e *Env) bool { return e.chose(a(e)) })
	case "since":
		if !kinds(fastStr) {
			return noFast()
		}
		a := args[0].s
		return intFn(func(e *Env) int { return e.since(a(e)) })
	case "crisis":
		if !kinds(fastStr) {
			return noFast()
		}
		a := args[0].s
		return strFn(func(e *Env) string { return e.crisis(a(e)) })
	case "rung":
		if !kinds(fastStr, fastStr) {
			return noFast()
		}
		a, b := args[0].s, args[1].s
		return intFn(func(e *Env) int { return e.rung(a(e), b(e)) })
	case "div":
		if !kinds(fastInt, fastInt) {
			return noFast()
		}
		a, b := args[0].i, args[1].i
		return intFn(func(e *Env) int { return div(a(e), b(e)) })
	case "clamp":
		if !kinds(fastInt, fastInt, fastInt) {
			return noFast()
		}
		a, b, c := args[0].i, args[1].i, args[2].i
		return intFn(func(e *Env) int { return clamp(a(e), b(e), c(e)) })
	}
	return noFast()
}

// fastBuiltin compiles abs, min and max of integers.
func (fc *fastCompiler) fastBuiltin(n *ast.BuiltinNode) (fastFn, bool) {
	var args []func(*Env) int
	for _, a := range n.Arguments {
		f, ok := fc.compile(a)
		if !ok || f.kind != fastInt {
			return noFast()
		}
		args = append(args, f.i)
	}
	switch {
	case n.Name == "abs" && len(args) == 1:
		a := args[0]
		return intFn(func(e *Env) int { return abs(a(e)) })
	case (n.Name == "min" || n.Name == "max") && len(args) >= 1:
		isMax := n.Name == "max"
		return intFn(func(e *Env) int {
			v := args[0](e)
			for _, f := range args[1:] {
				if x := f(e); isMax && x > v || !isMax && x < v {
					v = x
				}
			}
			return v
		})
	}
	return noFast()
}
