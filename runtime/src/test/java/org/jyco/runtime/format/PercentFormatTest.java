package org.jyco.runtime.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** PercentFormat against fmt % args in CPython. */
class PercentFormatTest {
    @Test
    void matchesCpython() {
        CaseData.Mismatches m = new CaseData.Mismatches();
        for (Map<String, Object> c : CaseData.jsonLines("percent-cases.jsonl")) {
            String fmt = (String) c.get("fmt");
            Object args = CaseData.value(c.get("args"));
            m.check(CaseData.show(fmt) + " % " + c.get("args"), CaseData.expected(c),
                CaseData.outcome(() -> PercentFormat.format(fmt, args)));
        }
        assertTrue(m.checked > 2500);
        m.assertNone();
    }
}
