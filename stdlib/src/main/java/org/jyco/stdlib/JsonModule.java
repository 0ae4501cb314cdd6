package org.jyco.stdlib;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyBaseException;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Subclassable;
import org.jyco.runtime.types.PyByteArray;
import org.jyco.runtime.types.PyBytes;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyFloat;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PyTuple;

/**
 * The {@code json} module of CPython 3.11 (with {@code json.decoder} and {@code json.encoder}):
 * the same output text, the same decoding results and the same error messages and positions.
 * {@code JSONEncoder} and {@code JSONDecoder} can be subclassed (a {@code default()} override,
 * {@code cls=} in dumps/loads).
 */
public final class JsonModule {
    private JsonModule() {}

    static final PyType ENCODER = PyType.newBuiltin("JSONEncoder", PyType.OBJECT, Encoder.class, Encoder.class, "json.encoder");
    static final PyType DECODER = PyType.newBuiltin("JSONDecoder", PyType.OBJECT, Decoder.class, Decoder.class, "json.decoder");
    static final PyType DECODE_ERROR =
        PyType.newBuiltin("JSONDecodeError", PyExc.ValueError, PyBaseException.class, DecodeErrorMethods.class, "json.decoder");

    static {
        ENCODER.dict().put("item_separator", ", ");
        ENCODER.dict().put("key_separator", ": ");
    }

    private static final Object NATIVE_DEFAULT = ENCODER.dict().get("default");
    private static final Object NATIVE_ITERENCODE = ENCODER.dict().get("iterencode");

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("json");
        m.addFunctions(JsonModule.class);
        PyDict d = m.getDict();
        d.put("__doc__", "JSON (JavaScript Object Notation) encoder and decoder.");
        d.put("__path__", new PyList());
        d.put("__package__", "json");
        d.put("JSONEncoder", ENCODER);
        d.put("JSONDecoder", DECODER);
        d.put("JSONDecodeError", DECODE_ERROR);
        d.put("__all__", PyList.of("dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"));

        PyModule dec = new PyModule("json.decoder");
        dec.getDict().put("JSONDecoder", DECODER);
        dec.getDict().put("JSONDecodeError", DECODE_ERROR);
        dec.getDict().put("__all__", PyList.of("JSONDecoder", "JSONDecodeError"));
        PyModule enc = new PyModule("json.encoder");
        enc.addFunctions(EncoderFunctions.class);
        enc.getDict().put("JSONEncoder", ENCODER);
        d.put("decoder", dec);
        d.put("encoder", enc);
        interp.modules().put("json.decoder", dec);
        interp.modules().put("json.encoder", enc);
        return m;
    }

    // ================================================================== module functions

    @Exposed.Method(params = {"obj", "*", "skipkeys=False", "ensure_ascii=True", "check_circular=True", "allow_nan=True",
        "cls=None", "indent=None", "separators=None", "default=None", "sort_keys=False", "**kw"})
    public static Object dumps(Object obj, Object skipkeys, Object ensureAscii, Object checkCircular, Object allowNan,
        Object cls, Object indent, Object separators, Object dflt, Object sortKeys, PyDict kw) {
        if (!Abstract.isTrue(skipkeys) && Abstract.isTrue(ensureAscii) && Abstract.isTrue(checkCircular)
            && Abstract.isTrue(allowNan) && cls == PyNone.NONE && indent == PyNone.NONE && separators == PyNone.NONE
            && dflt == PyNone.NONE && !Abstract.isTrue(sortKeys) && (kw == null || kw.size() == 0)) {
            EncoderCore c = new EncoderCore();
            return c.run(obj);
        }
        Object encoder = makeEncoder(skipkeys, ensureAscii, checkCircular, allowNan, cls, indent, separators, dflt, sortKeys, kw);
        return Abstract.callMethod(encoder, "encode", obj);
    }

    @Exposed.Method(params = {"obj", "fp", "*", "skipkeys=False", "ensure_ascii=True", "check_circular=True",
        "allow_nan=True", "cls=None", "indent=None", "separators=None", "default=None", "sort_keys=False", "**kw"})
    public static Object dump(Object obj, Object fp, Object skipkeys, Object ensureAscii, Object checkCircular,
        Object allowNan, Object cls, Object indent, Object separators, Object dflt, Object sortKeys, PyDict kw) {
        Object encoder = makeEncoder(skipkeys, ensureAscii, checkCircular, allowNan, cls, indent, separators, dflt, sortKeys, kw);
        Object chunks = Abstract.callMethod(encoder, "iterencode", obj);
        Object write = Abstract.getAttr(fp, "write");
        for (Object chunk : Abstract.toArray(chunks)) Abstract.call(write, chunk);
        return PyNone.NONE;
    }

    private static Object makeEncoder(Object skipkeys, Object ensureAscii, Object checkCircular, Object allowNan,
        Object cls, Object indent, Object separators, Object dflt, Object sortKeys, PyDict kw) {
        Object type = cls == PyNone.NONE ? ENCODER : cls;
        int extra = kw == null ? 0 : kw.size();
        Object[] args = new Object[9 + extra];
        String[] names = new String[9 + extra];
        String[] fixed = {"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "indent", "separators", "default", "sort_keys"};
        Object[] vals = {skipkeys, ensureAscii, checkCircular, allowNan, indent, separators, dflt, sortKeys};
        int n = 0;
        for (int i = 0; i < fixed.length; i++) {
            names[n] = fixed[i];
            args[n++] = vals[i];
        }
        if (kw != null) {
            for (var e : kw.entrySet()) {
                names[n] = (String) e.getKey();
                args[n++] = e.getValue();
            }
        }
        return Abstract.call(type, java.util.Arrays.copyOf(args, n), java.util.Arrays.copyOf(names, n));
    }

    @Exposed.Method(params = {"s", "*", "cls=None", "object_hook=None", "parse_float=None", "parse_int=None",
        "parse_constant=None", "object_pairs_hook=None", "**kw"})
    public static Object loads(Object s, Object cls, Object objectHook, Object parseFloat, Object parseInt,
        Object parseConstant, Object pairsHook, PyDict kw) {
        String text;
        if (s instanceof String str) {
            if (str.startsWith("\ufeff")) throw decodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", str, 0);
            text = str;
        } else if (s instanceof PyBytes || s instanceof PyByteArray) {
            byte[] b = s instanceof PyBytes pb ? pb.bytes() : ((PyByteArray) s).toBytes();
            text = new String(b, detectEncoding(b));
            if (text.startsWith("\ufeff")) text = text.substring(1);
        } else {
            throw PyExc.typeError("the JSON object must be str, bytes or bytearray, not " + PyType.of(s).getName());
        }
        if (cls == PyNone.NONE && objectHook == PyNone.NONE && parseFloat == PyNone.NONE && parseInt == PyNone.NONE
            && parseConstant == PyNone.NONE && pairsHook == PyNone.NONE && (kw == null || kw.size() == 0)) {
            return new Scanner(text, true, null, null, null, null, null).decode();
        }
        PyDict kwargs = kw == null ? new PyDict() : kw;
        if (objectHook != PyNone.NONE) kwargs.put("object_hook", objectHook);
        if (parseFloat != PyNone.NONE) kwargs.put("parse_float", parseFloat);
        if (parseInt != PyNone.NONE) kwargs.put("parse_int", parseInt);
        if (parseConstant != PyNone.NONE) kwargs.put("parse_constant", parseConstant);
        if (pairsHook != PyNone.NONE) kwargs.put("object_pairs_hook", pairsHook);
        Object decoder = Abstract.callEx(cls == PyNone.NONE ? DECODER : cls, PyTuple.EMPTY, kwargs);
        return Abstract.callMethod(decoder, "decode", text);
    }

    @Exposed.Method(params = {"fp", "*", "cls=None", "object_hook=None", "parse_float=None", "parse_int=None",
        "parse_constant=None", "object_pairs_hook=None", "**kw"})
    public static Object load(Object fp, Object cls, Object objectHook, Object parseFloat, Object parseInt,
        Object parseConstant, Object pairsHook, PyDict kw) {
        return loads(Abstract.callMethod(fp, "read"), cls, objectHook, parseFloat, parseInt, parseConstant, pairsHook, kw);
    }

    /** CPython's json.detect_encoding: UTF-8, -16 or -32 from a BOM or the pattern of zero bytes. */
    static Charset detectEncoding(byte[] b) {
        if (b.length >= 4 && (b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff)) {
            return Charset.forName("UTF-32BE");
        }
        if (b.length >= 4 && ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0)) {
            return Charset.forName("UTF-32LE");
        }
        if (b.length >= 2 && (((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) || ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff))) {
            return StandardCharsets.UTF_16;
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 4) {
            if (b[0] == 0) return b[1] == 0 ? Charset.forName("UTF-32BE") : StandardCharsets.UTF_16BE;
            if (b[1] == 0) return b[2] == 0 && b[3] == 0 ? Charset.forName("UTF-32LE") : StandardCharsets.UTF_16LE;
        } else if (b.length == 2) {
            if (b[0] == 0) return StandardCharsets.UTF_16BE;
            if (b[1] == 0) return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }

    // ================================================================== errors

    static PyException decodeError(String msg, String doc, int charIndex) {
        long pos = doc.codePointCount(0, Math.min(charIndex, doc.length())) + Math.max(0, charIndex - doc.length());
        PyBaseException e = new PyBaseException(DECODE_ERROR);
        DecodeErrorMethods.init(e, msg, doc, pos);
        return new PyException(e);
    }

    /** {@code JSONDecodeError(msg, doc, pos)}: a ValueError with lineno and colno. */
    public static final class DecodeErrorMethods {
        private DecodeErrorMethods() {}

        @Exposed.Method(name = "__init__", params = {"msg", "doc", "pos"})
        public static Object init(Object self, Object msg, Object doc, Object pos) {
            PyBaseException e = (PyBaseException) self;
            long p = Abstract.asLong(pos);
            String d = Abstract.str(doc);
            int charPos = (int) Math.min(d.length(), Math.max(0, p));
            try {
                charPos = d.offsetByCodePoints(0, (int) Math.max(0, p));
            } catch (IndexOutOfBoundsException ignored) {
                // beyond the end: count as code points up to the end
            }
            long lineno = 1;
            int lastNl = -1;
            for (int i = 0; i < charPos; i++) {
                if (d.charAt(i) == '\n') {
                    lineno++;
                    lastNl = i;
                }
            }
            long colno = lastNl < 0 ? p + 1 : p - d.codePointCount(0, lastNl);
            String errmsg = Abstract.str(msg) + ": line " + lineno + " column " + colno + " (char " + p + ")";
            e.setArgs(PyTuple.of(errmsg));
            PyDict dict = e.getDict();
            dict.put("msg", msg);
            dict.put("doc", doc);
            dict.put("pos", pos);
            dict.put("lineno", lineno);
            dict.put("colno", colno);
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__reduce__")
        public static Object reduce(Object self) {
            PyDict d = ((PyBaseException) self).getDict();
            return PyTuple.of(PyType.of(self), PyTuple.of(d.get("msg"), d.get("doc"), d.get("pos")));
        }
    }

    // ================================================================== encoder

    /** json.encoder's string functions. */
    public static final class EncoderFunctions {
        private EncoderFunctions() {}

        @Exposed.Method(params = {"s", "/"})
        public static Object encode_basestring(Object s) {
            StringBuilder sb = new StringBuilder();
            appendString(sb, strArg(s), false);
            return sb.toString();
        }

        @Exposed.Method(params = {"s", "/"})
        public static Object encode_basestring_ascii(Object s) {
            StringBuilder sb = new StringBuilder();
            appendString(sb, strArg(s), true);
            return sb.toString();
        }

        private static String strArg(Object s) {
            if (s instanceof String str) return str;
            throw PyExc.typeError("first argument must be a string, not " + PyType.of(s).getName());
        }
    }

    /** Nesting depth at which encoding and decoding raise RecursionError (CPython's recursion limit). */
    static final int MAX_DEPTH = 1000;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static void appendString(StringBuilder sb, String s, boolean ascii) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || (ascii && c > '~')) {
                        sb.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15])
                            .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** Encodes one value with the settings of an encoder (or the defaults). */
    static final class EncoderCore {
        boolean skipkeys, ensureAscii = true, checkCircular = true, allowNan = true, sortKeys;
        String indent;
        String itemSep = ", ", keySep = ": ";
        Object encoderObj;
        Object dflt;
        /** The Python encoder's messages (iterencode not one-shot, or an indent). */
        boolean pyMode;
        final IdentityHashMap<Object, Boolean> markers = new IdentityHashMap<>();
        final StringBuilder sb = new StringBuilder();
        int depth;

        String run(Object o) {
            encode(o, 0);
            return sb.toString();
        }

        String floatStr(double d) {
            String text;
            if (Double.isNaN(d)) {
                text = "NaN";
            } else if (d == Double.POSITIVE_INFINITY) {
                text = "Infinity";
            } else if (d == Double.NEGATIVE_INFINITY) {
                text = "-Infinity";
            } else {
                return Abstract.repr(d);
            }
            if (!allowNan) {
                throw PyExc.valueError("Out of range float values are not JSON compliant" + (pyMode ? ": " + Abstract.repr(d) : ""));
            }
            return text;
        }

        void encode(Object o, int level) {
            // instances of int, float and str subclasses are written as their built-in value
            if (o instanceof org.jyco.runtime.PyValueInstance v) o = v.value();
            if (o instanceof String s) {
                appendString(sb, s, ensureAscii);
            } else if (o == PyNone.NONE) {
                sb.append("null");
            } else if (o instanceof Boolean b) {
                sb.append(b ? "true" : "false");
            } else if (o instanceof Long || o instanceof BigInteger) {
                sb.append(Abstract.repr(o));
            } else if (o instanceof Double d) {
                sb.append(floatStr(d));
            } else if (o instanceof PyList || o instanceof PyTuple) {
                encodeList(o, level);
            } else if (o instanceof PyDict d) {
                encodeDict(d, level);
            } else {
                enter(o);
                Object r;
                if (dflt != null) {
                    r = Abstract.call(dflt, o);
                } else {
                    r = EncoderCore.defaultOf(o);
                }
                encode(r, level);
                leave(o);
            }
        }

        static Object defaultOf(Object o) {
            throw PyExc.typeError("Object of type " + PyType.of(o).getName() + " is not JSON serializable");
        }

        private void enter(Object o) {
            if (++depth > MAX_DEPTH) {
                throw PyExc.recursionError("maximum recursion depth exceeded while encoding a JSON object");
            }
            if (checkCircular) {
                if (markers.containsKey(o)) throw PyExc.valueError("Circular reference detected");
                markers.put(o, Boolean.TRUE);
            }
        }

        private void leave(Object o) {
            depth--;
            if (checkCircular) markers.remove(o);
        }

        private void newline(int level) {
            sb.append('\n');
            for (int i = 0; i < level; i++) sb.append(indent);
        }

        void encodeList(Object seq, int level) {
            Object[] items = seq instanceof PyList l ? l.toArray() : ((PyTuple) seq).array();
            if (items.length == 0) {
                sb.append("[]");
                return;
            }
            enter(seq);
            sb.append('[');
            if (indent != null) newline(level + 1);
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(itemSep);
                    if (indent != null) newline(level + 1);
                }
                encode(items[i], level + 1);
            }
            if (indent != null) newline(level);
            sb.append(']');
            leave(seq);
        }

        void encodeDict(PyDict d, int level) {
            if (d.size() == 0) {
                sb.append("{}");
                return;
            }
            enter(d);
            sb.append('{');
            if (indent != null) newline(level + 1);
            Object[][] items;
            if (sortKeys) {
                PyList pairs = new PyList();
                for (var e : d.entrySet()) pairs.append(PyTuple.of(e.getKey(), e.getValue()));
                Abstract.callMethod(pairs, "sort");
                items = new Object[pairs.size()][];
                for (int i = 0; i < items.length; i++) items[i] = ((PyTuple) pairs.get(i)).array();
            } else {
                items = new Object[d.size()][];
                int i = 0;
                for (var e : d.entrySet()) items[i++] = new Object[] {e.getKey(), e.getValue()};
            }
            boolean first = true;
            for (Object[] kv : items) {
                Object key = kv[0];
                if (key instanceof org.jyco.runtime.PyValueInstance v) key = v.value();
                String k;
                if (key instanceof String s) {
                    k = s;
                } else if (key instanceof Double x) {
                    k = floatStr(x);
                } else if (key instanceof Boolean b) {
                    k = b ? "true" : "false";
                } else if (key == PyNone.NONE) {
                    k = "null";
                } else if (key instanceof Long || key instanceof BigInteger) {
                    k = Abstract.repr(key);
                } else if (skipkeys) {
                    continue;
                } else {
                    throw PyExc.typeError("keys must be str, int, float, bool or None, not " + PyType.of(key).getName());
                }
                if (!first) {
                    sb.append(itemSep);
                    if (indent != null) newline(level + 1);
                }
                first = false;
                appendString(sb, k, ensureAscii);
                sb.append(keySep);
                encode(kv[1], level + 1);
            }
            if (indent != null) newline(level);
            sb.append('}');
            leave(d);
        }
    }

    /** {@code json.JSONEncoder}: its settings live in the instance dict, as CPython's do. */
    public static final class Encoder extends PyObject implements Subclassable {
        private PyType type = ENCODER;
        private PyDict dict = new PyDict();

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        @Override
        public void becomeInstanceOf(PyType t) {
            type = t;
            dict = new PyDict();
        }

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            Encoder e = new Encoder();
            if (cls != ENCODER) e.becomeInstanceOf((PyType) cls);
            return e;
        }

        @Exposed.Method(name = "__init__", params = {"*", "skipkeys=False", "ensure_ascii=True", "check_circular=True",
            "allow_nan=True", "sort_keys=False", "indent=None", "separators=None", "default=None"})
        public static Object init(Object self, Object skipkeys, Object ensureAscii, Object checkCircular, Object allowNan,
            Object sortKeys, Object indent, Object separators, Object dflt) {
            Abstract.setAttr(self, "skipkeys", skipkeys);
            Abstract.setAttr(self, "ensure_ascii", ensureAscii);
            Abstract.setAttr(self, "check_circular", checkCircular);
            Abstract.setAttr(self, "allow_nan", allowNan);
            Abstract.setAttr(self, "sort_keys", sortKeys);
            Abstract.setAttr(self, "indent", indent);
            if (separators != PyNone.NONE) {
                Object[] sep = Abstract.unpack(separators, 2);
                Abstract.setAttr(self, "item_separator", sep[0]);
                Abstract.setAttr(self, "key_separator", sep[1]);
            } else if (indent != PyNone.NONE) {
                Abstract.setAttr(self, "item_separator", ",");
            }
            if (dflt != PyNone.NONE) Abstract.setAttr(self, "default", dflt);
            return PyNone.NONE;
        }

        @Exposed.Method(name = "default", params = {"o"})
        public static Object default_(Object self, Object o) {
            return EncoderCore.defaultOf(o);
        }

        @Exposed.Method(params = {"o"})
        public static Object encode(Object self, Object o) {
            if (o instanceof String s) {
                StringBuilder sb = new StringBuilder();
                appendString(sb, s, Abstract.isTrue(Abstract.getAttr(self, "ensure_ascii")));
                return sb.toString();
            }
            if (PyType.of(self).lookup("iterencode") != NATIVE_ITERENCODE) {
                Object chunks = Abstract.call(Abstract.getAttr(self, "iterencode"), new Object[] {o, true},
                    new String[] {"_one_shot"});
                StringBuilder sb = new StringBuilder();
                for (Object c : Abstract.toArray(chunks)) sb.append(Abstract.str(c));
                return sb.toString();
            }
            return core(self, true).run(o);
        }

        @Exposed.Method(params = {"o", "_one_shot=False"})
        public static Object iterencode(Object self, Object o, Object oneShot) {
            String s = core(self, Abstract.isTrue(oneShot)).run(o);
            return Abstract.iter(PyList.of(s));
        }

        static EncoderCore core(Object self, boolean oneShot) {
            EncoderCore c = new EncoderCore();
            c.encoderObj = self;
            c.skipkeys = Abstract.isTrue(Abstract.getAttr(self, "skipkeys"));
            c.ensureAscii = Abstract.isTrue(Abstract.getAttr(self, "ensure_ascii"));
            c.checkCircular = Abstract.isTrue(Abstract.getAttr(self, "check_circular"));
            c.allowNan = Abstract.isTrue(Abstract.getAttr(self, "allow_nan"));
            c.sortKeys = Abstract.isTrue(Abstract.getAttr(self, "sort_keys"));
            Object indent = Abstract.getAttr(self, "indent");
            if (indent != PyNone.NONE) {
                c.indent = indent instanceof String s ? s : " ".repeat((int) Math.max(0, Abstract.asLong(indent)));
            }
            c.pyMode = !oneShot || c.indent != null;
            c.itemSep = Abstract.str(Abstract.getAttr(self, "item_separator"));
            c.keySep = Abstract.str(Abstract.getAttr(self, "key_separator"));
            Object dflt = Abstract.getAttr(self, "default");
            boolean nativeDefault = PyType.of(self).lookup("default") == NATIVE_DEFAULT
                && !((PyObject) self).getDict().containsKey("default");
            c.dflt = nativeDefault ? null : dflt;
            return c;
        }
    }

    // ================================================================== decoder

    /** {@code json.JSONDecoder}: the hooks live in the instance dict. */
    public static final class Decoder extends PyObject implements Subclassable {
        private PyType type = DECODER;
        private PyDict dict = new PyDict();

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        @Override
        public void becomeInstanceOf(PyType t) {
            type = t;
            dict = new PyDict();
        }

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            Decoder d = new Decoder();
            if (cls != DECODER) d.becomeInstanceOf((PyType) cls);
            return d;
        }

        @Exposed.Method(name = "__init__", params = {"*", "object_hook=None", "parse_float=None", "parse_int=None",
            "parse_constant=None", "strict=True", "object_pairs_hook=None"})
        public static Object init(Object self, Object objectHook, Object parseFloat, Object parseInt,
            Object parseConstant, Object strict, Object pairsHook) {
            Abstract.setAttr(self, "object_hook", objectHook);
            Abstract.setAttr(self, "parse_float", Abstract.isTrue(parseFloat) ? parseFloat : PyType.FLOAT);
            Abstract.setAttr(self, "parse_int", Abstract.isTrue(parseInt) ? parseInt : PyType.INT);
            Abstract.setAttr(self, "parse_constant", parseConstant);
            Abstract.setAttr(self, "strict", strict);
            Abstract.setAttr(self, "object_pairs_hook", pairsHook);
            return PyNone.NONE;
        }

        private static Scanner scanner(Object self, String s) {
            Object pf = Abstract.getAttr(self, "parse_float");
            Object pi = Abstract.getAttr(self, "parse_int");
            Object pc = Abstract.getAttr(self, "parse_constant");
            Object oh = Abstract.getAttr(self, "object_hook");
            Object ph = Abstract.getAttr(self, "object_pairs_hook");
            return new Scanner(s, Abstract.isTrue(Abstract.getAttr(self, "strict")),
                oh == PyNone.NONE ? null : oh, ph == PyNone.NONE ? null : ph,
                pf == PyType.FLOAT ? null : pf, pi == PyType.INT ? null : pi,
                pc == PyNone.NONE ? null : pc);
        }

        @Exposed.Method(params = {"s"})
        public static Object decode(Object self, Object s) {
            if (!(s instanceof String str)) {
                throw PyExc.typeError("expected string or buffer");
            }
            return scanner(self, str).decode();
        }

        @Exposed.Method(params = {"s", "idx=0"})
        public static Object raw_decode(Object self, Object s, Object idx) {
            if (!(s instanceof String str)) throw PyExc.typeError("first argument must be a string, not " + PyType.of(s).getName());
            long i = Abstract.asLong(idx);
            if (i < 0) throw PyExc.valueError("idx cannot be negative");
            Scanner sc = scanner(self, str);
            int ci;
            try {
                ci = str.offsetByCodePoints(0, (int) Math.min(i, Integer.MAX_VALUE));
            } catch (IndexOutOfBoundsException e) {
                throw decodeError("Expecting value", str, str.length() + (int) (i - str.codePointCount(0, str.length())));
            }
            Object v = sc.valueOrError(ci);
            return PyTuple.of(v, (long) str.codePointCount(0, sc.pos));
        }
    }

    /** The recursive-descent parser (CPython's scanner: same acceptance, errors and positions). */
    static final class Scanner {
        final String s;
        final int len;
        final boolean strict;
        final Object objectHook, pairsHook, parseFloat, parseInt, parseConstant;
        int pos;
        int depth;

        Scanner(String s, boolean strict, Object objectHook, Object pairsHook, Object parseFloat, Object parseInt,
            Object parseConstant) {
            this.s = s;
            this.len = s.length();
            this.strict = strict;
            this.objectHook = objectHook;
            this.pairsHook = pairsHook;
            this.parseFloat = parseFloat;
            this.parseInt = parseInt;
            this.parseConstant = parseConstant;
        }

        private static final Object NO_VALUE = new Object();

        Object decode() {
            int i = skipWs(0);
            Object v = valueOrError(i);
            int end = skipWs(pos);
            if (end != len) throw decodeError("Extra data", s, end);
            return v;
        }

        Object valueOrError(int i) {
            Object v = value(i);
            if (v == NO_VALUE) throw decodeError("Expecting value", s, i);
            return v;
        }

        int skipWs(int i) {
            while (i < len) {
                char c = s.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
                i++;
            }
            return i;
        }

        /** Parses a value at i, setting pos after it; NO_VALUE when none starts there. */
        Object value(int i) {
            if (i >= len) return NO_VALUE;
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    return string(i + 1);
                case '{':
                    return object(i + 1);
                case '[':
                    return array(i + 1);
                case 'n':
                    if (s.startsWith("null", i)) {
                        pos = i + 4;
                        return PyNone.NONE;
                    }
                    return NO_VALUE;
                case 't':
                    if (s.startsWith("true", i)) {
                        pos = i + 4;
                        return Boolean.TRUE;
                    }
                    return NO_VALUE;
                case 'f':
                    if (s.startsWith("false", i)) {
                        pos = i + 5;
                        return Boolean.FALSE;
                    }
                    return NO_VALUE;
                case 'N':
                    if (s.startsWith("NaN", i)) {
                        pos = i + 3;
                        return constant("NaN", Double.NaN);
                    }
                    return NO_VALUE;
                case 'I':
                    if (s.startsWith("Infinity", i)) {
                        pos = i + 8;
                        return constant("Infinity", Double.POSITIVE_INFINITY);
                    }
                    return NO_VALUE;
                case '-':
                    if (s.startsWith("-Infinity", i)) {
                        pos = i + 9;
                        return constant("-Infinity", Double.NEGATIVE_INFINITY);
                    }
                    return number(i);
                default:
                    if (c >= '0' && c <= '9') return number(i);
                    return NO_VALUE;
            }
        }

        private Object constant(String name, double v) {
            return parseConstant == null ? (Object) v : Abstract.call(parseConstant, name);
        }

        private boolean digit(int i) {
            return i < len && s.charAt(i) >= '0' && s.charAt(i) <= '9';
        }

        private Object number(int start) {
            int i = start;
            if (s.charAt(i) == '-') {
                i++;
                if (i >= len) return NO_VALUE;
            }
            char c = s.charAt(i);
            if (c >= '1' && c <= '9') {
                i++;
                while (digit(i)) i++;
            } else if (c == '0') {
                i++;
            } else {
                return NO_VALUE;
            }
            boolean isFloat = false;
            if (i < len - 1 && s.charAt(i) == '.' && digit(i + 1)) {
                isFloat = true;
                i += 2;
                while (digit(i)) i++;
            }
            if (i < len - 1 && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                int eStart = i;
                i++;
                if (i < len - 1 && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
                if (digit(i)) {
                    while (digit(i)) i++;
                    isFloat = true;
                } else {
                    i = eStart;
                }
            }
            String text = s.substring(start, i);
            pos = i;
            if (isFloat) {
                if (parseFloat == null) return PyFloat.parse(text);
                return Abstract.call(parseFloat, text);
            }
            if (parseInt == null) {
                if (text.length() < 18) return Long.parseLong(text);
                return Abstract.call(PyType.INT, text);
            }
            return Abstract.call(parseInt, text);
        }

        /** A string whose opening quote is at begin - 1. */
        private String string(int begin) {
            StringBuilder sb = null;
            int i = begin;
            int chunk = begin;
            while (true) {
                if (i >= len) throw decodeError("Unterminated string starting at", s, begin - 1);
                char c = s.charAt(i);
                if (c == '"') {
                    pos = i + 1;
                    if (sb == null) return s.substring(begin, i);
                    sb.append(s, chunk, i);
                    return sb.toString();
                }
                if (c == '\\') {
                    if (sb == null) sb = new StringBuilder();
                    sb.append(s, chunk, i);
                    int b = i;
                    i++;
                    if (i >= len) throw decodeError("Unterminated string starting at", s, begin - 1);
                    char e = s.charAt(i);
                    if (e != 'u') {
                        char r;
                        switch (e) {
                            case '"' -> r = '"';
                            case '\\' -> r = '\\';
                            case '/' -> r = '/';
                            case 'b' -> r = '\b';
                            case 'f' -> r = '\f';
                            case 'n' -> r = '\n';
                            case 'r' -> r = '\r';
                            case 't' -> r = '\t';
                            default -> throw decodeError("Invalid \\escape", s, b);
                        }
                        sb.append(r);
                        i++;
                    } else {
                        int hex = i + 1;
                        if (hex + 4 >= len) throw decodeError("Invalid \\uXXXX escape", s, i);
                        int cp = hex4(hex, i);
                        i = hex + 4;
                        if (cp >= 0xd800 && cp <= 0xdbff && i + 6 < len && s.charAt(i) == '\\' && s.charAt(i + 1) == 'u') {
                            int cp2 = hex4(i + 2, i + 1);
                            if (cp2 >= 0xdc00 && cp2 <= 0xdfff) {
                                sb.append((char) cp).append((char) cp2);
                                i += 6;
                                chunk = i;
                                continue;
                            }
                        }
                        sb.append((char) cp);
                    }
                    chunk = i;
                    continue;
                }
                if (c <= 0x1f && strict) throw decodeError("Invalid control character at", s, i);
                i++;
            }
        }

        private int hex4(int at, int errPos) {
            int v = 0;
            for (int k = 0; k < 4; k++) {
                int d = Character.digit(s.charAt(at + k), 16);
                char ch = s.charAt(at + k);
                if (d < 0 || ch > 'f') throw decodeError("Invalid \\uXXXX escape", s, errPos);
                v = (v << 4) | d;
            }
            return v;
        }

        private void enter(String what) {
            if (++depth > MAX_DEPTH) {
                throw PyExc.recursionError("maximum recursion depth exceeded while decoding a JSON " + what + " from a unicode string");
            }
        }

        private Object object(int start) {
            enter("object");
            int i = skipWs(start);
            PyList pairs = pairsHook != null ? new PyList() : null;
            PyDict d = pairsHook == null ? new PyDict() : null;
            if (i >= len || s.charAt(i) != '}') {
                while (true) {
                    if (i >= len || s.charAt(i) != '"') {
                        throw decodeError("Expecting property name enclosed in double quotes", s, i);
                    }
                    String key = string(i + 1);
                    i = skipWs(pos);
                    if (i >= len || s.charAt(i) != ':') throw decodeError("Expecting ':' delimiter", s, i);
                    i = skipWs(i + 1);
                    Object v = valueOrError(i);
                    if (pairs != null) {
                        pairs.append(PyTuple.of(key, v));
                    } else {
                        d.put(key, v);
                    }
                    i = skipWs(pos);
                    if (i < len && s.charAt(i) == '}') break;
                    if (i >= len || s.charAt(i) != ',') throw decodeError("Expecting ',' delimiter", s, i);
                    i = skipWs(i + 1);
                }
            }
            pos = i + 1;
            depth--;
            if (pairs != null) return Abstract.call(pairsHook, pairs);
            if (objectHook != null) return Abstract.call(objectHook, d);
            return d;
        }

        private Object array(int start) {
            enter("array");
            int i = skipWs(start);
            PyList out = new PyList();
            if (i >= len || s.charAt(i) != ']') {
                while (true) {
                    out.append(valueOrError(i));
                    i = skipWs(pos);
                    if (i < len && s.charAt(i) == ']') break;
                    if (i >= len || s.charAt(i) != ',') throw decodeError("Expecting ',' delimiter", s, i);
                    i = skipWs(i + 1);
                }
            }
            pos = i + 1;
            depth--;
            return out;
        }
    }
}
