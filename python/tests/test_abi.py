"""The package's hand-written C declarations (precis/_binding.py) against
include/precis.h: every function it declares has the header's type, every
struct the header's size and field offsets, every enum constant its value.
A change of the header that the binding does not follow fails here instead
of corrupting memory at run time."""
import os
import re

from cffi import FFI

import precis._binding as binding
from conftest import SOURCE


def header_ffi():
    """The whole public header parsed by CFFI (preprocessor lines, the
    export macro and the C++ guard removed)."""
    with open(os.path.join(SOURCE, "include", "precis.h"), encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = re.sub(r"\\\n", " ", text)  # a macro's continued lines are its own
    lines = []
    for line in text.splitlines():
        if line.lstrip().startswith("#") or 'extern "C"' in line or line.strip() == "}":
            # `}` alone closes the C++ guard (struct bodies end in `} name;`)
            continue
        lines.append(line.replace("PRECIS_API", ""))
    ffi = FFI()
    ffi.cdef("\n".join(lines))
    return ffi


def declared(ffi, kind):
    return sorted(k.split(" ", 1)[1] for k in ffi._parser._declarations
                  if k.startswith(kind + " "))


def test_functions_have_the_headers_types():
    full = header_ffi()
    mine = binding.ffi
    lib_full = full.dlopen(binding.LIBRARY_PATH)
    names = declared(mine, "function")
    assert len(names) > 40
    for name in names:
        assert full.typeof(getattr(lib_full, name)).cname == \
            mine.typeof(getattr(binding.lib, name)).cname, name


def test_structs_have_the_headers_layout():
    full, mine = header_ffi(), binding.ffi
    structs = declared(mine, "struct")
    assert "precis_options" in structs and "precis_sentence" in structs
    for name in structs:
        t_full, t_mine = full.typeof(f"struct {name}"), mine.typeof(f"struct {name}")
        if t_mine.fields is None:  # opaque
            continue
        assert full.sizeof(t_full) == mine.sizeof(t_mine), name
        assert [(f, full.offsetof(t_full, f), ft.type.cname) for f, ft in t_full.fields] == \
            [(f, mine.offsetof(t_mine, f), ft.type.cname) for f, ft in t_mine.fields], name


def test_enum_values():
    full, mine = header_ffi(), binding.ffi
    enums = [k for k in mine._parser._declarations if k.startswith("enum ")]
    assert "enum precis_status" in enums
    for key in enums:
        assert full.typeof(key).relements == mine.typeof(key).relements, key


def test_packed_formats_follow_the_headers_structs():
    """The struct formats that decode packed results (precis/__init__.py)
    read each field of the header's precis_packed* structs at its offset,
    as an integer or a double as declared."""
    import struct

    import precis

    full = header_ffi()
    for fmt, name in ((precis._HEAD, "precis_packed"), (precis._SENT, "precis_packed_sentence"),
                      (precis._WARN, "precis_packed_warning")):
        t = full.typeof(f"struct {name}")
        assert fmt.size == full.sizeof(t), name
        codes = re.findall(r"(\d*)([Qd])", fmt.format)
        kinds = "".join(c * int(n or 1) for n, c in codes)
        assert len(kinds) == len(t.fields), name
        for (field, ft), kind, k in zip(t.fields, kinds, range(len(kinds))):
            assert full.offsetof(t, field) == 8 * k, (name, field)
            assert ft.type.cname == ("double" if kind == "d" else "uint64_t"), (name, field)
        assert struct.calcsize(fmt.format) == fmt.size
    assert precis._LINE_AT == full.offsetof("struct precis_packed", "line")
    assert precis._TEXT_AT == full.offsetof("struct precis_packed", "text")
