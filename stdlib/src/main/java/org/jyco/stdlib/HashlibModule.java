package org.jyco.stdlib;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;
import org.jyco.runtime.types.PyByteArray;
import org.jyco.runtime.types.PyBytes;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyTuple;

/**
 * {@code hashlib}: the message digests of {@link MessageDigest} (md5, the sha1/sha2 family,
 * sha3_*; no blake2 or shake, which Java 17 lacks) and {@code pbkdf2_hmac} through
 * {@link Mac}.
 */
public final class HashlibModule {
    private HashlibModule() {}

    /** Python name -> {Java algorithm, block size}. */
    static final Map<String, Object[]> ALGORITHMS = new LinkedHashMap<>();

    static {
        ALGORITHMS.put("md5", new Object[] {"MD5", 64});
        ALGORITHMS.put("sha1", new Object[] {"SHA-1", 64});
        ALGORITHMS.put("sha224", new Object[] {"SHA-224", 64});
        ALGORITHMS.put("sha256", new Object[] {"SHA-256", 64});
        ALGORITHMS.put("sha384", new Object[] {"SHA-384", 128});
        ALGORITHMS.put("sha512", new Object[] {"SHA-512", 128});
        ALGORITHMS.put("sha512_224", new Object[] {"SHA-512/224", 128});
        ALGORITHMS.put("sha512_256", new Object[] {"SHA-512/256", 128});
        ALGORITHMS.put("sha3_224", new Object[] {"SHA3-224", 144});
        ALGORITHMS.put("sha3_256", new Object[] {"SHA3-256", 136});
        ALGORITHMS.put("sha3_384", new Object[] {"SHA3-384", 104});
        ALGORITHMS.put("sha3_512", new Object[] {"SHA3-512", 72});
    }

    /** Names with their own constructor function in the module (CPython's guaranteed set, minus blake2/shake). */
    static final String[] GUARANTEED = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
        "sha3_384", "sha3_512"};

    static final PyType HASH = PyType.newBuiltin("HASH", PyType.OBJECT, PyHash.class, PyHash.class, "_hashlib");

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("hashlib");
        m.addFunctions(HashlibModule.class);
        PyDict d = m.getDict();
        for (String name : GUARANTEED) {
            d.put(name, Abstract.call(d.get("_constructor"), name));
        }
        Object[] guaranteed = new Object[GUARANTEED.length];
        System.arraycopy(GUARANTEED, 0, guaranteed, 0, GUARANTEED.length);
        Object[] available = ALGORITHMS.keySet().toArray();
        Object frozenset = interp.builtins().getDict().get("frozenset");
        Object set = interp.builtins().getDict().get("set");
        d.put("algorithms_guaranteed", Abstract.call(set, PyTuple.of(guaranteed)));
        d.put("algorithms_available", Abstract.call(set, PyTuple.of(available)));
        d.remove("_constructor");
        d.put("__all__", PyTuple.of(concat(guaranteed, new Object[] {"new", "algorithms_guaranteed",
            "algorithms_available", "pbkdf2_hmac", "file_digest"})));
        return m;
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] r = new Object[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** The bytes of a buffer argument, with CPython's errors for str and other objects. */
    static byte[] buffer(Object data) {
        byte[] b = PyBytes.bytesLike(data);
        if (b != null) return b;
        if (data instanceof String) throw PyExc.typeError("Strings must be encoded before hashing");
        throw PyExc.typeError("object supporting the buffer API required");
    }

    static String canonical(Object name) {
        if (!(name instanceof String s)) {
            throw PyExc.typeError("name must be a string");
        }
        String k = s.toLowerCase(Locale.ROOT).replace('-', '_');
        if (k.equals("sha512/224")) k = "sha512_224";
        if (k.equals("sha512/256")) k = "sha512_256";
        if (!ALGORITHMS.containsKey(k)) throw PyExc.valueError("unsupported hash type " + s);
        return k;
    }

    static PyHash newHash(String name) {
        try {
            return new PyHash(name, MessageDigest.getInstance((String) ALGORITHMS.get(name)[0]));
        } catch (NoSuchAlgorithmException e) {
            throw PyExc.valueError("unsupported hash type " + name);
        }
    }

    @Exposed.Method(name = "new", params = {"name", "data=?", "*", "usedforsecurity=True"})
    public static Object new_(Object name, Object data, Object usedForSecurity) {
        PyHash h = newHash(canonical(name));
        if (data != Signature.MISSING) h.digest.update(buffer(data));
        return h;
    }

    /** Builds the named constructor (hashlib.md5 etc.): a callable object of its own. */
    @Exposed.Method(name = "_constructor", params = {"name"})
    public static Object constructor(Object name) {
        return new Constructor((String) name);
    }

    @Exposed.Method(params = {"hash_name", "password", "salt", "iterations", "dklen=None"})
    public static Object pbkdf2_hmac(Object hashName, Object password, Object salt, Object iterations, Object dklen) {
        if (!(hashName instanceof String)) {
            throw PyExc.typeError("pbkdf2_hmac() argument 'hash_name' must be str, not " + PyType.of(hashName).getName());
        }
        byte[] pw = buffer(password);
        byte[] sl = buffer(salt);
        long iters = Abstract.asLong(iterations);
        if (iters < 1) throw PyExc.valueError("iteration value must be greater than 0.");
        String name;
        try {
            name = canonical(hashName);
        } catch (org.jyco.runtime.PyException e) {
            throw PyExc.valueError("[digital envelope routines] unsupported");
        }
        String macName = "Hmac" + ((String) ALGORITHMS.get(name)[0]).replace("-", "").replace("/", "");
        Mac mac;
        try {
            mac = Mac.getInstance(macName);
            // an empty key is valid for HMAC, though SecretKeySpec refuses it: pad it to one block of zeros
            byte[] key = pw.length == 0 ? new byte[(int) ALGORITHMS.get(name)[1]] : pw;
            mac.init(new SecretKeySpec(key, "RAW"));
        } catch (java.security.GeneralSecurityException e) {
            throw PyExc.valueError("unsupported hash type " + hashName);
        }
        int hlen = mac.getMacLength();
        long len = dklen == PyNone.NONE ? hlen : Abstract.asLong(dklen);
        if (len < 1) throw PyExc.valueError("key length must be greater than 0.");
        if (len > Integer.MAX_VALUE - 64) throw PyExc.overflow("key length is too great.");
        byte[] out = new byte[(int) len];
        int pos = 0;
        for (int block = 1; pos < out.length; block++) {
            mac.update(sl);
            mac.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
            byte[] u = mac.doFinal();
            byte[] t = u.clone();
            for (long i = 1; i < iters; i++) {
                u = mac.doFinal(u);
                for (int k = 0; k < t.length; k++) t[k] ^= u[k];
            }
            int n = Math.min(t.length, out.length - pos);
            System.arraycopy(t, 0, out, pos, n);
            pos += n;
        }
        return new PyBytes(out);
    }

    @Exposed.Method(params = {"fileobj", "digest", "/"})
    public static Object file_digest(Object fileobj, Object digest) {
        Object h = digest instanceof String s ? new_(s, Signature.MISSING, true) : Abstract.call(digest);
        while (true) {
            Object chunk = Abstract.callMethod(fileobj, "read", 1L << 18);
            if (chunk == PyNone.NONE) throw PyExc.of(PyExc.BlockingIOError, "I/O operation would block.");
            byte[] b = buffer(chunk);
            if (b.length == 0) break;
            Abstract.callMethod(h, "update", chunk);
        }
        return h;
    }

    /** {@code hashlib.md5} and friends: {@code md5(data=b'', *, usedforsecurity=True)}. */
    public static final class Constructor extends PyObject {
        static final PyType TYPE = PyType.newBuiltin("builtin_function_or_method", PyType.OBJECT, Constructor.class,
            Constructor.class, "builtins");
        final String name;

        Constructor(String name) {
            this.name = name;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Exposed.Method(name = "__call__", params = {"data=?", "*", "usedforsecurity=True", "string=None"})
        public static Object call(Object self, Object data, Object usedForSecurity, Object string) {
            Constructor c = (Constructor) self;
            PyHash h = newHash(c.name);
            if (string != PyNone.NONE) {
                if (data == Signature.MISSING) {
                    data = string;
                } else {
                    throw PyExc.typeError("'data' and 'string' are mutually exclusive and support for 'string' "
                        + "keyword parameter is slated for removal in a future version.");
                }
            }
            if (data != Signature.MISSING) h.digest.update(buffer(data));
            return h;
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(Object self) {
            return "<built-in function openssl_" + ((Constructor) self).name + ">";
        }

        @Exposed.Getter("__name__")
        public static Object name(Object self) {
            return "openssl_" + ((Constructor) self).name;
        }
    }

    /** A hash object ({@code _hashlib.HASH}). */
    public static final class PyHash extends PyObject {
        final String name;
        final MessageDigest digest;

        PyHash(String name, MessageDigest digest) {
            this.name = name;
            this.digest = digest;
        }

        @Override
        public PyType getType() {
            return HASH;
        }

        @Exposed.Method(params = {"obj", "/"})
        public static Object update(Object self, Object obj) {
            PyHash h = (PyHash) self;
            byte[] b = buffer(obj);
            synchronized (h) {
                h.digest.update(b);
            }
            return PyNone.NONE;
        }

        static byte[] value(PyHash h) {
            synchronized (h) {
                try {
                    return ((MessageDigest) h.digest.clone()).digest();
                } catch (CloneNotSupportedException e) {
                    throw PyExc.systemError("hash state cannot be copied");
                }
            }
        }

        @Exposed.Method
        public static Object digest(Object self) {
            return new PyBytes(value((PyHash) self));
        }

        @Exposed.Method
        public static Object hexdigest(Object self) {
            byte[] v = value((PyHash) self);
            StringBuilder sb = new StringBuilder(v.length * 2);
            for (byte b : v) {
                sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
            }
            return sb.toString();
        }

        @Exposed.Method
        public static Object copy(Object self) {
            PyHash h = (PyHash) self;
            synchronized (h) {
                try {
                    return new PyHash(h.name, (MessageDigest) h.digest.clone());
                } catch (CloneNotSupportedException e) {
                    throw PyExc.systemError("hash state cannot be copied");
                }
            }
        }

        @Exposed.Getter("name")
        public static Object name(Object self) {
            return ((PyHash) self).name;
        }

        @Exposed.Getter("digest_size")
        public static Object digestSize(Object self) {
            return (long) ((PyHash) self).digest.getDigestLength();
        }

        @Exposed.Getter("block_size")
        public static Object blockSize(Object self) {
            return (long) (int) ALGORITHMS.get(((PyHash) self).name)[1];
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(Object self) {
            return "<" + ((PyHash) self).name + " _hashlib.HASH object @ 0x"
                + Integer.toHexString(System.identityHashCode(self)) + ">";
        }
    }
}
