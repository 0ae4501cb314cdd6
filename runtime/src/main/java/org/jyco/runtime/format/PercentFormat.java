package org.jyco.runtime.format;

import org.jyco.runtime.PyExc;

/** Placeholder until the formatting package lands. */
public final class PercentFormat {
    private PercentFormat() {}

    public static String format(String fmt, Object args) {
        throw PyExc.notImplemented("%-formatting is not supported yet");
    }
}
