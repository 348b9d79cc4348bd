package game

// Test hooks: set a field directly, as an effect would.

func SetIntForTest(f *Field, s *State, v int)    { f.setInt(s, v) }
func SetBoolForTest(f *Field, s *State, v bool)  { *f.boolp(s) = v }
func SetStrForTest(f *Field, s *State, v string) { *f.strp(s) = v }
