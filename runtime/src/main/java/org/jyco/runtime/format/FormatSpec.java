package org.jyco.runtime.format;

import org.jyco.runtime.PyExc;

/** Placeholder until the formatting package lands. */
public final class FormatSpec {
    private FormatSpec() {}

    public static String formatInt(Object value, String spec) {
        throw PyExc.notImplemented("format specs are not supported yet");
    }

    public static String formatFloat(double value, String spec) {
        throw PyExc.notImplemented("format specs are not supported yet");
    }

    public static String formatStr(String value, String spec) {
        throw PyExc.notImplemented("format specs are not supported yet");
    }
}
