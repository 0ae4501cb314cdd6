package org.jyco.runtime.types;

import java.util.Arrays;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;
import org.jyco.runtime.Subclassable;
import org.jyco.runtime.Unhashable;

/**
 * Python's {@code bytearray}: a mutable, growable byte array (CPython's
 * {@code Objects/bytearrayobject.c}). The non-mutating methods are {@link PyBytes}'s, shared.
 */
@Unhashable
@Exposed.Inherit(from = PyBytes.class, exclude = {"__getnewargs__", "__bytes__"})
public class PyByteArray extends PyObject implements Subclassable {
    public static final PyType TYPE = PyType.newBuiltin("bytearray", PyType.OBJECT, PyByteArray.class, PyByteArray.class,
        "builtins");

    private PyType type = TYPE;
    private PyDict dict;
    byte[] buf;
    int size;

    public PyByteArray() {
        this.buf = new byte[8];
    }

    public PyByteArray(byte[] b) {
        this.buf = b;
        this.size = b.length;
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public void becomeInstanceOf(PyType t) {
        this.type = t;
        this.dict = new PyDict();
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    public int size() {
        return size;
    }

    /** A copy of the contents. */
    public byte[] toBytes() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int n) {
        if (n > buf.length) buf = Arrays.copyOf(buf, Math.max(n, buf.length + (buf.length >> 1) + 8));
    }

    public void append(int b) {
        ensure(size + 1);
        buf[size++] = (byte) b;
    }

    public void appendAll(byte[] b) {
        ensure(size + b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    private void setContents(byte[] b) {
        buf = b.length == 0 ? new byte[8] : b;
        size = b.length;
    }

    /** Replaces [lo, hi) with the given bytes. */
    private void replace(int lo, int hi, byte[] with) {
        int tail = size - hi;
        int newSize = lo + with.length + tail;
        byte[] nb = newSize > buf.length ? new byte[newSize + 8] : buf;
        if (nb != buf) System.arraycopy(buf, 0, nb, 0, lo);
        System.arraycopy(buf, hi, nb, lo + with.length, tail);
        System.arraycopy(with, 0, nb, lo, with.length);
        buf = nb;
        size = newSize;
    }

    private static PyByteArray self(Object o) {
        if (o instanceof PyByteArray a) return a;
        throw PyExc.typeError("descriptor requires a 'bytearray' object but received a '" + PyType.of(o).getName() + "'");
    }

    // ------------------------------------------------------------------ construction

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
    public static Object new_(Object cls, Object[] args, PyDict kwargs) {
        if (cls == TYPE) return new PyByteArray(new byte[0]);
        if (!(cls instanceof PyType t) || !t.isSubtype(TYPE)) {
            throw PyExc.typeError("bytearray.__new__(X): X is not a subtype of bytearray");
        }
        return PyObjectMethods.instantiate(t);
    }

    @Exposed.Method(name = "__init__", params = {"source=?", "encoding=?", "errors=?"})
    public static Object init(Object self, Object source, Object encoding, Object errors) {
        PyByteArray a = self(self);
        if (source == Signature.MISSING) {
            if (encoding != Signature.MISSING || errors != Signature.MISSING) {
                throw PyExc.typeError("encoding or errors without sequence argument");
            }
            a.setContents(new byte[0]);
            return PyNone.NONE;
        }
        a.setContents(PyBytes.fromSource(source, encoding, errors, "byte"));
        return PyNone.NONE;
    }

    @Exposed.Method(name = "__alloc__")
    public static Object alloc(Object self) {
        return (long) self(self).buf.length + 1;
    }

    // ------------------------------------------------------------------ mutation

    @Exposed.Method(name = "__setitem__", params = {"index", "value", "/"})
    public static Object setitem(Object self, Object index, Object value) {
        PyByteArray a = self(self);
        if (index instanceof PySlice s) {
            byte[] with;
            if (value instanceof Long || value instanceof Boolean) {
                throw PyExc.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            }
            with = value == self ? a.toBytes() : PyBytes.fromSource(value, Signature.MISSING, Signature.MISSING, "byte");
            int[] r = s.indices(a.size);
            if (r[2] == 1) {
                a.replace(r[0], Math.max(r[0], r[1]), with);
                return PyNone.NONE;
            }
            if (with.length != r[3]) {
                throw PyExc.valueError("attempt to assign bytes of size " + with.length + " to extended slice of size " + r[3]);
            }
            for (int k = 0, i = r[0]; k < r[3]; k++, i += r[2]) a.buf[i] = with[k];
            return PyNone.NONE;
        }
        int i = PyList.normIndex(Abstract.asIndexOrError(index, "bytearray"), a.size, "bytearray");
        a.buf[i] = (byte) PyBytes.byteValue(value);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "__delitem__", params = {"index", "/"})
    public static Object delitem(Object self, Object index) {
        PyByteArray a = self(self);
        if (index instanceof PySlice s) {
            int[] r = s.indices(a.size);
            if (r[3] == 0) return PyNone.NONE;
            if (r[2] == 1) {
                a.replace(r[0], r[0] + r[3], new byte[0]);
                return PyNone.NONE;
            }
            boolean[] drop = new boolean[a.size];
            for (int k = 0, i = r[0]; k < r[3]; k++, i += r[2]) drop[i] = true;
            int j = 0;
            for (int i = 0; i < a.size; i++) if (!drop[i]) a.buf[j++] = a.buf[i];
            a.size = j;
            return PyNone.NONE;
        }
        int i = PyList.normIndex(Abstract.asIndexOrError(index, "bytearray"), a.size, "bytearray");
        a.replace(i, i + 1, new byte[0]);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "append", params = {"item", "/"})
    public static Object append(Object self, Object item) {
        self(self).append(PyBytes.byteValue(item));
        return PyNone.NONE;
    }

    @Exposed.Method(name = "extend", params = {"iterable_of_ints", "/"})
    public static Object extend(Object self, Object it) {
        PyByteArray a = self(self);
        if (it instanceof String) throw PyExc.typeError("expected iterable of integers; got: 'str'");
        a.appendAll(it == self ? a.toBytes() : PyBytes.fromSource(it, Signature.MISSING, Signature.MISSING, "byte"));
        return PyNone.NONE;
    }

    @Exposed.Method(name = "__iadd__", params = {"other", "/"})
    public static Object iadd(Object self, Object other) {
        byte[] o = PyBytes.bytesLike(other);
        if (o == null) return org.jyco.runtime.Singletons.NOT_IMPLEMENTED;
        self(self).appendAll(o);
        return self;
    }

    @Exposed.Method(name = "__imul__", params = {"n", "/"})
    public static Object imul(Object self, Object n) {
        PyByteArray a = self(self);
        a.setContents(PyBytes.data(PyBytes.mul(self, n)));
        return self;
    }

    @Exposed.Method(name = "insert", params = {"index", "item", "/"})
    public static Object insert(Object self, Object index, Object item) {
        PyByteArray a = self(self);
        long i = Abstract.asLong(index);
        if (i < 0) i = Math.max(0, i + a.size);
        if (i > a.size) i = a.size;
        a.replace((int) i, (int) i, new byte[] {(byte) PyBytes.byteValue(item)});
        return PyNone.NONE;
    }

    @Exposed.Method(name = "pop", params = {"index=-1", "/"})
    public static Object pop(Object self, Object index) {
        PyByteArray a = self(self);
        if (a.size == 0) throw PyExc.indexError("pop from empty bytearray");
        long i = Abstract.asLong(index);
        if (i < 0) i += a.size;
        if (i < 0 || i >= a.size) throw PyExc.indexError("pop index out of range");
        long v = a.buf[(int) i] & 0xff;
        a.replace((int) i, (int) i + 1, new byte[0]);
        return v;
    }

    @Exposed.Method(name = "remove", params = {"value", "/"})
    public static Object remove(Object self, Object value) {
        PyByteArray a = self(self);
        int v = PyBytes.byteValue(value);
        for (int i = 0; i < a.size; i++) {
            if ((a.buf[i] & 0xff) == v) {
                a.replace(i, i + 1, new byte[0]);
                return PyNone.NONE;
            }
        }
        throw PyExc.valueError("value not found in bytearray");
    }

    @Exposed.Method(name = "reverse")
    public static Object reverse(Object self) {
        PyByteArray a = self(self);
        for (int i = 0, j = a.size - 1; i < j; i++, j--) {
            byte t = a.buf[i];
            a.buf[i] = a.buf[j];
            a.buf[j] = t;
        }
        return PyNone.NONE;
    }

    @Exposed.Method(name = "clear")
    public static Object clear(Object self) {
        self(self).setContents(new byte[0]);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "copy")
    public static Object copy(Object self) {
        return new PyByteArray(self(self).toBytes());
    }

    @Exposed.Method(name = "__reduce__")
    public static Object reduce(Object self) {
        PyByteArray a = self(self);
        return PyTuple.of(PyType.of(self), PyTuple.of(new String(a.toBytes(), java.nio.charset.StandardCharsets.ISO_8859_1),
            "latin-1"), a.dict == null ? PyNone.NONE : a.dict);
    }
}
