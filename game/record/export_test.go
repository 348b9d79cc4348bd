package record

// ParseStrict reads a record with the strict YAML decoder alone, to check that the canonical
// reader agrees with it.
var ParseStrict = parseStrict

// Canonical reports whether the canonical reader reads data by itself.
func Canonical(data []byte) bool {
	_, ok := readCanonical("c.rec", data)
	return ok
}
