package main

import (
	"fmt"
	"os"

	"charm.land/lipgloss/v2"
	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/scenarios"
	"github.com/pactgame/pact/ui/components"
	"github.com/pactgame/pact/ui/theme"
)

func main() {
	sc, _ := scenarios.Load("pact-1934")
	g := game.New(sc, 7)
	t := theme.New(true, len(os.Args) > 1)
	var e components.Europe
	for _, l := range e.Render(t, g.Current()) {
		lipgloss.Println(l)
	}
	for _, l := range components.Legend(t, g.Current(), 48) {
		lipgloss.Println(l)
	}
	fmt.Println()
}
