package theme

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"

	"github.com/pactgame/pact/game"
)

// Palette is the semantic colours of the interface.
type Palette struct {
	Text, Subtle, Faint     color.Color
	Accent                  color.Color // the title, headings, the focused border
	Border                  color.Color
	Ally, Rival, Warning    color.Color // good news, bad news, attention
	Historical              color.Color // what the real governments did
	SelectBg, SelectFg      color.Color
	Powers                  [game.NumPowers]color.Color
	Neutral                 color.Color // a minor state aligned with no one
	Land                    color.Color // other states on the map
	TensionLow, TensionMid  color.Color
	TensionHigh, TensionMax color.Color
}

// DarkPalette is the default: light text on a dark terminal.
func DarkPalette() Palette {
	c := lipgloss.Color
	return Palette{
		Text: c("#DDD8CB"), Subtle: c("#9C978A"), Faint: c("#6A665D"),
		Accent: c("#D9AE48"), Border: c("#55534D"),
		Ally: c("#77C27C"), Rival: c("#E5655A"), Warning: c("#E8A33D"),
		Historical: c("#9DA9E0"),
		SelectBg:   c("#3A3626"), SelectFg: c("#F2EBD5"),
		Powers: [game.NumPowers]color.Color{
			game.France: c("#5B8DEF"), game.USSR: c("#D9463A"), game.Germany: c("#A3A3AD"),
			game.Britain: c("#E87BA3"), game.Italy: c("#4FB360"), game.Belgium: c("#E3C04B"),
		},
		Neutral: c("#A88E6A"), Land: c("#4B4944"),
		TensionLow: c("#77C27C"), TensionMid: c("#D8C24A"), TensionHigh: c("#E8873D"), TensionMax: c("#E5453A"),
	}
}

// LightPalette is for dark text on a light terminal.
func LightPalette() Palette {
	c := lipgloss.Color
	return Palette{
		Text: c("#2A2823"), Subtle: c("#6B675E"), Faint: c("#9A958A"),
		Accent: c("#8A6410"), Border: c("#B5B0A3"),
		Ally: c("#2E7D32"), Rival: c("#B3261E"), Warning: c("#A85F00"),
		Historical: c("#3949AB"),
		SelectBg:   c("#EADFB8"), SelectFg: c("#1C1A15"),
		Powers: [game.NumPowers]color.Color{
			game.France: c("#1F5FBF"), game.USSR: c("#B3241A"), game.Germany: c("#55555F"),
			game.Britain: c("#B8406C"), game.Italy: c("#2E7D32"), game.Belgium: c("#9C7A00"),
		},
		Neutral: c("#8C6D44"), Land: c("#CFCABE"),
		TensionLow: c("#2E7D32"), TensionMid: c("#9C7A00"), TensionHigh: c("#C25E00"), TensionMax: c("#B3261E"),
	}
}

// Theme holds the palette and every style built from it.
type Theme struct {
	Dark bool
	// Mono is set when the terminal shows no colour (NO_COLOR, a dumb terminal): the map then
	// tells states apart by glyphs instead of colours.
	Mono bool
	// Plain is the linear layout for screen readers: no borders, no map picture, no bars —
	// the same information as words and numbers.
	Plain   bool
	Palette Palette

	Text, Subtle, Faint, Bold    lipgloss.Style
	Title, Heading, Subheading   lipgloss.Style
	Key, KeyDesc                 lipgloss.Style
	Ally, Rival, Warning         lipgloss.Style
	Historical                   lipgloss.Style
	Selected, Cursor, Disabled   lipgloss.Style
	Border, BorderFocus          lipgloss.Style
	Tab, TabActive, TabAlert     lipgloss.Style
	Header, HeaderValue          lipgloss.Style
	Alert                        lipgloss.Style // a banner: crisis, war, errors
	Help                         help.Styles
	power, powerBold, powerLabel [game.NumPowers]lipgloss.Style
}

// New builds the theme for a dark or light background; mono when colours are unavailable.
func New(dark, mono bool) *Theme {
	p := DarkPalette()
	if !dark {
		p = LightPalette()
	}
	return FromPalette(p, dark, mono)
}

// FromPalette builds the styles of a palette.
func FromPalette(p Palette, dark, mono bool) *Theme {
	s := lipgloss.NewStyle
	t := &Theme{Dark: dark, Mono: mono, Palette: p}
	t.Text = s().Foreground(p.Text)
	t.Subtle = s().Foreground(p.Subtle)
	t.Faint = s().Foreground(p.Faint)
	t.Bold = s().Foreground(p.Text).Bold(true)
	t.Title = s().Foreground(p.Accent).Bold(true)
	t.Heading = s().Foreground(p.Accent).Bold(true)
	t.Subheading = s().Foreground(p.Text).Bold(true)
	t.Key = s().Foreground(p.Accent).Bold(true)
	t.KeyDesc = s().Foreground(p.Subtle)
	t.Ally = s().Foreground(p.Ally)
	t.Rival = s().Foreground(p.Rival)
	t.Warning = s().Foreground(p.Warning).Bold(true)
	t.Historical = s().Foreground(p.Historical)
	t.Selected = s().Foreground(p.SelectFg).Background(p.SelectBg).Bold(true)
	if mono {
		t.Selected = s().Reverse(true)
	}
	t.Cursor = s().Foreground(p.Accent).Bold(true)
	t.Disabled = s().Foreground(p.Faint)
	t.Border = s().Foreground(p.Border)
	t.BorderFocus = s().Foreground(p.Accent)
	t.Tab = s().Foreground(p.Subtle)
	t.TabActive = s().Foreground(p.SelectFg).Background(p.SelectBg).Bold(true)
	if mono {
		t.TabActive = s().Reverse(true).Bold(true)
	}
	t.TabAlert = s().Foreground(p.Warning).Bold(true)
	t.Header = s().Foreground(p.Subtle)
	t.HeaderValue = s().Foreground(p.Text).Bold(true)
	t.Alert = s().Foreground(p.Rival).Bold(true)
	for _, pw := range game.Powers {
		t.power[pw] = s().Foreground(p.Powers[pw])
		t.powerBold[pw] = s().Foreground(p.Powers[pw]).Bold(true)
		t.powerLabel[pw] = s().Foreground(contrast(dark)).Background(p.Powers[pw]).Bold(true)
	}
	t.Help = help.Styles{
		Ellipsis:       t.Faint,
		ShortKey:       t.Key,
		ShortDesc:      t.KeyDesc,
		ShortSeparator: t.Faint,
		FullKey:        t.Key,
		FullDesc:       t.Text,
		FullSeparator:  t.Faint,
	}
	return t
}

func contrast(dark bool) color.Color {
	if dark {
		return lipgloss.Color("#15140F")
	}
	return lipgloss.Color("#FFFDF5")
}

// Power is a power's colour for text.
func (t *Theme) Power(p game.Power) lipgloss.Style { return t.power[p] }

// PowerBold is a power's colour, bold: its name in headings and tables.
func (t *Theme) PowerBold(p game.Power) lipgloss.Style { return t.powerBold[p] }

// PowerLabel is a label written on a power's colour (the map's names).
func (t *Theme) PowerLabel(p game.Power) lipgloss.Style { return t.powerLabel[p] }

// Tension is the colour of a tension level (0…100): calm, uneasy, grave, war in sight.
func (t *Theme) Tension(v int) lipgloss.Style {
	c := t.Palette.TensionLow
	switch {
	case v >= 75:
		c = t.Palette.TensionMax
	case v >= 55:
		c = t.Palette.TensionHigh
	case v >= 35:
		c = t.Palette.TensionMid
	}
	return lipgloss.NewStyle().Foreground(c).Bold(v >= 55)
}

// TensionWord names a tension level.
func TensionWord(v int) string {
	switch {
	case v >= 75:
		return "war in sight"
	case v >= 55:
		return "grave"
	case v >= 35:
		return "uneasy"
	}
	return "calm"
}

// Relation is the style of a relation value −100…100: ally, neutral or rival.
func (t *Theme) Relation(v int) lipgloss.Style {
	switch {
	case v >= 25:
		return t.Ally
	case v <= -25:
		return t.Rival
	}
	return t.Text
}

// Delta is the style of a change: good news in the ally colour, bad news in the rival colour.
// good says whether a rise is good for the player.
func (t *Theme) Delta(d int, good bool) lipgloss.Style {
	switch {
	case d == 0:
		return t.Subtle
	case (d > 0) == good:
		return t.Ally
	}
	return t.Rival
}

// Fill is the colour of a map region: a power's, a minor state aligned with one, neutral, or
// other land.
func (t *Theme) Fill(p game.Power, ok bool) color.Color {
	if ok {
		return t.Palette.Powers[p]
	}
	return t.Palette.Neutral
}

// Glyphs for the map. In colour, land is solid; a minor state is shaded with its ally's colour;
// a zone under a special regime is hatched. In mono, each kind of region has its own texture.
const (
	GlyphSolid  = "█"
	GlyphShade  = "▓"
	GlyphMedium = "▒"
	GlyphLight  = "░"
	GlyphSea    = " "
)

// MonoGlyph is the texture of a region when colours are unavailable: neighbours differ.
func MonoGlyph(region string) string {
	switch region {
	case "france", "poland", "austria":
		return GlyphMedium
	case "germany", "britain", "ussr", "yugoslavia", "spain":
		return GlyphShade
	case "belgium", "czechoslovakia", "italy":
		return GlyphSolid
	case "romania", "rhineland", "saar":
		return GlyphLight
	case "land":
		return "."
	}
	return GlyphSea
}
