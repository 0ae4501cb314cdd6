package org.jyco.runtime;

/**
 * Something Python can call, vectorcall style: positional values followed by keyword values,
 * {@code kwnames} naming the trailing keyword values (empty when there are none).
 */
public interface PyCallable {
    Object call(Object[] args, String[] kwnames);
}
