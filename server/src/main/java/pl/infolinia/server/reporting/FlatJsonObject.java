package pl.infolinia.server.reporting;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads the event store's {@code data} column, a flat JSON object of strings such as
 * {@code {"caller":"+48500","hotline":"infolinia"}}, without a general JSON parser: a month's
 * report reads a million of them, and a parser per row cost more than the rest of the row.
 * Anything else (nesting, numbers, bad syntax) is refused with the text.
 */
final class FlatJsonObject {

    private final String text;
    private int at;

    private FlatJsonObject(String text) {
        this.text = text;
    }

    static Map<String, String> parse(String text) {
        return new FlatJsonObject(text).object();
    }

    private Map<String, String> object() {
        Map<String, String> fields = new HashMap<>(8);
        expect('{');
        if (peek() == '}') {
            at++;
            return end(fields);
        }
        while (true) {
            String name = string();
            expect(':');
            fields.put(name, string());
            char next = next();
            if (next == '}') {
                return end(fields);
            }
            if (next != ',') {
                throw invalid();
            }
        }
    }

    private Map<String, String> end(Map<String, String> fields) {
        skipSpace();
        if (at != text.length()) {
            throw invalid();
        }
        return fields;
    }

    private String string() {
        expect('"');
        int start = at;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"') {
                return text.substring(start, at++);
            }
            if (c == '\\') {
                return escaped(start);
            }
            at++;
        }
        throw invalid();
    }

    /** The rest of a string that holds escapes, from its start. */
    private String escaped(int start) {
        StringBuilder out = new StringBuilder(text.length() - start).append(text, start, at);
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                throw invalid();
            }
            char e = text.charAt(at++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw invalid();
                    }
                    try {
                        out.append((char) Integer.parseInt(text, at, at + 4, 16));
                    } catch (NumberFormatException ex) {
                        throw invalid();
                    }
                    at += 4;
                }
                default -> throw invalid();
            }
        }
        throw invalid();
    }

    private void expect(char c) {
        if (next() != c) {
            throw invalid();
        }
    }

    private char next() {
        skipSpace();
        if (at >= text.length()) {
            throw invalid();
        }
        return text.charAt(at++);
    }

    private char peek() {
        skipSpace();
        return at < text.length() ? text.charAt(at) : 0;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalStateException invalid() {
        return new IllegalStateException("contact_event.data is not a flat JSON object of strings (at " + at + "): " + text);
    }
}
