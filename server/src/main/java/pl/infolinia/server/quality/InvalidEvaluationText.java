package pl.infolinia.server.quality;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import pl.infolinia.recording.quality.InvalidEvaluation;

/** A refused form or sheet in the reader's language: {@code quality.invalid.<code>} with the rule's values. */
@Component
class InvalidEvaluationText {

    private final MessageSource messages;

    InvalidEvaluationText(MessageSource messages) {
        this.messages = messages;
    }

    String of(InvalidEvaluation e) {
        return messages.getMessage("quality.invalid." + e.code(), e.arguments().toArray(), e.getMessage(),
                LocaleContextHolder.getLocale());
    }
}
