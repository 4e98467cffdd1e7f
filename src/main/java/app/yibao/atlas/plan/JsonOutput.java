package app.yibao.atlas.plan;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of one answer as a plan writes it: UTF-8 straight away, so that the answer is never held as UTF-16
 * characters and encoded again (for a Chinese answer, that was a fifth of the CPU it cost).
 */
final class JsonOutput {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private byte[] bytes;
    private int size;

    JsonOutput() {
        this(64);
    }

    JsonOutput(int capacity) {
        bytes = new byte[capacity];
    }

    JsonOutput raw(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
        return this;
    }

    JsonOutput raw(char ascii) {
        ensure(1);
        bytes[size++] = (byte) ascii;
        return this;
    }

    /** Text known to be ASCII without anything to escape: numbers, enum names, dates, literals. */
    JsonOutput ascii(String value) {
        int length = value.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            bytes[size++] = (byte) value.charAt(i);
        }
        return this;
    }

    /** A JSON string, escaped as the engine's writer (Parsson) escapes it. */
    JsonOutput string(String value) {
        raw('"');
        int length = value.length();
        int clean = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            utf8(value, clean, i);
            clean = i + 1;
            switch (c) {
                case '"' -> raw('\\').raw('"');
                case '\\' -> raw('\\').raw('\\');
                case '\b' -> raw('\\').raw('b');
                case '\f' -> raw('\\').raw('f');
                case '\n' -> raw('\\').raw('n');
                case '\r' -> raw('\\').raw('r');
                case '\t' -> raw('\\').raw('t');
                default -> {
                    raw('\\').raw('u').raw('0').raw('0');
                    ensure(2);
                    bytes[size++] = HEX[c >> 4];
                    bytes[size++] = HEX[c & 0xF];
                }
            }
        }
        utf8(value, clean, length);
        return raw('"');
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void utf8(String value, int from, int to) {
        if (from < to) {
            raw((from == 0 && to == value.length() ? value : value.substring(from, to))
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** The UTF-8 bytes of a JSON string, for keys and names written again and again. */
    static byte[] quoted(String value) {
        return new JsonOutput().string(value).toByteArray();
    }
}
