package org.jyco.runtime.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FormatSpec's int, float and str formatting against format(value, spec) in CPython. */
class FormatSpecTest {
    @Test
    void matchesCpython() {
        CaseData.Mismatches m = new CaseData.Mismatches();
        for (Map<String, Object> c : CaseData.jsonLines("spec-cases.jsonl")) {
            Object v = CaseData.value(c.get("v"));
            String spec = (String) c.get("spec");
            if (v instanceof Boolean && spec.isEmpty()) continue; // str(True): not int.__format__'s business
            String actual = CaseData.outcome(() -> {
                if (v instanceof Long || v instanceof BigInteger || v instanceof Boolean) return FormatSpec.formatInt(v, spec);
                if (v instanceof Double d) return FormatSpec.formatFloat(d, spec);
                return FormatSpec.formatStr((String) v, spec);
            });
            m.check("format(" + CaseData.show(String.valueOf(v)) + ", " + CaseData.show(spec) + ")", CaseData.expected(c), actual);
        }
        assertTrue(m.checked > 6000);
        m.assertNone();
    }
}
