package io.toasty.internal.engine;

import io.toasty.InvalidCursorException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks pagination cursors with HMAC-SHA256 under one key: random per engine unless the application sets
 * one, so that cursors survive restarts and travel between instances. A cursor is URL-safe Base64 of a payload and
 * the first {@value #TAG} bytes of its MAC. Thread-safe.
 */
final class Cursors {
    private static final int VERSION = 1;
    private static final int TAG = 16;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    /** One initialised MAC per thread: looking the algorithm up costs more than computing a tag. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    Cursors(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    static Cursors random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new Cursors(key);
    }

    /**
     * What a cursor says.
     *
     * @param model the model's name
     * @param order a digest of the order's description
     * @param before whether it points to the rows before the boundary (a previous page)
     * @param size the page size
     * @param values the boundary row's sort values, as text; null for SQL NULL
     */
    record Content(String model, long order, boolean before, int size, String[] values) {}

    String encode(Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(content.model());
            out.writeLong(content.order());
            out.writeBoolean(content.before());
            out.writeInt(content.size());
            out.writeShort(content.values().length);
            for (String value : content.values()) {
                out.writeBoolean(value != null);
                if (value != null) {
                    out.writeUTF(value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] payload = bytes.toByteArray();
        byte[] signed = Arrays.copyOf(payload, payload.length + TAG);
        System.arraycopy(mac(payload), 0, signed, payload.length, TAG);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
    }

    /**
     * Checks the cursor's signature and reads it.
     *
     * @throws InvalidCursorException when it is not a cursor this key signed
     */
    Content decode(String cursor, String model) {
        byte[] signed;
        try {
            signed = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw tampered(model);
        }
        if (signed.length <= TAG) {
            throw tampered(model);
        }
        byte[] payload = Arrays.copyOf(signed, signed.length - TAG);
        byte[] tag = Arrays.copyOfRange(signed, signed.length - TAG, signed.length);
        if (!MessageDigest.isEqual(tag, Arrays.copyOf(mac(payload), TAG))) {
            throw tampered(model);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            if (in.readByte() != VERSION) {
                throw tampered(model);
            }
            String owner = in.readUTF();
            long order = in.readLong();
            boolean before = in.readBoolean();
            int size = in.readInt();
            String[] values = new String[in.readShort()];
            for (int i = 0; i < values.length; i++) {
                values[i] = in.readBoolean() ? in.readUTF() : null;
            }
            return new Content(owner, order, before, size, values);
        } catch (IOException e) {
            throw tampered(model);
        }
    }

    private static InvalidCursorException tampered(String model) {
        return new InvalidCursorException("The cursor given to page(cursor) of " + model + " is not one this Toasty"
                + " made: it was changed, or it was signed with another cursor key (a restart or another instance"
                + " without Toasty.builder(...).cursorKey(...))");
    }

    private byte[] mac(byte[] payload) {
        return macs.get().doFinal(payload);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
