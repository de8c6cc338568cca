package pl.infolinia.server.reporting;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactEventRow;
import pl.infolinia.contactcenter.contact.ContactId;

/**
 * One event in a contact's digest ({@code report_contact.events}): a line of tab-separated fields,
 * id, epoch second, nanosecond, type, office, queue, agent (empty when absent) and the data column's
 * JSON, ended by a newline. Codes holding a tab, newline or backslash are escaped.
 *
 * <p>The time is the one the {@code occurred_at} column keeps: rounded to the microsecond, half up,
 * as H2 and PostgreSQL store a {@code timestamp with time zone}.
 */
final class ContactDigestLine {

    private ContactDigestLine() {
    }

    /** The instant as the database column stores it. */
    static Instant stored(Instant at) {
        return at.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }

    static void write(StringBuilder out, long id, Instant at, String type, String office, String queue, String agent,
            String data) {
        out.append(id).append('\t').append(at.getEpochSecond()).append('\t').append(at.getNano()).append('\t')
                .append(type).append('\t');
        code(out, office).append('\t');
        code(out, queue).append('\t');
        code(out, agent).append('\t').append(data).append('\n');
    }

    private static StringBuilder code(StringBuilder out, String code) {
        if (code == null) {
            return out;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\\' -> out.append("\\\\");
                default -> out.append(c);
            }
        }
        return out;
    }

    /** A decoded line: its event id and time, and a way to make the row once it is wanted. */
    static final class Reader {

        private final String text;
        private final ContactId contact;
        private int at;
        long id;
        Instant time;
        String type;
        private int rest;

        Reader(String text, ContactId contact) {
            this.text = text;
            this.contact = contact;
        }

        /** Reads the next line's id, time and type; false at the end. */
        boolean next() {
            if (at >= text.length()) {
                return false;
            }
            id = Long.parseLong(field());
            long second = Long.parseLong(field());
            time = Instant.ofEpochSecond(second, Integer.parseInt(field()));
            type = field();
            rest = at;
            at = text.indexOf('\n', at) + 1;
            if (at == 0) {
                throw new IllegalStateException("report_contact.events of " + contact + " ends in the middle of a line");
            }
            return true;
        }

        /** The current line as the event store's row. */
        ContactEventRow row(Codes codes) {
            int end = at - 1;
            int position = rest;
            int tab1 = text.indexOf('\t', position);
            int tab2 = text.indexOf('\t', tab1 + 1);
            int tab3 = text.indexOf('\t', tab2 + 1);
            if (tab1 < 0 || tab2 < 0 || tab3 < 0 || tab3 > end) {
                throw new IllegalStateException("bad line in report_contact.events of " + contact);
            }
            Optional<OfficeCode> office = code(position, tab1).map(codes::office);
            Optional<QueueCode> queue = code(tab1 + 1, tab2).map(codes::queue);
            Optional<AgentId> agent = code(tab2 + 1, tab3).map(codes::agent);
            return new ContactEventRow(Optional.of(contact), time, type, office, queue, agent,
                    FlatJsonObject.parse(text.substring(tab3 + 1, end)));
        }

        private Optional<String> code(int from, int to) {
            if (from == to) {
                return Optional.empty();
            }
            String code = text.substring(from, to);
            return Optional.of(code.indexOf('\\') < 0 ? code : unescape(code));
        }

        private static String unescape(String code) {
            StringBuilder out = new StringBuilder(code.length());
            for (int i = 0; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '\\' && i + 1 < code.length()) {
                    char e = code.charAt(++i);
                    out.append(e == 't' ? '\t' : e == 'n' ? '\n' : e);
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        private String field() {
            int tab = text.indexOf('\t', at);
            if (tab < 0) {
                throw new IllegalStateException("bad line in report_contact.events of " + contact);
            }
            String value = text.substring(at, tab);
            at = tab + 1;
            return value;
        }
    }
}
