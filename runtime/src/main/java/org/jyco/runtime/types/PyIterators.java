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

        public StringIterator(String s) {
            this.s = s;
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
        return new Base() {
            private boolean done;

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
        return of(() -> {
            Object v = Abstract.call(callable);
            return Abstract.eq(v, sentinel) ? END : v;
        });
    }
}
