package pl.infolinia.contactcenter.switchboard;

import java.nio.file.Path;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.telephony.Channel;

/** Makes the {@link ChannelCaller} of each call, with the office's prompts and the messages folder. */
final class CallerVoices {

    private final OfficePrompts prompts;
    private final Path messages;

    CallerVoices(OfficePrompts prompts, Path messages) {
        this.prompts = prompts;
        this.messages = messages;
    }

    ChannelCaller of(Channel channel, ContactId contact, OfficeCode office) {
        return new ChannelCaller(channel, contact, office, prompts, messages);
    }
}
