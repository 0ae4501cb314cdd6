package org.jyco.parser.ast;

/**
 * A node of the abstract syntax tree. The node kinds and their fields mirror CPython 3.11's
 * {@code ast} module exactly (see {@code Parser/Python.asdl}); record component names are
 * CPython's field names, so a reflective view of a record is what {@code ast} shows in Python.
 */
public interface Node {
    /** The CPython class name of this node, e.g. {@code "BinOp"} or {@code "arguments"}. */
    String nodeName();
}
