package pl.infolinia.contactcenter.prompt;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import pl.infolinia.contactcenter.announcement.QueueAnnouncements;
import pl.infolinia.contactcenter.ivr.FlowLoader;

/**
 * The prompts that code and configuration ask for, read from where they are named: the demo IVR
 * flow's YAML, the queue announcements and {@link CallPrompts}. The shipped set must match them.
 */
final class PromptsNamedElsewhere {

    private static final List<String> NODE_FIELDS_NAMING_PROMPTS = List.of("prompt", "invalid", "no-input");

    private PromptsNamedElsewhere() {
    }

    /** The texts of the demo flow's {@code prompts:} section, by name. */
    static Map<String, String> demoFlowTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        ((Map<?, ?>) demoFlow().get("prompts")).forEach((name, text) -> texts.put((String) name, (String) text));
        return texts;
    }

    /** Every prompt a node of the demo flow plays: its prompt, invalid and no-input fields. */
    static Set<String> demoFlowNodePrompts() {
        Set<String> names = new LinkedHashSet<>();
        for (Object node : ((Map<?, ?>) demoFlow().get("nodes")).values()) {
            for (String field : NODE_FIELDS_NAMING_PROMPTS) {
                if (((Map<?, ?>) node).get(field) instanceof String name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The words of "jesteś trzeci w kolejce" and "około czterech minut", by name. */
    static Map<String, String> queueAnnouncementTexts() {
        return QueueAnnouncements.prompts();
    }

    /** The values of every constant of {@link CallPrompts}. */
    static List<String> callPrompts() {
        List<String> names = new ArrayList<>();
        for (Field field : CallPrompts.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException notPublic) {
                    throw new AssertionError("CallPrompts." + field.getName() + " must be public", notPublic);
                }
            }
        }
        return names;
    }

    private static Map<?, ?> demoFlow() {
        return new Yaml().load(FlowLoader.demoYaml());
    }
}
