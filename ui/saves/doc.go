// Package saves keeps Pact's game records on disk: the user's data directory (Dir: $XDG_DATA_HOME/pact
// on Linux, the platform's application-data directory elsewhere; PACT_DATA overrides it), atomic
// writes (a temporary file in the same directory, fsync, rename, directory fsync — a game killed at
// any moment leaves the previous save whole), the rotation of the last Keep autosaves, and loading
// with located errors (Load, Latest).
//
// It owns file I/O for records; the record format itself is game/record's. It may import game and
// game/record; game must never import it.
package saves
