package org.jyco.runtime.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jyco.runtime.types.PyDict;
import org.junit.jupiter.api.Test;

/** StrFormat against str.format and str.format_map in CPython. */
class StrFormatTest {
    @Test
    @SuppressWarnings("unchecked")
    void matchesCpython() {
        CaseData.Mismatches m = new CaseData.Mismatches();
        for (Map<String, Object> c : CaseData.jsonLines("strformat-cases.jsonl")) {
            String fmt = (String) c.get("fmt");
            String actual;
            String what;
            if (c.containsKey("map")) {
                Object map = CaseData.value(c.get("map"));
                what = CaseData.show(fmt) + ".format_map(" + c.get("map") + ")";
                actual = CaseData.outcome(() -> StrFormat.formatMap(fmt, map));
            } else {
                List<Object> a = (List<Object>) c.get("args");
                Object[] args = new Object[a.size()];
                for (int i = 0; i < args.length; i++) args[i] = CaseData.value(a.get(i));
                PyDict kwargs = null;
                if (c.get("kwargs") != null) {
                    kwargs = new PyDict();
                    for (Object kv : (List<Object>) c.get("kwargs")) {
                        List<Object> p = (List<Object>) kv;
                        kwargs.put(p.get(0), CaseData.value(p.get(1)));
                    }
                }
                PyDict kw = kwargs;
                what = CaseData.show(fmt) + ".format(" + a + ", " + c.get("kwargs") + ")";
                actual = CaseData.outcome(() -> StrFormat.format(fmt, args, kw));
            }
            m.check(what, CaseData.expected(c), actual);
        }
        assertTrue(m.checked > 1500);
        m.assertNone();
    }
}
