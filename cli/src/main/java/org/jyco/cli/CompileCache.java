package org.jyco.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.ModuleCode;

/**
 * Jyco's {@code __pycache__}: the classes compiled from source files (the script, the modules
 * it imports, the standard modules written in Python) are kept on disk and reused while the
 * source and the Jyco build are the same, so a run does not parse and compile them again.
 *
 * <p>Entries live in {@code $JYCO_CACHE_DIR}, else {@code $XDG_CACHE_HOME/jyco}, else
 * {@code ~/.cache/jyco}, in one directory per Jyco build (the jar's path, size and time), named
 * by a SHA-256 of the file name and the source bytes. {@code -B} stops writing (reading goes
 * on), as in CPython; {@code JYCO_CACHE_DIR=} (empty) turns the cache off. (CPython's
 * {@code PYTHONDONTWRITEBYTECODE} is about {@code __pycache__} directories next to the sources;
 * this cache writes none, so it does not apply.) A build not run from a jar (the development
 * tree) uses no cache. Any problem with the cache falls back to compiling.
 */
final class CompileCache implements Interpreter.SourceCompiler {
    private static final int MAGIC = 0x4a59_4331; // "JYC1"

    private final Interpreter.SourceCompiler compiler;
    private final Path dir;
    private final boolean write;

    CompileCache(Interpreter.SourceCompiler compiler, Path dir, boolean write) {
        this.compiler = compiler;
        this.dir = dir;
        this.write = write;
    }

    /** {@code compiler} with a cache when one can be used, else {@code compiler} itself. */
    static Interpreter.SourceCompiler wrap(Interpreter.SourceCompiler compiler, boolean dontWrite) {
        try {
            Path jar = Path.of(compiler.getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) return compiler;
            if (System.getProperty("jyco.dump") != null) return compiler; // dumping needs the compilation
            // the build, and the settings that change the code compiled
            String build = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis()
                + "|typed=" + System.getProperty("jyco.typed", "");
            Path root = root();
            if (root == null) return compiler;
            return new CompileCache(compiler, root.resolve(hex(build.getBytes(StandardCharsets.UTF_8)).substring(0, 16)), !dontWrite);
        } catch (Exception | LinkageError e) {
            return compiler;
        }
    }

    private static Path root() {
        String own = System.getenv("JYCO_CACHE_DIR");
        if (own != null) return own.isEmpty() ? null : Path.of(own);
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty()) return Path.of(xdg, "jyco");
        String home = System.getProperty("user.home");
        return home == null ? null : Path.of(home, ".cache", "jyco");
    }

    @Override
    public ModuleCode compile(String source, String filename, String mode) {
        return compiler.compile(source, filename, mode);
    }

    @Override
    public ModuleCode compileFile(byte[] source, String filename) {
        Path entry;
        try {
            ByteArrayOutputStream key = new ByteArrayOutputStream();
            key.write(filename.getBytes(StandardCharsets.UTF_8));
            key.write(0);
            key.write(source);
            entry = dir.resolve(hex(key.toByteArray()) + ".jyc");
        } catch (IOException e) {
            return compiler.compileFile(source, filename);
        }
        ModuleCode cached = read(entry, filename);
        if (cached != null) return cached;
        ModuleCode code = compiler.compileFile(source, filename);
        if (write) store(entry, code);
        return code;
    }

    private static ModuleCode read(Path entry, String filename) {
        if (!Files.isRegularFile(entry)) return null;
        try (DataInputStream in = new DataInputStream(Files.newInputStream(entry))) {
            if (in.readInt() != MAGIC) return null;
            String name = in.readUTF();
            boolean returnsValue = in.readBoolean();
            byte[] bytes = in.readNBytes(in.readInt());
            return new ModuleCode(name, filename, bytes, returnsValue);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void store(Path entry, ModuleCode code) {
        try {
            Files.createDirectories(entry.getParent());
            Path tmp = Files.createTempFile(entry.getParent(), "entry", ".tmp");
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(tmp))) {
                out.writeInt(MAGIC);
                out.writeUTF(code.name);
                out.writeBoolean(code.returnsValue);
                byte[] bytes = code.classBytes();
                out.writeInt(bytes.length);
                out.write(bytes);
            }
            Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // an unwritable cache only costs the compilation next time
        }
    }

    private static String hex(byte[] data) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(data);
            StringBuilder sb = new StringBuilder(64);
            for (byte b : d) sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
