package org.jyco.runtime.types;

import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;

/**
 * Built-in iterators. They return {@link #END} when exhausted instead of raising StopIteration,
 * so Java-side loops ({@code for} statements, unpacking, list()) pay nothing for the end; the
 * Python-visible {@code __next__} turns END into StopIteration.
 */
public final class PyIterators {
    private PyIterators() {}

    /** The end-of-iteration sentinel. */
    public static final Object END = new Object() {
        @Override public String toString() { return "<end of iteration>"; }
    };

    /** Built-in iterator types, named as CPython's. */
    public static final PyType LIST_ITERATOR = type("list_iterator");
    public static final PyType LIST_REVERSEITERATOR = type("list_reverseiterator");
    public static final PyType TUPLE_ITERATOR = type("tuple_iterator");
    public static final PyType RANGE_ITERATOR = type("range_iterator");
    public static final PyType STR_ASCII_ITERATOR = type("str_ascii_iterator");
    public static final PyType STR_ITERATOR = type("str_iterator");
    public static final PyType BYTES_ITERATOR = type("bytes_iterator");
    public static final PyType BYTEARRAY_ITERATOR = type("bytearray_iterator");
    public static final PyType DICT_KEYITERATOR = type("dict_keyiterator");
    public static final PyType DICT_VALUEITERATOR = type("dict_valueiterator");
    public static final PyType DICT_ITEMITERATOR = type("dict_itemiterator");
    public static final PyType DICT_REVERSEKEYITERATOR = type("dict_reversekeyiterator");
    public static final PyType SET_ITERATOR = type("set_iterator");
    public static final PyType CALLABLE_ITERATOR = type("callable_iterator");
    public static final PyType ZIP = PyType.newBuiltin("zip", PyType.OBJECT, null, Zip.class, "builtins");
    public static final PyType MAP = PyType.newBuiltin("map", PyType.OBJECT, null, Map.class, "builtins");
    public static final PyType FILTER = PyType.newBuiltin("filter", PyType.OBJECT, null, Filter.class, "builtins");
    public static final PyType ENUMERATE = PyType.newBuiltin("enumerate", PyType.OBJECT, null, Enumerate.class, "builtins");
    public static final PyType REVERSED = PyType.newBuiltin("reversed", PyType.OBJECT, null, Reversed.class, "builtins");

    private static PyType type(String name) {
        return PyType.newBuiltin(name, PyType.OBJECT, null, Base.class, "builtins");
    }

    /** Base of built-in iterators: {@code __iter__} is self, {@code __next__} raises at the end. */
    public abstract static class Base extends PyObject {
        /** The next item or {@link #END}. */
        public abstract Object next();

        @Override
        public PyType getType() {
            return PyType.ITERATOR;
        }

        @Exposed.Method(name = "__iter__")
        public static Object iter(Base self) {
            return self;
        }

        @Exposed.Method(name = "__next__")
        public static Object next(Base self) {
            Object v = self.next();
            if (v == END) throw PyExc.stopIteration(null);
            return v;
        }

        @Exposed.Method(name = "__length_hint__")
        public static Object lengthHint(Base self) {
            return 0L;
        }
    }

    /** Over the first n items of an array. */
    public static final class ArrayIterator extends Base {
        private final Object[] items;
        private final int n;
        private int i;

        public ArrayIterator(Object[] items, int n) {
            this.items = items;
            this.n = n;
        }

        @Override
        public PyType getType() {
            return TUPLE_ITERATOR;
        }

        @Exposed.Method(name = "__length_hint__")
        public static Object lengthHint(ArrayIterator self) {
            return (long) Math.max(0, self.n - self.i);
        }

        @Override
        public Object next() {
            return i < n ? items[i++] : END;
        }
    }

    /** The old sequence protocol: {@code __getitem__(0)}, (1), ... until IndexError. */
    public static final class SequenceIterator extends Base {
        private final Object seq;
        private long i;
        private boolean done;

        public SequenceIterator(Object seq) {
            this.seq = seq;
        }

        @Override
        public Object next() {
            if (done) return END;
            try {
                return Abstract.getItem(seq, i++);
            } catch (PyException e) {
                if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) {
                    done = true;
                    return END;
                }
                throw e;
            }
        }
    }

    /** Over the code points of a string, each a one-character string. */
    public static final class StringIterator extends Base {
        private final String s;
        private int i;

        private final PyType type;

        public StringIterator(String s) {
            this.s = s;
            PyType t = STR_ASCII_ITERATOR;
            for (int k = 0; k < s.length(); k++) {
                if (s.charAt(k) >= 0x80) {
                    t = STR_ITERATOR;
                    break;
                }
            }
            this.type = t;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public Object next() {
            if (i >= s.length()) return END;
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                String r = s.substring(i, i + 2);
                i += 2;
                return r;
            }
            i++;
            return PyStr.ofChar(c);
        }
    }

    /** An iterator implemented by a Java lambda-like step function. */
    public interface Step {
        Object next();
    }

    /** Wraps a step function as a Python iterator. */
    public static Base of(Step step) {
        return of(PyType.ITERATOR, step);
    }

    /** Wraps a step function as a Python iterator of the given built-in iterator type. */
    public static Base of(PyType type, Step step) {
        return new Base() {
            private boolean done;

            @Override
            public PyType getType() {
                return type;
            }

            @Override
            public Object next() {
                if (done) return END;
                Object v = step.next();
                if (v == END) done = true;
                return v;
            }
        };
    }

    /** {@code iter(callable, sentinel)}. */
    public static Base callableIterator(Object callable, Object sentinel) {
        return of(CALLABLE_ITERATOR, () -> {
            Object v = Abstract.call(callable);
            return Abstract.eq(v, sentinel) ? END : v;
        });
    }

    // ------------------------------------------------------------------ zip, map, filter, enumerate, reversed

    /** {@code zip(*iterables, strict=False)}. */
    @Exposed.Inherit(from = Base.class)
    public static final class Zip {
        private Zip() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*iterables", "strict=False"})
        public static Object new_(Object cls, Object[] iterables, Object strict) {
            Object[] its = new Object[iterables.length];
            for (int i = 0; i < its.length; i++) its[i] = Abstract.iter(iterables[i]);
            boolean st = Abstract.isTrue(strict);
            if (its.length == 0) return of(ZIP, () -> END);
            return of(ZIP, () -> {
                Object[] row = new Object[its.length];
                for (int i = 0; i < its.length; i++) {
                    Object v = Abstract.next(its[i]);
                    if (v == END) {
                        if (st) {
                            if (i > 0) throw PyExc.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                                + (i == 1 ? " 1" : "s 1-" + i));
                            for (int j = 1; j < its.length; j++) {
                                if (Abstract.next(its[j]) != END) {
                                    throw PyExc.valueError("zip() argument " + (j + 1) + " is longer than argument"
                                        + (j == 1 ? " 1" : "s 1-" + j));
                                }
                            }
                        }
                        return END;
                    }
                    row[i] = v;
                }
                return PyTuple.of(row);
            });
        }
    }

    /** {@code map(function, *iterables)}. */
    @Exposed.Inherit(from = Base.class)
    public static final class Map {
        private Map() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "function", "*iterables"})
        public static Object new_(Object cls, Object function, Object[] iterables) {
            if (iterables.length == 0) throw PyExc.typeError("map() must have at least two arguments.");
            Object[] its = new Object[iterables.length];
            for (int i = 0; i < its.length; i++) its[i] = Abstract.iter(iterables[i]);
            if (its.length == 1) {
                Object it = its[0];
                return of(MAP, () -> {
                    Object v = Abstract.next(it);
                    return v == END ? v : Abstract.call(function, v);
                });
            }
            return of(MAP, () -> {
                Object[] args = new Object[its.length];
                for (int i = 0; i < its.length; i++) {
                    Object v = Abstract.next(its[i]);
                    if (v == END) return v;
                    args[i] = v;
                }
                return Abstract.call(function, args);
            });
        }
    }

    /** {@code filter(function, iterable)}. */
    @Exposed.Inherit(from = Base.class)
    public static final class Filter {
        private Filter() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "function", "iterable", "/"})
        public static Object new_(Object cls, Object function, Object iterable) {
            Object it = Abstract.iter(iterable);
            return of(FILTER, () -> {
                while (true) {
                    Object v = Abstract.next(it);
                    if (v == END) return v;
                    boolean keep = function == org.jyco.runtime.PyNone.NONE ? Abstract.isTrue(v)
                        : Abstract.isTrue(Abstract.call(function, v));
                    if (keep) return v;
                }
            });
        }
    }

    /** {@code enumerate(iterable, start=0)}. */
    @Exposed.Inherit(from = Base.class)
    public static final class Enumerate {
        private Enumerate() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "iterable", "start=0"})
        public static Object new_(Object cls, Object iterable, Object start) {
            Object it = Abstract.iter(iterable);
            Object first = Abstract.index(start);
            if (first instanceof Long l0) {
                long[] n = {l0};
                return of(ENUMERATE, () -> {
                    Object v = Abstract.next(it);
                    return v == END ? v : PyTuple.of(n[0]++, v);
                });
            }
            Object[] n = {first};
            return of(ENUMERATE, () -> {
                Object v = Abstract.next(it);
                if (v == END) return v;
                Object i = n[0];
                n[0] = Abstract.binaryOp(org.jyco.runtime.BinaryOp.ADD, i, 1L);
                return PyTuple.of(i, v);
            });
        }
    }

    /** {@code reversed(sequence)}. */
    @Exposed.Inherit(from = Base.class)
    public static final class Reversed {
        private Reversed() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "sequence", "/"})
        public static Object new_(Object cls, Object seq) {
            PyType t = PyType.of(seq);
            Object rf = t.lookup("__reversed__");
            if (rf == org.jyco.runtime.PyNone.NONE) {
                throw PyExc.typeError("'" + t.getName() + "' object is not reversible");
            }
            if (rf != null) return Abstract.call(PyDescriptors.get(rf, seq, t));
            if (t.lookup("__getitem__") == null || t.lookup("__len__") == null || seq instanceof PyDict) {
                throw PyExc.typeError("'" + t.getName() + "' object is not reversible");
            }
            long n = Abstract.len(seq);
            long[] i = {n - 1};
            return of(REVERSED, () -> i[0] < 0 ? END : Abstract.getItem(seq, i[0]--));
        }
    }
}
