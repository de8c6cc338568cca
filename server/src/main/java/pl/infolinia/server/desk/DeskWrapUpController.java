package pl.infolinia.server.desk;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactClassified;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.WrapUpOutcome;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.switchboard.Switchboard;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.taxonomy.Category;
import pl.infolinia.knowledge.taxonomy.Section;
import pl.infolinia.server.security.SignedInUser;

/**
 * The consultant's wrap-up of a call they answered: a topic from the knowledge base's taxonomy, the
 * outcome (with the office for a transfer) and notes, stored as {@link ContactClassified}; it ends
 * the consultant's wrap-up, which lasts until then where the office requires notes.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/desk")
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
class DeskWrapUpController {

    /** A topic is "Section › Category" from the taxonomy. */
    static final String TOPIC_SEPARATOR = " › ";

    private final ContactEventLog log;
    private final DeskContacts contacts;
    private final KnowledgeBase knowledge;
    private final TransferDirectory directory;
    private final Switchboard switchboard;
    private final Acd acd;
    private final Clock clock;

    DeskWrapUpController(ContactEventLog log, DeskContacts contacts, KnowledgeBase knowledge,
            TransferDirectory directory, Switchboard switchboard, Acd acd, Clock clock) {
        this.log = log;
        this.contacts = contacts;
        this.knowledge = knowledge;
        this.directory = directory;
        this.switchboard = switchboard;
        this.acd = acd;
        this.clock = clock;
    }

    @PostMapping("/wrapup")
    String wrapUp(@RequestParam String contact, @RequestParam String topic, @RequestParam String outcome,
            @RequestParam(required = false) String office, @RequestParam(defaultValue = "") String notes,
            @AuthenticationPrincipal SignedInUser me, HttpServletResponse response, Model model) {
        AgentId agent = AgentId.of(me.getUsername());
        if (contact.isBlank() || contact.length() > 64 || !contacts.handledBy(ContactId.of(contact), agent)) {
            return DeskActionsController.message("desk.message.notYourContact", false, response, model);
        }
        if (!knownTopic(topic)) {
            return DeskActionsController.message("desk.message.topicRequired", false, response, model);
        }
        Optional<WrapUpOutcome> result = outcome(outcome);
        if (result.isEmpty()) {
            return DeskActionsController.message("desk.message.outcomeRequired", false, response, model);
        }
        OfficeCode officeCode = null;
        if (result.get() == WrapUpOutcome.TRANSFERRED_TO_OFFICE) {
            if (office == null || !directory.contains("office:" + office)) {
                return DeskActionsController.message("desk.message.officeRequired", false, response, model);
            }
            officeCode = OfficeCode.of(office);
        }
        if (notes.length() > ContactClassified.MAX_NOTES) {
            return DeskActionsController.message("desk.message.notesTooLong", false, response, model);
        }
        log.append(new ContactClassified(ContactId.of(contact), clock.instant(), agent, topic, result.get(),
                officeCode, notes.strip()));
        if (acd.hasAgent(agent) && acd.agent(agent).activity() == AgentActivity.WRAP_UP) {
            switchboard.finishWrapUp(agent);
        }
        return DeskActionsController.message("desk.message.wrappedUp", true, response, model);
    }

    private boolean knownTopic(String topic) {
        for (Section section : knowledge.taxonomy().sections()) {
            for (Category category : section.categories()) {
                if ((section.name() + TOPIC_SEPARATOR + category.name()).equals(topic)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<WrapUpOutcome> outcome(String name) {
        try {
            return Optional.of(WrapUpOutcome.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
