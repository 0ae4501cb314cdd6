package org.jyco.runtime;

import java.util.ArrayList;
import java.util.List;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyTuple;

/**
 * A Python parameter list and the binding of call arguments to it (CPython's
 * {@code Python/ceval.c} {@code initialize_locals}), shared by Python functions and built-ins.
 *
 * <p>Bound arguments come out in declaration order: positional parameters (positional-only
 * first), the {@code *args} tuple when declared, keyword-only parameters, then the
 * {@code **kwargs} dict when declared. This is the order of the Java parameters of exposed
 * methods and of compiled function bodies. Calls pass arguments vectorcall style: positional values
 * followed by keyword values, with {@code kwnames} naming the trailing keyword values.
 */
public final class Signature {
    /** Passed for an optional parameter that has no default and was not given ({@code "x=?"}). */
    public static final Object MISSING = new Object() {
        @Override public String toString() { return "<missing>"; }
    };

    public static final String[] NO_KWNAMES = new String[0];

    final String name;
    final String[] names;
    final int posonly;
    final int positional;
    final int kwonly;
    final boolean varargs;
    final boolean varkw;
    /** Set for built-ins whose parameters are all positional-only: CPython's shorter messages. */
    private boolean builtinPositional;
    private String qualname;
    private int required;
    private int hidden;

    public Signature(String name, String[] names, int posonly, int positional, int kwonly, boolean varargs, boolean varkw) {
        this.name = name;
        this.names = names;
        this.posonly = posonly;
        this.positional = positional;
        this.kwonly = kwonly;
        this.varargs = varargs;
        this.varkw = varkw;
    }

    /** Number of bound slots (the Java parameters after self). */
    public int slots() {
        return positional + kwonly + (varargs ? 1 : 0) + (varkw ? 1 : 0);
    }

    /** Slot of the first keyword-only parameter. */
    public int kwonlyStart() {
        return positional + (varargs ? 1 : 0);
    }

    /** True for a plain positional signature (no *args, keyword-only or **kwargs). */
    public boolean isSimple() {
        return !varargs && !varkw && kwonly == 0;
    }

    public int positionalCount() { return positional; }
    public int posonlyCount() { return posonly; }
    public int kwonlyCount() { return kwonly; }
    public boolean hasVarargs() { return varargs; }
    public boolean hasVarkw() { return varkw; }
    public String name() { return name; }
    public String[] names() { return names; }

    /**
     * Parses an {@link Exposed} parameter list. Defaults are returned through {@code defaultsOut}
     * (one entry per positional and keyword-only parameter, {@code null} for "required").
     */
    public static Signature parse(String name, String[] params, List<Object> defaultsOut) {
        List<String> names = new ArrayList<>();
        List<String> kwonlyNames = new ArrayList<>();
        List<Object> kwonlyDefaults = new ArrayList<>();
        int posonly = 0, positional = 0, kwonly = 0;
        boolean varargs = false, varkw = false, star = false;
        String varargsName = null, varkwName = null;
        for (String p : params) {
            if (p.equals("/")) {
                posonly = positional;
                continue;
            }
            if (p.equals("*")) {
                star = true;
                continue;
            }
            if (p.startsWith("**")) {
                varkw = true;
                varkwName = p.substring(2);
                continue;
            }
            if (p.startsWith("*")) {
                varargs = true;
                star = true;
                varargsName = p.substring(1);
                continue;
            }
            int eq = p.indexOf('=');
            String n = eq < 0 ? p : p.substring(0, eq);
            Object dflt = eq < 0 ? null : parseDefault(p.substring(eq + 1));
            if (star) {
                kwonlyNames.add(n);
                kwonlyDefaults.add(dflt);
                kwonly++;
            } else {
                names.add(n);
                defaultsOut.add(dflt);
                positional++;
            }
        }
        if (varargs) {
            names.add(varargsName);
            defaultsOut.add(null);
        }
        names.addAll(kwonlyNames);
        defaultsOut.addAll(kwonlyDefaults);
        if (varkw) {
            names.add(varkwName);
            defaultsOut.add(null);
        }
        return new Signature(name, names.toArray(new String[0]), posonly, positional, kwonly, varargs, varkw);
    }

    private static Object parseDefault(String s) {
        switch (s) {
            case "?": return MISSING;
            case "None": return PyNone.NONE;
            case "True": return Boolean.TRUE;
            case "False": return Boolean.FALSE;
            case "()": return PyTuple.EMPTY;
            default:
                if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"')) {
                    return s.substring(1, s.length() - 1).replace("\\n", "\n").replace("\\t", "\t");
                }
                if (s.contains(".")) return Double.parseDouble(s);
                return Long.parseLong(s);
        }
    }

    /**
     * Binds call arguments. {@code defaults} holds the values for the last positional parameters
     * (CPython's {@code __defaults__}), {@code kwdefaults} the keyword-only ones by name; for
     * built-ins, {@code allDefaults} gives one default per parameter instead (null = required).
     */
    /**
     * Marks a built-in's signature: when all its parameters are positional-only, wrong argument
     * counts read as CPython's built-ins say them ("len() takes exactly one argument (2 given)",
     * "divmod expected 2 arguments, got 1"); {@code qualname} is "list.append" for a method.
     */
    void markBuiltin(String qualname, Object[] defaults, int hidden) {
        this.qualname = qualname;
        this.hidden = hidden;
        builtinPositional = posonly == positional && !varargs;
        int r = 0;
        while (r < positional && defaults[r] == null) r++;
        required = r;
    }

    private PyException builtinArity(int given) {
        int max = positional - hidden, min = required - hidden;
        given -= hidden;
        boolean plain = kwonly == 0 && !varkw;
        String msg;
        if (plain && max == 0) {
            msg = qualname + "() takes no arguments (" + given + " given)";
        } else if (plain && max == 1 && min == 1) {
            msg = qualname + "() takes exactly one argument (" + given + " given)";
        } else {
            int bound = given < min ? min : max;
            String how = min == max ? "" : given < min ? "at least " : "at most ";
            msg = name + " expected " + how + bound + " argument" + (bound == 1 ? "" : "s") + ", got " + given;
        }
        return PyExc.typeError(msg);
    }

    public Object[] bind(Object[] args, String[] kwnames, Object[] defaults, PyDict kwdefaults, Object[] allDefaults) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (builtinPositional && (npos < required || npos > positional)) throw builtinArity(npos);
        if (qualname != null && !varargs && kwonly == 0 && npos > positional) {
            // a built-in taking keywords: "split() takes at most 2 arguments (3 given)"
            int max = positional - hidden;
            throw PyExc.typeError(name + "() takes " + (required < positional ? "at most " : "exactly ") + max
                + " argument" + (max == 1 ? "" : "s") + " (" + (npos + nkw - hidden) + " given)");
        }
        Object[] out = new Object[slots()];
        if (npos > positional && !varargs) throw tooManyPositional(npos, defaults, allDefaults, nkw, args, kwnames);
        int n = Math.min(npos, positional);
        System.arraycopy(args, 0, out, 0, n);
        int kwStart = kwonlyStart();
        if (varargs) {
            Object[] rest = new Object[Math.max(npos - positional, 0)];
            if (rest.length > 0) System.arraycopy(args, positional, rest, 0, rest.length);
            out[positional] = allDefaults != null ? rest : PyTuple.of(rest);
        }
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            out[out.length - 1] = kwdict;
        }
        List<String> posonlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String key = kwnames[k];
            Object value = args[npos + k];
            int idx = -1;
            for (int i = posonly; i < positional; i++) {
                if (names[i].equals(key)) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                for (int i = kwStart; i < kwStart + kwonly; i++) {
                    if (names[i].equals(key)) {
                        idx = i;
                        break;
                    }
                }
            }
            if (idx < 0) {
                if (kwdict != null) {
                    kwdict.put(key, value);
                    continue;
                }
                for (int i = 0; i < posonly; i++) {
                    if (names[i].equals(key)) {
                        if (posonlyAsKw == null) posonlyAsKw = new ArrayList<>();
                        posonlyAsKw.add(key);
                    }
                }
                if (posonlyAsKw != null) continue;
                throw PyExc.typeError(name + "() got an unexpected keyword argument '" + key + "'");
            }
            if (out[idx] != null) throw PyExc.typeError(name + "() got multiple values for argument '" + key + "'");
            out[idx] = value;
        }
        if (posonlyAsKw != null) {
            throw PyExc.typeError(name + "() got some positional-only arguments passed as keyword arguments: '"
                + String.join(", ", posonlyAsKw) + "'");
        }
        // defaults and missing arguments
        List<String> missing = null;
        int ndef = defaults == null ? 0 : defaults.length;
        for (int i = 0; i < positional; i++) {
            if (out[i] != null) continue;
            Object d = null;
            if (allDefaults != null) d = allDefaults[i];
            else if (i >= positional - ndef) d = defaults[i - (positional - ndef)];
            if (d == null) {
                if (missing == null) missing = new ArrayList<>();
                missing.add(names[i]);
            } else {
                out[i] = d;
            }
        }
        if (missing != null && qualname != null && kwonly == 0 && !varargs) {
            // a built-in: "round() missing required argument 'number' (pos 1)"
            int pos = java.util.Arrays.asList(names).indexOf(missing.get(0)) + 1 - hidden;
            throw PyExc.typeError(name + "() missing required argument '" + missing.get(0) + "' (pos " + pos + ")");
        }
        if (missing != null) throw missingArgs(missing, "positional");
        for (int i = kwStart; i < kwStart + kwonly; i++) {
            if (out[i] != null) continue;
            Object d = null;
            if (allDefaults != null) d = allDefaults[i];
            else if (kwdefaults != null) d = kwdefaults.getOrNull(names[i]);
            if (d == null) {
                if (missing == null) missing = new ArrayList<>();
                missing.add(names[i]);
            } else {
                out[i] = d;
            }
        }
        if (missing != null) throw missingArgs(missing, "keyword-only");
        return out;
    }

    private PyException missingArgs(List<String> missing, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = missing.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            sb.append('\'').append(missing.get(i)).append('\'');
        }
        return PyExc.typeError(name + "() missing " + n + " required " + kind + " argument"
            + (n == 1 ? "" : "s") + ": " + sb);
    }

    private PyException tooManyPositional(int given, Object[] defaults, Object[] allDefaults, int nkw,
                                          Object[] args, String[] kwnames) {
        int ndef = 0;
        if (allDefaults != null) {
            for (int i = 0; i < positional; i++) if (allDefaults[i] != null) ndef++;
        } else if (defaults != null) {
            ndef = defaults.length;
        }
        int kwonlyGiven = 0;
        for (int k = 0; k < nkw; k++) {
            for (int i = kwonlyStart(); i < kwonlyStart() + kwonly; i++) if (names[i].equals(kwnames[k])) kwonlyGiven++;
        }
        String takes;
        if (ndef > 0) takes = "from " + (positional - ndef) + " to " + positional;
        else takes = String.valueOf(positional);
        String msg = name + "() takes " + takes + " positional argument" + (positional == 1 && ndef == 0 ? "" : "s")
            + " but " + given + (kwonlyGiven > 0 ? " positional argument" + (given == 1 ? "" : "s")
                + " (and " + kwonlyGiven + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ")"
                : "") + " " + (given == 1 && kwonlyGiven == 0 ? "was" : "were") + " given";
        return PyExc.typeError(msg);
    }
}
