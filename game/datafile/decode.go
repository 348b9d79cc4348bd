package datafile

import (
	"encoding"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"

	yaml "github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// Text is a scalar kept as written, with its position, for values that are parsed later (conditions,
// effects, ids checked across files) so that their errors are located too.
type Text struct {
	Value string
	Pos   Pos
}

// String is the text itself.
func (t Text) String() string { return t.Value }

// Fields records, for a decoded mapping, the position of each key's value. A struct field of this
// type (any name, no yaml tag) is filled by Decode.
type Fields map[string]Pos

// At is the position of key's value, or fallback when the key was absent.
func (f Fields) At(key string, fallback Pos) Pos {
	if p, ok := f[key]; ok {
		return p
	}
	return fallback
}

// Scalar is what a type implementing Unmarshaler receives.
type Scalar struct {
	Text string
	Kind string // "string", "int", "float", "bool" or "null"
	Pos  Pos
}

// Unmarshaler is implemented by types that decode themselves from one scalar; the error they return
// is reported at the scalar's position.
type Unmarshaler interface {
	UnmarshalScalar(s Scalar) error
}

var (
	posType    = reflect.TypeFor[Pos]()
	textType   = reflect.TypeFor[Text]()
	fieldsType = reflect.TypeFor[Fields]()
	unmType    = reflect.TypeFor[Unmarshaler]()
	textUnType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// Decode parses data, the contents of file, as one YAML document and decodes it into v, a pointer
// to a struct, strictly: unknown keys, duplicate keys, wrong types and missing required keys (tag
// option "required") are all errors. It returns every problem it finds, sorted.
func Decode(file string, data []byte, v any) ErrorList {
	var d decoder
	d.file = file
	root, ok := d.parse(data)
	if !ok {
		return d.errs
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		panic("datafile: Decode needs a non-nil pointer")
	}
	if root == nil {
		d.add(Pos{File: file, Line: 1, Col: 1}, "the file is empty")
		return d.errs
	}
	d.value(root, rv.Elem(), "")
	d.errs.Sort()
	return d.errs
}

// Parse parses data as one YAML document and returns its root node (nil for an empty document),
// for callers that walk the tree themselves.
func Parse(file string, data []byte) (ast.Node, ErrorList) {
	d := decoder{file: file}
	root, _ := d.parse(data)
	return root, d.errs
}

type decoder struct {
	file string
	errs ErrorList
}

func (d *decoder) add(p Pos, format string, args ...any) { d.errs.Add(p, format, args...) }

// PosOf is the position of a node in file.
func PosOf(file string, n ast.Node) Pos {
	if n == nil {
		return Pos{File: file}
	}
	// A block mapping's own token is its first colon; its place is its first key.
	switch t := n.(type) {
	case *ast.MappingNode:
		if !t.IsFlowStyle && len(t.Values) > 0 {
			return PosOf(file, t.Values[0].Key)
		}
	case *ast.MappingValueNode:
		return PosOf(file, t.Key)
	case *ast.DocumentNode:
		if t.Body != nil {
			return PosOf(file, t.Body)
		}
	}
	tk := n.GetToken()
	if tk == nil || tk.Position == nil {
		return Pos{File: file}
	}
	return Pos{File: file, Line: tk.Position.Line, Col: tk.Position.Column}
}

func (d *decoder) pos(n ast.Node) Pos { return PosOf(d.file, n) }

func (d *decoder) parse(data []byte) (root ast.Node, ok bool) {
	if i := slices.Index(data, 0); i >= 0 {
		line := 1 + strings.Count(string(data[:i]), "\n")
		d.add(Pos{File: d.file, Line: line, Col: 1}, "the file holds binary data (a NUL byte), not YAML text")
		return nil, false
	}
	f, err := parseSafely(data)
	if err != nil {
		var ye yaml.Error
		p := Pos{File: d.file, Line: 1, Col: 1}
		msg := err.Error()
		if errors.As(err, &ye) {
			if tk := ye.GetToken(); tk != nil && tk.Position != nil {
				p.Line, p.Col = tk.Position.Line, tk.Position.Column
			}
			msg = ye.GetMessage()
		}
		d.add(p, "YAML syntax: %s", firstLine(msg))
		return nil, false
	}
	var docs []*ast.DocumentNode
	for _, doc := range f.Docs {
		if doc != nil && doc.Body != nil {
			docs = append(docs, doc)
		}
	}
	if len(docs) > 1 {
		d.add(d.pos(docs[1]), "the file holds %d YAML documents; a data file holds one", len(docs))
		return nil, false
	}
	if len(docs) == 0 {
		return nil, true
	}
	return docs[0].Body, true
}

// parseSafely guards against a parser panic on hostile input: it becomes an error at line 1.
func parseSafely(data []byte) (f *ast.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("the YAML parser could not read this file (%v)", r)
		}
	}()
	return parser.ParseBytes(data, 0)
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// unwrap strips tags and rejects anchors and aliases, which our data files do not use.
func (d *decoder) unwrap(n ast.Node) (ast.Node, bool) {
	for {
		switch t := n.(type) {
		case *ast.TagNode:
			n = t.Value
		case *ast.AnchorNode:
			d.add(d.pos(n), "anchors (&name) are not supported in Pact data files; write the value out")
			return nil, false
		case *ast.AliasNode:
			d.add(d.pos(n), "aliases (*name) are not supported in Pact data files; write the value out")
			return nil, false
		default:
			return n, true
		}
	}
}

// scalar reads a scalar node; ok is false for mappings and sequences.
func (d *decoder) scalar(n ast.Node) (Scalar, bool) {
	s := Scalar{Pos: d.pos(n)}
	switch t := n.(type) {
	case *ast.StringNode:
		s.Text, s.Kind = t.Value, "string"
	case *ast.LiteralNode:
		s.Text, s.Kind = t.Value.Value, "string"
	case *ast.IntegerNode:
		s.Text, s.Kind = t.GetToken().Value, "int"
	case *ast.FloatNode:
		s.Text, s.Kind = t.GetToken().Value, "float"
	case *ast.InfinityNode, *ast.NanNode:
		s.Text, s.Kind = n.GetToken().Value, "float"
	case *ast.BoolNode:
		s.Text, s.Kind = t.GetToken().Value, "bool"
	case *ast.NullNode:
		s.Text, s.Kind = "", "null"
	default:
		return s, false
	}
	return s, true
}

func kindName(n ast.Node) string {
	switch n.(type) {
	case *ast.MappingNode, *ast.MappingValueNode:
		return "a mapping"
	case *ast.SequenceNode:
		return "a list"
	case *ast.StringNode, *ast.LiteralNode:
		return "a string"
	case *ast.IntegerNode:
		return "an integer"
	case *ast.FloatNode, *ast.InfinityNode, *ast.NanNode:
		return "a decimal number"
	case *ast.BoolNode:
		return "true/false"
	case *ast.NullNode:
		return "nothing"
	}
	return "an unexpected YAML value"
}

func (d *decoder) value(n ast.Node, rv reflect.Value, what string) {
	n, ok := d.unwrap(n)
	if !ok {
		return
	}
	p := d.pos(n)
	if rv.CanAddr() {
		if u, ok := rv.Addr().Interface().(Unmarshaler); ok {
			s, ok := d.scalar(n)
			if !ok {
				d.add(p, "%s must be a single value, not %s", desc(what), kindName(n))
				return
			}
			if err := u.UnmarshalScalar(s); err != nil {
				d.add(p, "%s: %s", desc(what), err)
			}
			return
		}
	}
	if rv.Type() == textType {
		s, ok := d.scalar(n)
		if !ok || s.Kind == "null" {
			d.add(p, "%s must be a string, not %s", desc(what), kindName(n))
			return
		}
		rv.Set(reflect.ValueOf(Text{Value: s.Text, Pos: p}))
		return
	}
	if rv.CanAddr() && rv.Kind() != reflect.String {
		if u, ok := rv.Addr().Interface().(encoding.TextUnmarshaler); ok {
			s, ok := d.scalar(n)
			if !ok || s.Kind == "null" {
				d.add(p, "%s must be a single value, not %s", desc(what), kindName(n))
				return
			}
			if err := u.UnmarshalText([]byte(s.Text)); err != nil {
				d.add(p, "%s: %s", desc(what), err)
			}
			return
		}
	}
	switch rv.Kind() {
	case reflect.Pointer:
		if _, isNull := n.(*ast.NullNode); isNull {
			return
		}
		nv := reflect.New(rv.Type().Elem())
		d.value(n, nv.Elem(), what)
		rv.Set(nv)
	case reflect.Struct:
		d.structure(n, rv, what)
	case reflect.Slice:
		d.list(n, rv, what)
	case reflect.Map:
		d.mapping(n, rv, what)
	case reflect.String:
		s, ok := d.scalar(n)
		if !ok || s.Kind == "null" {
			d.add(p, "%s must be a string, not %s", desc(what), kindName(n))
			return
		}
		rv.SetString(s.Text)
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Int16, reflect.Int8:
		s, ok := d.scalar(n)
		if !ok || s.Kind != "int" {
			d.add(p, "%s must be an integer, not %s", desc(what), kindName(n))
			return
		}
		i, err := strconv.ParseInt(strings.ReplaceAll(s.Text, "_", ""), 0, 64)
		if err != nil || rv.OverflowInt(i) || i > math.MaxInt32 || i < math.MinInt32 {
			d.add(p, "%s: %s is out of range", desc(what), s.Text)
			return
		}
		rv.SetInt(i)
	case reflect.Uint64, reflect.Uint, reflect.Uint32:
		s, ok := d.scalar(n)
		if !ok || s.Kind != "int" {
			d.add(p, "%s must be a whole number, not %s", desc(what), kindName(n))
			return
		}
		u, err := strconv.ParseUint(strings.ReplaceAll(s.Text, "_", ""), 0, 64)
		if err != nil || rv.OverflowUint(u) {
			d.add(p, "%s: %s is not a whole number in range", desc(what), s.Text)
			return
		}
		rv.SetUint(u)
	case reflect.Bool:
		s, ok := d.scalar(n)
		if !ok || s.Kind != "bool" {
			d.add(p, "%s must be true or false, not %s", desc(what), kindName(n))
			return
		}
		rv.SetBool(strings.EqualFold(s.Text, "true") || strings.EqualFold(s.Text, "yes") || strings.EqualFold(s.Text, "on"))
	default:
		panic("datafile: cannot decode into " + rv.Type().String())
	}
}

func (d *decoder) list(n ast.Node, rv reflect.Value, what string) {
	if _, isNull := n.(*ast.NullNode); isNull {
		rv.Set(reflect.MakeSlice(rv.Type(), 0, 0))
		return
	}
	seq, ok := n.(*ast.SequenceNode)
	if !ok {
		d.add(d.pos(n), "%s must be a list, not %s", desc(what), kindName(n))
		return
	}
	out := reflect.MakeSlice(rv.Type(), len(seq.Values), len(seq.Values))
	for i, item := range seq.Values {
		d.value(item, out.Index(i), fmt.Sprintf("%s[%d]", what, i))
	}
	rv.Set(out)
}

// pairs returns the key/value pairs of a mapping node.
func (d *decoder) pairs(n ast.Node, what string) ([]*ast.MappingValueNode, bool) {
	switch t := n.(type) {
	case *ast.MappingNode:
		return t.Values, true
	case *ast.MappingValueNode:
		return []*ast.MappingValueNode{t}, true
	}
	d.add(d.pos(n), "%s must be a mapping of keys to values, not %s", desc(what), kindName(n))
	return nil, false
}

func (d *decoder) key(kv *ast.MappingValueNode) (string, Pos, bool) {
	k, ok := d.unwrap(kv.Key)
	if !ok {
		return "", Pos{}, false
	}
	s, ok := d.scalar(k)
	if !ok {
		d.add(d.pos(k), "a key must be a plain word, not %s", kindName(k))
		return "", Pos{}, false
	}
	return s.Text, d.pos(k), true
}

func (d *decoder) mapping(n ast.Node, rv reflect.Value, what string) {
	if _, isNull := n.(*ast.NullNode); isNull {
		return
	}
	kvs, ok := d.pairs(n, what)
	if !ok {
		return
	}
	if rv.Type().Key().Kind() != reflect.String {
		panic("datafile: map keys must be strings")
	}
	m := reflect.MakeMapWithSize(rv.Type(), len(kvs))
	seen := map[string]Pos{}
	for _, kv := range kvs {
		k, kp, ok := d.key(kv)
		if !ok {
			continue
		}
		if prev, dup := seen[k]; dup {
			d.add(kp, "key %q appears twice in %s (first at line %d)", k, desc(what), prev.Line)
			continue
		}
		seen[k] = kp
		ev := reflect.New(rv.Type().Elem()).Elem()
		d.value(kv.Value, ev, childName(what, k))
		kv := reflect.New(rv.Type().Key()).Elem()
		kv.SetString(k)
		m.SetMapIndex(kv, ev)
	}
	rv.Set(m)
}

type fieldInfo struct {
	name     string
	index    []int
	required bool
}

// structFields lists the keys of a struct type: fields tagged yaml:"name[,required]", and the
// fields of embedded structs tagged yaml:",inline". A field "Pos datafile.Pos" receives the
// mapping's position, and a datafile.Fields field the position of each key.
func structFields(t reflect.Type) (fields []fieldInfo, posIdx, fieldsIdx []int) {
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() && !f.Anonymous {
			continue
		}
		tag, hasTag := f.Tag.Lookup("yaml")
		if !hasTag || tag == "-" {
			switch {
			case f.Type == posType && f.Name == "Pos" && posIdx == nil:
				posIdx = []int{i}
			case f.Type == fieldsType && fieldsIdx == nil:
				fieldsIdx = []int{i}
			}
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		optList := strings.Split(opts, ",")
		if name == "" && slices.Contains(optList, "inline") && f.Type.Kind() == reflect.Struct {
			inner, _, _ := structFields(f.Type)
			for _, in := range inner {
				in.index = append([]int{i}, in.index...)
				fields = append(fields, in)
			}
			continue
		}
		fields = append(fields, fieldInfo{name: name, index: []int{i}, required: slices.Contains(optList, "required")})
	}
	return fields, posIdx, fieldsIdx
}

func (d *decoder) structure(n ast.Node, rv reflect.Value, what string) {
	fields, posIdx, fieldsIdx := structFields(rv.Type())
	if posIdx != nil {
		rv.FieldByIndex(posIdx).Set(reflect.ValueOf(d.pos(n)))
	}
	if _, isNull := n.(*ast.NullNode); isNull {
		for _, f := range fields {
			if f.required {
				d.add(d.pos(n), "%s is missing the key %q", desc(what), f.name)
			}
		}
		return
	}
	kvs, ok := d.pairs(n, what)
	if !ok {
		return
	}
	var at Fields
	if fieldsIdx != nil {
		at = Fields{}
		rv.FieldByIndex(fieldsIdx).Set(reflect.ValueOf(at))
	}
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.name
	}
	seen := map[string]Pos{}
	for _, kv := range kvs {
		k, kp, ok := d.key(kv)
		if !ok {
			continue
		}
		if prev, dup := seen[k]; dup {
			d.add(kp, "key %q appears twice in %s (first at line %d)", k, desc(what), prev.Line)
			continue
		}
		seen[k] = kp
		i := slices.IndexFunc(fields, func(f fieldInfo) bool { return f.name == k })
		if i < 0 {
			d.add(kp, "unknown key %q in %s%s", k, desc(what), DidYouMean(k, names))
			continue
		}
		if at != nil {
			vn, _ := d.unwrap(kv.Value)
			if vn == nil {
				vn = kv.Value
			}
			vp := d.pos(vn)
			if _, isNull := vn.(*ast.NullNode); isNull || !vp.IsValid() {
				vp = kp
			}
			at[k] = vp
		}
		d.value(kv.Value, rv.FieldByIndex(fields[i].index), childName(what, k))
	}
	for _, f := range fields {
		if _, ok := seen[f.name]; f.required && !ok {
			d.add(d.pos(n), "%s is missing the key %q", desc(what), f.name)
		}
	}
}

func childName(what, key string) string {
	if what == "" {
		return key
	}
	return what + "." + key
}

// desc names a path in a message: "the document" for the root, else the path itself.
func desc(what string) string {
	if what == "" {
		return "the document"
	}
	return what
}
