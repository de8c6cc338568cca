package pl.infolinia.contactcenter.ivr;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;

/** Reads one node of a flow file by its {@code type}: the fields each type takes and their defaults. */
final class NodeReader {

    private static final String KEYS = "0123456789*#";
    private static final int MAX_MESSAGE_SECONDS = 600;

    private static final Map<String, Set<String>> FIELDS = Map.of(
            "play", Set.of("type", "prompt", "next", "recording-notice"),
            "menu", Set.of("type", "prompt", "options", "timeout", "repeats", "invalid", "no-input", "failure"),
            "collect", Set.of("type", "prompt", "max-digits", "timeout", "variable", "next"),
            "hours", Set.of("type", "calendar", "open", "closed"),
            "topic", Set.of("type", "topic", "next"),
            "queue", Set.of("type", "queue", "priority"),
            "office", Set.of("type", "office"),
            "callback", Set.of("type", "prompt", "queue", "accept", "timeout", "declined"),
            "message", Set.of("type", "prompt", "office", "max-length"),
            "hangup", Set.of("type", "prompt"));

    private NodeReader() {
    }

    /** The node, or empty when something is missing or wrong (the reader has noted what). */
    static Optional<IvrNode> read(String id, String type, MappingReader f) {
        if (!FIELDS.containsKey(type)) {
            f.problem(f.start(), "type", "unknown node type '" + type
                    + "'; use play, menu, collect, hours, topic, queue, office, callback, message or hangup");
            return Optional.empty();
        }
        f.allowOnly(FIELDS.get(type));
        return switch (type) {
            case "play" -> play(id, f);
            case "menu" -> menu(id, f);
            case "collect" -> collect(id, f);
            case "hours" -> both(f.required("calendar"), both(f.required("open"), f.required("closed"), Pair::new),
                    (c, to) -> new IvrNode.HoursCheck(id, c, to.first(), to.second()));
            case "topic" -> both(f.required("topic"), f.required("next"), (t, n) -> new IvrNode.SetTopic(id, t, n));
            case "queue" -> {
                int priority = f.integer("priority", 0, 0, 100);
                yield code(f, "queue", QueueCode::new).map(q -> new IvrNode.ToQueue(id, q, priority));
            }
            case "office" -> code(f, "office", OfficeCode::new).map(o -> new IvrNode.ToOffice(id, o));
            case "callback" -> callback(id, f);
            case "message" -> {
                Optional<OfficeCode> office = f.optional("office").isPresent() ? code(f, "office", OfficeCode::new) : Optional.empty();
                Duration max = f.seconds("max-length", 120, MAX_MESSAGE_SECONDS);
                yield f.required("prompt").map(p -> new IvrNode.LeaveMessage(id, p, office, max));
            }
            case "hangup" -> Optional.of(new IvrNode.HangUp(id, f.optional("prompt")));
            default -> throw new IllegalStateException("FIELDS and this switch disagree on " + type);
        };
    }

    private static Optional<IvrNode> play(String id, MappingReader f) {
        Optional<String> prompt = f.required("prompt");
        Optional<Boolean> notice = f.bool("recording-notice");
        return both(prompt, f.required("next"), (p, n) -> notice.isPresent() ? new IvrNode.Play(id, p, n, notice.get())
                : new IvrNode.Play(id, p, n));
    }

    private static Optional<IvrNode> menu(String id, MappingReader f) {
        Optional<String> prompt = f.required("prompt");
        Optional<TreeMap<Character, String>> options = FlowParser.options(f);
        Duration timeout = f.seconds("timeout", 5, 60);
        int repeats = f.integer("repeats", 2, 0, 9);
        Optional<String> invalid = f.optional("invalid");
        Optional<String> noInput = f.optional("no-input");
        return both(prompt, both(options, f.required("failure"), Pair::new), (p, of) ->
                new IvrNode.Menu(id, p, of.first(), timeout, repeats, invalid, noInput, of.second()));
    }

    private static Optional<IvrNode> collect(String id, MappingReader f) {
        int maxDigits = f.integer("max-digits", 11, 1, 32);
        Duration timeout = f.seconds("timeout", 5, 60);
        return both(f.required("prompt"), both(f.required("variable"), f.required("next"), Pair::new), (p, vn) ->
                new IvrNode.CollectDigits(id, p, maxDigits, timeout, vn.first(), vn.second()));
    }

    private static Optional<IvrNode> callback(String id, MappingReader f) {
        String accept = f.optional("accept").orElse("1");
        boolean oneKey = accept.length() == 1 && KEYS.indexOf(accept.charAt(0)) >= 0;
        if (!oneKey) {
            f.problem(f.start(), "accept", "must be one key: 0-9, * or #");
        }
        Duration timeout = f.seconds("timeout", 5, 60);
        Optional<IvrNode> node = both(f.required("prompt"), both(code(f, "queue", QueueCode::new), f.required("declined"), Pair::new),
                (p, qd) -> new IvrNode.OfferCallback(id, p, qd.first(), accept.charAt(0), timeout, qd.second()));
        return oneKey ? node : Optional.empty();
    }

    private static <T> Optional<T> code(MappingReader f, String field, Function<String, T> parse) {
        return f.required(field).flatMap(text -> {
            try {
                return Optional.of(parse.apply(text));
            } catch (IllegalArgumentException malformed) {
                f.problem(f.start(), field, malformed.getMessage());
                return Optional.empty();
            }
        });
    }

    // both arguments are evaluated by the caller first, so every missing field is reported, not only the first
    private static <A, B, R> Optional<R> both(Optional<A> a, Optional<B> b, BiFunction<A, B, R> make) {
        return a.flatMap(x -> b.map(y -> make.apply(x, y)));
    }

    private record Pair<A, B>(A first, B second) {
    }
}
