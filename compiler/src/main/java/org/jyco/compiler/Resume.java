package org.jyco.compiler;

import java.util.IdentityHashMap;
import java.util.Map;
import org.objectweb.asm.Label;
import org.jyco.parser.ast.Node;

/**
 * The points of a function's generic code where its typed version may continue when a typed
 * assumption fails: after a statement, after a for loop's iterable is evaluated (the iterable on
 * the stack), after a for loop's target is stored; and the slot of each for loop's iterator,
 * shared by both versions so a loop left half-way goes on in the generic code. Both code
 * generators ask for the same node's label and get the same {@link Label}; the generic one
 * places it.
 */
final class Resume {
    private final Map<Node, Label> ends = new IdentityHashMap<>();
    private final Map<Node, Label> forIters = new IdentityHashMap<>();
    private final Map<Node, Label> forBodies = new IdentityHashMap<>();
    private final Map<Node, Integer> iterSlots = new IdentityHashMap<>();

    /** Just after statement {@code s} (empty stack). */
    Label end(Node s) {
        return ends.computeIfAbsent(s, k -> new Label());
    }

    /** In for loop {@code s}, after its iterable is evaluated (the iterable on the stack). */
    Label forIter(Node s) {
        return forIters.computeIfAbsent(s, k -> new Label());
    }

    /** In for loop {@code s}, after the target is stored, before the body (empty stack). */
    Label forBody(Node s) {
        return forBodies.computeIfAbsent(s, k -> new Label());
    }

    /** The local holding for loop {@code s}'s iterator. */
    int iterSlot(Node s, Emitter e) {
        return iterSlots.computeIfAbsent(s, k -> e.newLocal());
    }
}
