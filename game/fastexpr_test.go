package game_test

import (
	"reflect"
	"testing"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/scenarios"
)

// exprsOf finds every compiled expression a scenario holds, wherever it is (conditions, AI terms,
// stances, resolve, objectives…), by walking the scenario's values.
func exprsOf(sc *game.Scenario) []*game.Expr {
	var out []*game.Expr
	seen := map[uintptr]bool{}
	exprType := reflect.TypeFor[*game.Expr]()
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if v.IsNil() || seen[v.Pointer()] {
				return
			}
			seen[v.Pointer()] = true
			if v.Type() == exprType {
				out = append(out, v.Interface().(*game.Expr))
				return
			}
			walk(v.Elem())
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Map:
			for it := v.MapRange(); it.Next(); {
				walk(it.Value())
			}
		}
	}
	walk(reflect.ValueOf(sc))
	return out
}

// Property: the closures that evaluate the common expressions give exactly what expr's virtual
// machine gives, for every expression of every scenario, on every month of several campaigns (AI
// games and the historical line).
func TestFastExpressionsAgreeWithTheVM(t *testing.T) {
	list, err := scenarios.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, info := range list {
		sc, err := scenarios.Load(info.ID)
		if err != nil {
			t.Fatal(err)
		}
		exprs := exprsOf(sc)
		twins := make([]*game.Expr, len(exprs))
		fast := 0
		for i, e := range exprs {
			if twins[i], err = game.VMTwin(e, sc.Initial); err != nil {
				t.Fatalf("%s: %q: %v", info.ID, e.Src, err)
			}
			if _, _, ok, _ := game.FastAndVM(e, twins[i], sc.Initial); ok {
				fast++
			}
		}
		if len(exprs) < 100 || fast*10 < len(exprs)*9 {
			t.Errorf("%s: %d expressions, %d by closures: expected nearly all", info.ID, len(exprs), fast)
		}
		t.Logf("%s: %d expressions, %d by closures", info.ID, len(exprs), fast)
		policies := []game.Policy{game.AIPolicy, game.HistoricalPolicy}
		seeds := []uint64{1, 2}
		if testing.Short() || info.ID != "pact-1934" {
			seeds = seeds[:1]
		}
		for _, policy := range policies {
			for _, seed := range seeds {
				g := game.New(sc, seed)
				if err := g.Run(policy); err != nil {
					t.Fatal(err)
				}
				for _, s := range g.States {
					for i, e := range exprs {
						f, v, ok, err := game.FastAndVM(e, twins[i], s)
						if err != nil {
							t.Fatalf("%s, %s: %q fails in the VM: %v", info.ID, s.Date, e.Src, err)
						}
						if ok && f != v {
							t.Fatalf("%s, %s: %q gives %d by closures and %d by the VM", info.ID, s.Date, e.Src, f, v)
						}
					}
				}
			}
		}
	}
}
