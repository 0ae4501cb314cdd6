package org.jyco.runtime.types;

import java.util.ArrayList;
import java.util.List;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Singletons;

/**
 * {@code types.GenericAlias}: what {@code list[int]} or {@code dict[str, list[int]]} evaluate
 * to. It remembers the class and the arguments for introspection ({@code __origin__},
 * {@code __args__}), shows as written, calls and subclasses as its class, and refuses
 * {@code isinstance} as CPython does.
 */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = PyType.newBuiltin("GenericAlias", PyType.OBJECT, PyGenericAlias.class,
        PyGenericAlias.class, "types");

    final Object origin;
    final PyTuple args;

    public PyGenericAlias(Object origin, Object item) {
        this.origin = origin;
        this.args = item instanceof PyTuple t ? t : PyTuple.of(item);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "origin", "args", "/"})
    public static Object new_(Object cls, Object origin, Object args) {
        return new PyGenericAlias(origin, args);
    }

    /** {@code cls[item]} for the built-in classes that are generic. */
    public static Object classGetItem(Object cls, Object item) {
        return new PyGenericAlias(cls, item);
    }

    /** How a type argument shows inside {@code X[...]} and {@code X | Y}: classes by qualified name. */
    static String typeRepr(Object o) {
        if (o == Singletons.ELLIPSIS) return "...";
        if (o == PyNone.NONE || o == PyType.NONE_TYPE) return "None";
        if (o instanceof PyType t) {
            Object module = t.dict().get("__module__");
            String qual = t.getQualname();
            return "builtins".equals(module) || module == null ? qual : module + "." + qual;
        }
        return Abstract.repr(o);
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(PyGenericAlias self) {
        StringBuilder sb = new StringBuilder(typeRepr(self.origin)).append('[');
        Object[] a = self.args.array();
        if (a.length == 0) sb.append("()");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            if (a[i] instanceof PyList l) {
                // Callable[[int, str], X] shows its argument list in brackets
                sb.append('[');
                for (int j = 0; j < l.size(); j++) sb.append(j > 0 ? ", " : "").append(typeRepr(l.get(j)));
                sb.append(']');
            } else {
                sb.append(typeRepr(a[i]));
            }
        }
        return sb.append(']').toString();
    }

    @Exposed.Getter("__origin__")
    public static Object origin(PyGenericAlias self) {
        return self.origin;
    }

    @Exposed.Getter("__args__")
    public static Object args(PyGenericAlias self) {
        return self.args;
    }

    @Exposed.Getter("__parameters__")
    public static Object parameters(PyGenericAlias self) {
        return PyTuple.of();
    }

    @Exposed.Method(name = "__call__", params = {"*args", "**kwargs"})
    public static Object call(PyGenericAlias self, Object[] args, PyDict kwargs) {
        return Abstract.callEx(self.origin, PyTuple.of(args), kwargs);
    }

    @Exposed.Method(name = "__mro_entries__", params = {"bases", "/"})
    public static Object mroEntries(PyGenericAlias self, Object bases) {
        return PyTuple.of(self.origin);
    }

    @Exposed.Method(name = "__getattr__", params = {"name", "/"})
    public static Object getattr(PyGenericAlias self, Object name) {
        String n = (String) name;
        if (n.startsWith("__") && n.endsWith("__")) throw PyExc.attributeError("'types.GenericAlias' object has no attribute '" + n + "'");
        return Abstract.getAttr(self.origin, n);
    }

    @Exposed.Method(name = "__instancecheck__", params = {"obj", "/"})
    public static Object instancecheck(PyGenericAlias self, Object obj) {
        throw PyExc.typeError("isinstance() argument 2 cannot be a parameterized generic");
    }

    @Exposed.Method(name = "__subclasscheck__", params = {"cls", "/"})
    public static Object subclasscheck(PyGenericAlias self, Object cls) {
        throw PyExc.typeError("issubclass() argument 2 cannot be a parameterized generic");
    }

    @Exposed.Method(name = "__eq__", params = {"other", "/"})
    public static Object eq(PyGenericAlias self, Object other) {
        if (!(other instanceof PyGenericAlias o)) return Singletons.NOT_IMPLEMENTED;
        return Abstract.eq(self.origin, o.origin) && Abstract.eq(self.args, o.args);
    }

    @Exposed.Method(name = "__hash__")
    public static Object hash(PyGenericAlias self) {
        return Abstract.hash(self.origin) ^ Abstract.hash(self.args);
    }

    @Exposed.Method(name = "__or__", params = {"other", "/"})
    public static Object or(Object self, Object other) {
        return Union.of(self, other);
    }

    @Exposed.Method(name = "__ror__", params = {"other", "/"})
    public static Object ror(Object self, Object other) {
        return Union.of(other, self);
    }

    /** {@code types.UnionType}: what {@code int | None} evaluates to. */
    public static final class Union extends PyObject {
        public static final PyType TYPE = PyType.newBuiltin("UnionType", PyType.OBJECT, Union.class, Union.class, "types");

        final PyTuple args;

        private Union(PyTuple args) {
            this.args = args;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        private static boolean unionable(Object o) {
            return o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof Union;
        }

        /** {@code a | b}, or NotImplemented when an operand cannot be part of a union. */
        public static Object of(Object a, Object b) {
            if (!unionable(a) || !unionable(b)) return Singletons.NOT_IMPLEMENTED;
            List<Object> items = new ArrayList<>();
            for (Object x : new Object[] {a, b}) {
                if (x instanceof Union u) {
                    for (Object y : u.args.array()) add(items, y);
                } else {
                    add(items, x == PyNone.NONE ? PyType.NONE_TYPE : x);
                }
            }
            if (items.size() == 1) return items.get(0);
            return new Union(PyTuple.of(items.toArray()));
        }

        private static void add(List<Object> items, Object x) {
            for (Object y : items) if (Abstract.eq(x, y)) return;
            items.add(x);
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(Union self) {
            StringBuilder sb = new StringBuilder();
            for (Object a : self.args.array()) {
                if (sb.length() > 0) sb.append(" | ");
                sb.append(typeRepr(a));
            }
            return sb.toString();
        }

        @Exposed.Getter("__args__")
        public static Object args(Union self) {
            return self.args;
        }

        @Exposed.Getter("__parameters__")
        public static Object parameters(Union self) {
            return PyTuple.of();
        }

        @Exposed.Method(name = "__instancecheck__", params = {"obj", "/"})
        public static Object instancecheck(Union self, Object obj) {
            for (Object a : self.args.array()) {
                if (a instanceof PyGenericAlias) {
                    throw PyExc.typeError("isinstance() argument 2 cannot be a parameterized generic");
                }
            }
            for (Object a : self.args.array()) if (Abstract.isInstance(obj, a)) return true;
            return false;
        }

        @Exposed.Method(name = "__subclasscheck__", params = {"cls", "/"})
        public static Object subclasscheck(Union self, Object cls) {
            for (Object a : self.args.array()) {
                if (a instanceof PyGenericAlias) {
                    throw PyExc.typeError("issubclass() argument 2 cannot be a parameterized generic");
                }
            }
            for (Object a : self.args.array()) if (Abstract.isSubclass(cls, a)) return true;
            return false;
        }

        @Exposed.Method(name = "__eq__", params = {"other", "/"})
        public static Object eq(Union self, Object other) {
            if (!(other instanceof Union o)) return Singletons.NOT_IMPLEMENTED;
            if (self.args.size() != o.args.size()) return false;
            outer:
            for (Object x : self.args.array()) {
                for (Object y : o.args.array()) if (Abstract.eq(x, y)) continue outer;
                return false;
            }
            return true;
        }

        @Exposed.Method(name = "__hash__")
        public static Object hash(Union self) {
            long h = 0;
            for (Object a : self.args.array()) h ^= Abstract.hash(a);
            return h;
        }

        @Exposed.Method(name = "__or__", params = {"other", "/"})
        public static Object or(Object self, Object other) {
            return of(self, other);
        }

        @Exposed.Method(name = "__ror__", params = {"other", "/"})
        public static Object ror(Object self, Object other) {
            return of(other, self);
        }
    }
}
