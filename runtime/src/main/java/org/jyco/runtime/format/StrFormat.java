package org.jyco.runtime.format;

import org.jyco.runtime.PyExc;
import org.jyco.runtime.types.PyDict;

/** Placeholder until the formatting package lands. */
public final class StrFormat {
    private StrFormat() {}

    public static String format(String fmt, Object[] args, PyDict kwargs) {
        throw PyExc.notImplemented("str.format is not supported yet");
    }

    public static String formatMap(String fmt, Object mapping) {
        throw PyExc.notImplemented("str.format_map is not supported yet");
    }
}
