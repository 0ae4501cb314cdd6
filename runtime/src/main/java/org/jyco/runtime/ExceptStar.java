package org.jyco.runtime;

import java.util.ArrayList;
import java.util.List;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PyTuple;

/**
 * The state of one {@code try: ... except* ...} statement while its clauses run (PEP 654), made
 * when an exception reaches the clauses: the exception caught, the part no clause has matched
 * yet, and the exceptions the clauses raised. Compiled code calls {@link #begin}, then for each
 * clause {@link #match} and, if its body raises, {@link #raisedInClause}, and finally
 * {@link #end}, which gives what the statement re-raises (CPython's CHECK_EG_MATCH and
 * PREP_RERAISE_STAR).
 */
public final class ExceptStar {
    private final PyException orig;
    /** The part not matched yet; null once everything matched. */
    private PyBaseException rest;
    /** What sys.exc_info() shows: the caught exception, then the last match. */
    private PyException current;
    /** What clause bodies raised (re-raised parts of orig included). */
    private final List<PyBaseException> raised = new ArrayList<>();

    private ExceptStar(PyException orig) {
        this.orig = orig;
        this.rest = orig.value();
        this.current = orig;
    }

    /** An exception reaches the except* clauses. */
    public static ExceptStar begin(PyException orig) {
        return new ExceptStar(orig);
    }

    /**
     * {@code except* type}: the part of the remaining exceptions that matches type, as a group
     * (a lone exception is wrapped in {@code ExceptionGroup('', (exc,))}), or null. The match
     * becomes the exception being handled.
     */
    public PyException match(Object type) {
        checkType(type);
        if (rest == null) return null;
        PyBaseException r = rest;
        PyBaseException m;
        PyBaseException newRest;
        if (PyBaseExceptionGroup.givenExceptionMatches(r, type)) {
            m = r instanceof PyBaseExceptionGroup ? r : PyBaseExceptionGroup.create("", PyTuple.of(r));
            newRest = null;
        } else if (r instanceof PyBaseExceptionGroup) {
            Object pair = Abstract.callMethod(r, "split", type);
            if (!(pair instanceof PyTuple t) || t.size() != 2) {
                throw PyExc.typeError("split() of an exception group must return a 2-tuple, not '"
                    + PyType.of(pair).getName() + "'");
            }
            if (t.get(0) == PyNone.NONE) return null;
            m = exception(t.get(0));
            newRest = t.get(1) == PyNone.NONE ? null : exception(t.get(1));
        } else {
            return null;
        }
        rest = newRest;
        current = m == orig.value() ? orig : new PyException(m);
        ThreadState.current().handled = current;
        return current;
    }

    private static PyBaseException exception(Object o) {
        if (o instanceof PyBaseException e) return e;
        throw PyExc.typeError("exceptions must derive from BaseException");
    }

    /** The checks of CPython's CHECK_EG_MATCH on the type of an except* clause. */
    private static void checkType(Object type) {
        if (type instanceof PyTuple t) {
            for (Object x : t.array()) {
                if (!PyBaseExceptionGroup.isExceptionClass(x)) throw cannotCatch();
            }
            for (Object x : t.array()) {
                if (((PyType) x).isSubtype(PyExc.BaseExceptionGroup)) throw cannotCatchGroup();
            }
        } else if (!PyBaseExceptionGroup.isExceptionClass(type)) {
            throw cannotCatch();
        } else if (((PyType) type).isSubtype(PyExc.BaseExceptionGroup)) {
            throw cannotCatchGroup();
        }
    }

    private static PyException cannotCatch() {
        return PyExc.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    private static PyException cannotCatchGroup() {
        return PyExc.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }

    /**
     * The body of a clause raised {@code t} while handling {@code match}: recorded for {@link #end}.
     * As in an except clause, it gets this frame's traceback entry (unless it is a bare
     * re-raise) and the match as its context.
     */
    public void raisedInClause(Throwable t, PyException match, String filename, String function, int line) {
        boolean reraise = t instanceof PyException p && p.reraised;
        PyException e = Ops.catchHere(t, filename, function, line);
        if (!reraise) Ops.chain(e, match);
        raised.add(e.value());
    }

    /**
     * An exception raised while matching (a bad type in an except* clause): chained to the
     * exception being handled.
     */
    public Throwable failed(Throwable t) {
        return Ops.chain(t, current);
    }

    /**
     * After the last clause: the exception the statement raises (null if none), made of the
     * unmatched rest and what the clauses raised. Exceptions the clauses re-raised unchanged
     * (same traceback, cause and context as the caught group) are kept in the caught group's
     * structure; others are gathered with it in a new {@code ExceptionGroup('', [...])}.
     */
    public PyException end() {
        PyBaseException result = prepReraise();
        if (result == null) return null;
        PyException p = result == orig.value() ? orig : new PyException(result);
        p.reraised = true; // as CPython's RERAISE: no new traceback entry for this frame
        return p;
    }

    private PyBaseException prepReraise() {
        PyBaseException o = orig.value();
        if (!(o instanceof PyBaseExceptionGroup og)) {
            // a lone exception: at most one clause ran
            if (!raised.isEmpty()) return raised.get(0);
            return rest;
        }
        List<PyBaseException> excs = new ArrayList<>(raised);
        if (rest != null) excs.add(rest);
        if (excs.isEmpty()) return null;
        List<PyBaseException> raisedNew = new ArrayList<>();
        List<PyBaseException> reraised = new ArrayList<>();
        for (PyBaseException e : excs) {
            if (e.sameMetadata(o)) reraised.add(e);
            else raisedNew.add(e);
        }
        PyBaseException reraisedGroup = reraised.isEmpty() ? null : PyBaseExceptionGroup.projection(og, reraised);
        if (raisedNew.isEmpty()) return reraisedGroup;
        if (reraisedGroup != null) raisedNew.add(reraisedGroup);
        if (raisedNew.size() == 1) return raisedNew.get(0);
        return PyBaseExceptionGroup.create("", PyList.of(raisedNew.toArray()));
    }
}
