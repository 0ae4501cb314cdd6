package org.jyco.runtime.format;

/** Placeholder until the formatting package lands: repr of floats. */
public final class FloatFormat {
    private FloatFormat() {}

    public static String repr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        for (int p = 1; p <= 17; p++) {
            String s = String.format("%." + (p - 1) + "e", d);
            if (Double.parseDouble(s) == d) {
                int e = s.indexOf('e');
                String mant = s.substring(0, e);
                int exp = Integer.parseInt(s.substring(e + 1));
                String digits = mant.replace("-", "").replace(".", "");
                while (digits.length() > 1 && digits.endsWith("0")) digits = digits.substring(0, digits.length() - 1);
                String sign = d < 0 || (d == 0 && 1 / d < 0) ? "-" : "";
                if (exp < -4 || exp >= 16) {
                    String m = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
                    return sign + m + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
                }
                if (exp < 0) return sign + "0." + "0".repeat(-exp - 1) + digits;
                if (digits.length() <= exp + 1) return sign + digits + "0".repeat(exp + 1 - digits.length()) + ".0";
                return sign + digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
            }
        }
        return Double.toString(d);
    }
}
