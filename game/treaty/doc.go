// Package treaty is the Franco-Soviet pact as law: its lifecycle, the terms the player shapes,
// ratification as counted votes, and invocation rulings with a reasoning trace that cites the
// treaty, its protocol of signature, the League Covenant and the Locarno Rhineland Pact.
//
// It is a leaf of the engine: it imports the standard library and game/calendar only, never the
// turn machinery of package game nor anything of ui or cmd. The engine passes in the small views
// of the world it needs (Climate, Situation) and its seeded generator (Rand).
package treaty
