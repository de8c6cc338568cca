package pl.infolinia.server.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The reports' reader of the event store's data column gives what Jackson wrote, escapes included. */
class FlatJsonObjectTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void readsBackWhatTheEventLogWrites() {
        Map<String, String> data = Map.of("notes", "Pani \"Zofia\" pyta o zasiłek\n\tz\\u005c \u0001 ł€",
                "topic", "zasilek", "empty", "", "slash", "a/b");
        assertThat(FlatJsonObject.parse(json.writeValueAsString(data))).isEqualTo(data);
        assertThat(FlatJsonObject.parse(" { } ")).isEmpty();
        assertThat(FlatJsonObject.parse("{\"a\" : \"\\u0041\\/\"}")).isEqualTo(Map.of("a", "A/"));
    }

    @Test
    void refusesWhatIsNotAFlatObjectOfStrings() {
        for (String text : new String[] {"", "[]", "{\"a\":1}", "{\"a\":\"b\"", "{\"a\":\"b\"} x", "{\"a\":{\"b\":\"c\"}}",
                "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}"}) {
            assertThatThrownBy(() -> FlatJsonObject.parse(text)).as(text).isInstanceOf(IllegalStateException.class);
        }
    }
}
