package theme

import (
	"testing"

	"github.com/pactgame/pact/game"
)

func TestPalettesGiveEveryPowerItsOwnColour(t *testing.T) {
	for _, p := range []Palette{DarkPalette(), LightPalette()} {
		seen := map[[4]uint32]game.Power{}
		for _, pw := range game.Powers {
			r, g, b, a := p.Powers[pw].RGBA()
			k := [4]uint32{r, g, b, a}
			if other, dup := seen[k]; dup {
				t.Errorf("%s and %s share a colour", pw, other)
			}
			seen[k] = pw
		}
	}
	if DarkPalette().Text == LightPalette().Text {
		t.Error("the light palette keeps the dark one's text colour")
	}
}

func TestTensionWords(t *testing.T) {
	for v, want := range map[int]string{0: "calm", 34: "calm", 35: "uneasy", 55: "grave", 74: "grave", 75: "war in sight", 100: "war in sight"} {
		if got := TensionWord(v); got != want {
			t.Errorf("TensionWord(%d) = %q, want %q", v, got, want)
		}
	}
}

func TestMonoSelectionIsVisibleWithoutColour(t *testing.T) {
	th := New(true, true)
	if !th.Selected.GetReverse() || !th.TabActive.GetReverse() {
		t.Error("without colours the selection is not drawn in reverse video")
	}
	if New(true, false).Selected.GetReverse() {
		t.Error("with colours the selection uses reverse video instead of its colour")
	}
}
