package main

import (
	"fmt"
	"github.com/charmbracelet/x/ansi"
)

func main() {
	s := "ab−3…+1cd"
	fmt.Println(ansi.StringWidth(s), ansi.StringWidth("−"), ansi.StringWidth("…"))
	for i := 0; i <= 9; i++ {
		fmt.Printf("%d [%s] [%s]\n", i, ansi.Truncate(s, i, ""), ansi.TruncateLeft(s, i, ""))
	}
	s2 := "\x1b[31mab−3\x1b[0m…+1cd"
	for i := 0; i <= 9; i++ {
		fmt.Printf("%d [%q]\n", i, ansi.TruncateLeft(s2, i, ""))
	}
}
