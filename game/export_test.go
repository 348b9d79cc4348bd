package game

// Test hooks: set a field directly, as an effect would.

func SetIntForTest(f *Field, s *State, v int)    { f.setInt(s, v) }
func SetBoolForTest(f *Field, s *State, v bool)  { *f.boolp(s) = v }
func SetStrForTest(f *Field, s *State, v string) { *f.strp(s) = v }

// VMTwin compiles an expression again for expr's virtual machine, on the shape of state s.
func VMTwin(e *Expr, s *State) (*Expr, error) {
	c := newExprCompiler(envOf(s))
	c.keepPrograms = true
	return c.compile(e.Src, e.isBool)
}

// FastAndVM evaluates an expression both ways on state s: by its closures (hasFast false if it has
// none) and, through its twin, by expr's virtual machine. Conditions give 1 or 0.
func FastAndVM(e, twin *Expr, s *State) (fast, vm int, hasFast bool, err error) {
	env := envOf(s)
	b2i := func(b bool) int {
		if b {
			return 1
		}
		return 0
	}
	out, err := run(twin.prog, env)
	switch x := out.(type) {
	case bool:
		vm = b2i(x)
	case int:
		vm = x
	}
	switch {
	case e.fastBool != nil:
		return b2i(e.fastBool(env)), vm, true, err
	case e.fastInt != nil:
		return e.fastInt(env), vm, true, err
	}
	return 0, vm, false, err
}

// ScoreBothWays values a choice by the AI's quick score (static part plus the state's) and by the
// full valuation with reasons.
func ScoreBothWays(t *Turn, p Power, c *Choice) (quick, full int) {
	return t.value(p, c, false).Score, t.value(p, c, true).Score
}
