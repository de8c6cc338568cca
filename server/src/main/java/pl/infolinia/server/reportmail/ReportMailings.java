package pl.infolinia.server.reportmail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import pl.infolinia.reporting.metric.Scope;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.reporting.ReportFiles;

/**
 * Sends the subscriptions' due reports: for each, the latest ended period of its schedule, if not
 * sent yet. The period is claimed in the database before the mail goes out (so that two nodes, or
 * a restart, never send it twice) and given back if the mail fails (so that the next round tries
 * again). Without {@code spring.mail.host} nothing is sent and nothing is claimed.
 */
@Component
public class ReportMailings {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final Locale POLISH = Locale.forLanguageTag("pl");
    private static final Logger LOG = LoggerFactory.getLogger(ReportMailings.class);

    private final JdbcReportSubscriptions subscriptions;
    private final ReportFiles files;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final Auditor auditor;
    private final String from;

    ReportMailings(JdbcReportSubscriptions subscriptions, ReportFiles files, ObjectProvider<JavaMailSender> mail,
            MessageSource messages, Auditor auditor, @Value("${infolinia.report-mail.from:infolinia@localhost}") String from) {
        this.subscriptions = subscriptions;
        this.files = files;
        this.mail = mail;
        this.messages = messages;
        this.auditor = auditor;
        this.from = from;
    }

    /** Sends every report due at {@code now}; returns how many mails went out. */
    public int sendDue(Instant now) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            LOG.debug("no spring.mail.host: scheduled reports are not sent");
            return 0;
        }
        LocalDate today = LocalDate.ofInstant(now, WARSAW);
        int sent = 0;
        for (ReportSubscription subscription : subscriptions.list(Optional.empty())) {
            if (subscription.isDue(today) && send(sender, subscription, today)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, ReportSubscription subscription, LocalDate today) {
        ReportSchedule.Days days = subscription.schedule().lastComplete(today);
        if (!subscriptions.claim(subscription.id(), subscription.lastSentThrough(), days.to())) {
            return false; // another node or round sent it
        }
        try {
            Scope scope = subscription.office().map(o -> Scope.office(pl.infolinia.contactcenter.OfficeCode.of(o.value())))
                    .orElse(Scope.all());
            ReportFiles.ReportFile file = files.traffic(days.from(), days.to(), subscription.interval(),
                    subscription.grouping(), scope, subscription.format());
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(subscription.recipients().toArray(String[]::new));
            helper.setSubject(text("reportmail.mail.subject", subscription, days, file, POLISH));
            helper.setText(text("reportmail.mail.body", subscription, days, file, POLISH) + "\n\n-- \n"
                    + text("reportmail.mail.body", subscription, days, file, Locale.ENGLISH));
            helper.addAttachment(file.name(), new ByteArrayResource(file.content()), file.mediaType().toString());
            sender.send(message);
            auditor.recordAs("scheduler", AuditAction.REPORT_MAILED, "subscription " + subscription.id(),
                    subscription.office(), days.from() + ".." + days.to() + " to " + subscription.recipients().size() + " recipient(s)");
            return true;
        } catch (MessagingException | RuntimeException e) { // MailException included
            LOG.warn("scheduled report {} for {}..{} not sent, will try again: {}", subscription.id(), days.from(), days.to(),
                    e.toString());
            subscriptions.release(subscription.id(), subscription.lastSentThrough(), days.to());
            return false;
        }
    }

    /** A mail text with {0} first day, {1} last day, {2} office or whole hotline, {3} file name, {4} schedule. */
    private String text(String key, ReportSubscription subscription, ReportSchedule.Days days, ReportFiles.ReportFile file,
            Locale locale) {
        String scope = subscription.office().map(Object::toString)
                .orElseGet(() -> messages.getMessage("reportmail.scope.hotline", null, locale));
        String schedule = messages.getMessage("reportmail.schedule." + subscription.schedule(), null, locale);
        return messages.getMessage(key, new Object[] {days.from().toString(), days.to().toString(), scope, file.name(), schedule},
                locale);
    }
}
