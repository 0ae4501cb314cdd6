package org.jyco.stdlib;

import org.jyco.runtime.Abstract;
import org.jyco.runtime.CompareOp;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Singletons;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyTuple;

/**
 * {@code time.struct_time}: a read-only sequence of nine fields (year, month, day, hour, minute,
 * second, weekday, day of year, DST flag) that also has named attributes {@code tm_*}, plus
 * {@code tm_zone} and {@code tm_gmtoff} as attributes only. CPython makes it a tuple subclass (a
 * "struct sequence"); here it is its own type that behaves as a tuple for indexing, slicing,
 * iteration, comparison, hashing and concatenation.
 */
public final class StructTime extends PyObject {
    static final String[] NAMES = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
        "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};
    static final int N_SEQUENCE = 9;

    public static final PyType TYPE = PyType.newBuiltin("struct_time", PyType.OBJECT, StructTime.class, StructTime.class, "time");

    static {
        TYPE.dict().put("n_fields", (long) NAMES.length);
        TYPE.dict().put("n_sequence_fields", (long) N_SEQUENCE);
        TYPE.dict().put("n_unnamed_fields", 0L);
        TYPE.dict().put("__doc__", "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
            + " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
            + " sequence of 9 integers.");
        TYPE.invalidate();
    }

    /** All eleven fields; the last two may be None. */
    final Object[] fields;

    StructTime(Object[] fields) {
        this.fields = fields;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The nine sequence fields as a tuple. */
    public PyTuple asTuple() {
        Object[] a = new Object[N_SEQUENCE];
        System.arraycopy(fields, 0, a, 0, N_SEQUENCE);
        return PyTuple.of(a);
    }

    private static StructTime self(Object o) {
        if (o instanceof StructTime s) return s;
        throw PyExc.typeError("descriptor requires a 'time.struct_time' object but received '" + PyType.of(o).getName() + "'");
    }

    // ------------------------------------------------------------------ construction

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "sequence", "dict=None"})
    public static Object new_(Object cls, Object sequence, Object dict) {
        Object[] items = Abstract.toArray(sequence);
        if (items.length < N_SEQUENCE) {
            throw PyExc.typeError("time.struct_time() takes an at least 9-sequence (" + items.length + "-sequence given)");
        }
        if (items.length > NAMES.length) {
            throw PyExc.typeError("time.struct_time() takes an at most 11-sequence (" + items.length + "-sequence given)");
        }
        Object[] f = new Object[NAMES.length];
        for (int i = 0; i < f.length; i++) {
            if (i < items.length) {
                f[i] = items[i];
            } else if (dict instanceof PyDict d && d.getOrNull(NAMES[i]) != null) {
                f[i] = d.getOrNull(NAMES[i]);
            } else {
                f[i] = PyNone.NONE;
            }
        }
        return new StructTime(f);
    }

    // ------------------------------------------------------------------ fields

    @Exposed.Getter("tm_year")
    public static Object tmYear(Object s) { return self(s).fields[0]; }

    @Exposed.Getter("tm_mon")
    public static Object tmMon(Object s) { return self(s).fields[1]; }

    @Exposed.Getter("tm_mday")
    public static Object tmMday(Object s) { return self(s).fields[2]; }

    @Exposed.Getter("tm_hour")
    public static Object tmHour(Object s) { return self(s).fields[3]; }

    @Exposed.Getter("tm_min")
    public static Object tmMin(Object s) { return self(s).fields[4]; }

    @Exposed.Getter("tm_sec")
    public static Object tmSec(Object s) { return self(s).fields[5]; }

    @Exposed.Getter("tm_wday")
    public static Object tmWday(Object s) { return self(s).fields[6]; }

    @Exposed.Getter("tm_yday")
    public static Object tmYday(Object s) { return self(s).fields[7]; }

    @Exposed.Getter("tm_isdst")
    public static Object tmIsdst(Object s) { return self(s).fields[8]; }

    @Exposed.Getter("tm_zone")
    public static Object tmZone(Object s) { return self(s).fields[9]; }

    @Exposed.Getter("tm_gmtoff")
    public static Object tmGmtoff(Object s) { return self(s).fields[10]; }

    // ------------------------------------------------------------------ sequence behaviour

    @Exposed.Method(name = "__len__")
    public static Object len(Object s) {
        self(s);
        return (long) N_SEQUENCE;
    }

    @Exposed.Method(name = "__getitem__", params = {"index", "/"})
    public static Object getitem(Object s, Object index) {
        return Abstract.getItem(self(s).asTuple(), index);
    }

    @Exposed.Method(name = "__iter__")
    public static Object iter(Object s) {
        return Abstract.iter(self(s).asTuple());
    }

    @Exposed.Method(name = "__contains__", params = {"value", "/"})
    public static Object contains(Object s, Object value) {
        return Abstract.contains(self(s).asTuple(), value);
    }

    @Exposed.Method(name = "__hash__")
    public static Object hash(Object s) {
        return Abstract.hash(self(s).asTuple());
    }

    @Exposed.Method(name = "__add__", params = {"other", "/"})
    public static Object add(Object s, Object other) {
        Object o = other instanceof StructTime st ? st.asTuple() : other;
        if (!(o instanceof PyTuple)) return Singletons.NOT_IMPLEMENTED;
        return Abstract.binaryOp(org.jyco.runtime.BinaryOp.ADD, self(s).asTuple(), o);
    }

    @Exposed.Method(name = "__radd__", params = {"other", "/"})
    public static Object radd(Object s, Object other) {
        if (!(other instanceof PyTuple)) return Singletons.NOT_IMPLEMENTED;
        return Abstract.binaryOp(org.jyco.runtime.BinaryOp.ADD, other, self(s).asTuple());
    }

    @Exposed.Method(name = "__mul__", params = {"n", "/"})
    public static Object mul(Object s, Object n) {
        return Abstract.binaryOp(org.jyco.runtime.BinaryOp.MUL, self(s).asTuple(), n);
    }

    @Exposed.Method(name = "__rmul__", params = {"n", "/"})
    public static Object rmul(Object s, Object n) {
        return Abstract.binaryOp(org.jyco.runtime.BinaryOp.MUL, self(s).asTuple(), n);
    }

    @Exposed.Method(name = "count", params = {"value", "/"})
    public static Object count(Object s, Object value) {
        return Abstract.callMethod(self(s).asTuple(), "count", value);
    }

    @Exposed.Method(name = "index", params = {"*args"})
    public static Object index(Object s, Object[] args) {
        return Abstract.call(Abstract.getAttr(self(s).asTuple(), "index"), args);
    }

    private static Object compare(Object s, Object other, CompareOp op) {
        Object o = other instanceof StructTime st ? st.asTuple() : other;
        if (!(o instanceof PyTuple)) return Singletons.NOT_IMPLEMENTED;
        return Abstract.richCompare(self(s).asTuple(), o, op);
    }

    @Exposed.Method(name = "__eq__", params = {"other", "/"})
    public static Object eq(Object s, Object other) { return compare(s, other, CompareOp.EQ); }

    @Exposed.Method(name = "__ne__", params = {"other", "/"})
    public static Object ne(Object s, Object other) { return compare(s, other, CompareOp.NE); }

    @Exposed.Method(name = "__lt__", params = {"other", "/"})
    public static Object lt(Object s, Object other) { return compare(s, other, CompareOp.LT); }

    @Exposed.Method(name = "__le__", params = {"other", "/"})
    public static Object le(Object s, Object other) { return compare(s, other, CompareOp.LE); }

    @Exposed.Method(name = "__gt__", params = {"other", "/"})
    public static Object gt(Object s, Object other) { return compare(s, other, CompareOp.GT); }

    @Exposed.Method(name = "__ge__", params = {"other", "/"})
    public static Object ge(Object s, Object other) { return compare(s, other, CompareOp.GE); }

    @Exposed.Method(name = "__repr__")
    public static Object repr(Object s) {
        StructTime st = self(s);
        StringBuilder sb = new StringBuilder("time.struct_time(");
        for (int i = 0; i < N_SEQUENCE; i++) {
            if (i > 0) sb.append(", ");
            sb.append(NAMES[i]).append('=').append(Abstract.repr(st.fields[i]));
        }
        return sb.append(')').toString();
    }

    @Exposed.Method(name = "__reduce__")
    public static Object reduce(Object s) {
        StructTime st = self(s);
        PyDict extra = new PyDict();
        for (int i = N_SEQUENCE; i < NAMES.length; i++) extra.put(NAMES[i], st.fields[i]);
        return PyTuple.of(TYPE, PyTuple.of(st.asTuple(), extra));
    }
}
