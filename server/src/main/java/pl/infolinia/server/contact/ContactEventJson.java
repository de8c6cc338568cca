package pl.infolinia.server.contact;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.contact.AgentStateChanged;
import pl.infolinia.contactcenter.contact.CallEvent;
import pl.infolinia.contactcenter.contact.ContactEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a contact event as JSON and reads it back as the same record, by its type name.
 *
 * <p>The known types are the permitted subtypes of the sealed {@link ContactEvent}, so a new event
 * type is stored without touching this class.
 */
@Component
class ContactEventJson {

    private final JsonMapper json;
    private final Map<String, Class<? extends ContactEvent>> types;

    ContactEventJson(JsonMapper json) {
        this.json = json;
        this.types = Stream.concat(permitted(CallEvent.class), Stream.of(AgentStateChanged.class))
                .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));
    }

    String write(ContactEvent event) {
        return json.writeValueAsString(event);
    }

    ContactEvent read(String type, String data) {
        Class<? extends ContactEvent> kind = types.get(type);
        if (kind == null) {
            throw new IllegalStateException("the event store holds an event of unknown type " + type);
        }
        return json.readValue(data, kind);
    }

    @SuppressWarnings("unchecked")
    private static Stream<Class<? extends ContactEvent>> permitted(Class<?> sealed) {
        return Stream.of(sealed.getPermittedSubclasses()).map(type -> (Class<? extends ContactEvent>) type);
    }
}
