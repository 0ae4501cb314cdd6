package org.jyco.jsr223;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * The javax.script factory for Jyco: found by {@code ScriptEngineManager} under the names
 * "python", "jyco" and "py", the extension "py" and the Python MIME types. Each engine it makes
 * has its own interpreter.
 */
public final class JycoScriptEngineFactory implements ScriptEngineFactory {
    static final String ENGINE_NAME = "Jyco";
    static final String ENGINE_VERSION = "0.1.0";
    static final String LANGUAGE_NAME = "python";
    static final String LANGUAGE_VERSION = "3.11";

    private static final List<String> NAMES = List.of("python", "jyco", "py");
    private static final List<String> EXTENSIONS = List.of("py");
    private static final List<String> MIME_TYPES = List.of("text/x-python", "application/x-python");

    @Override
    public String getEngineName() {
        return ENGINE_NAME;
    }

    @Override
    public String getEngineVersion() {
        return ENGINE_VERSION;
    }

    @Override
    public List<String> getExtensions() {
        return EXTENSIONS;
    }

    @Override
    public List<String> getMimeTypes() {
        return MIME_TYPES;
    }

    @Override
    public List<String> getNames() {
        return NAMES;
    }

    @Override
    public String getLanguageName() {
        return LANGUAGE_NAME;
    }

    @Override
    public String getLanguageVersion() {
        return LANGUAGE_VERSION;
    }

    @Override
    public Object getParameter(String key) {
        switch (key) {
            case ScriptEngine.ENGINE: return getEngineName();
            case ScriptEngine.ENGINE_VERSION: return getEngineVersion();
            case ScriptEngine.LANGUAGE: return getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION: return getLanguageVersion();
            case ScriptEngine.NAME: return NAMES.get(0);
            // an engine may be used by one thread at a time (its evaluations are serialised)
            case "THREADING": return null;
            default: return null;
        }
    }

    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return obj + "." + m + "(" + String.join(", ", args) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        StringBuilder sb = new StringBuilder("print(\"");
        for (char c : toDisplay.toCharArray()) {
            switch (c) {
                case '\\': sb.append("\\\\"); break;
                case '"': sb.append("\\\""); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20) sb.append(String.format("\\x%02x", (int) c));
                    else sb.append(c);
            }
        }
        return sb.append("\")").toString();
    }

    @Override
    public String getProgram(String... statements) {
        StringBuilder sb = new StringBuilder();
        for (String s : statements) sb.append(s).append('\n');
        return sb.toString();
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new JycoScriptEngine(this);
    }
}
