package pl.infolinia.server.quality;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import pl.infolinia.recording.archive.RecordingCatalog;
import pl.infolinia.recording.quality.QualityAverages;
import pl.infolinia.server.audit.Auditor;

/** Quality management: forms and evaluations in the database, averages in the hotline's time zone. */
@Configuration
class QualityConfiguration {

    static final ZoneId POLAND = ZoneId.of("Europe/Warsaw");

    @Bean
    JdbcEvaluationForms evaluationForms(JdbcClient jdbc, TransactionTemplate transaction) {
        return new JdbcEvaluationForms(jdbc, transaction);
    }

    @Bean
    JdbcEvaluations evaluations(JdbcClient jdbc, TransactionTemplate transaction, JdbcEvaluationForms forms) {
        return new JdbcEvaluations(jdbc, transaction, forms);
    }

    @Bean
    CallScoring callScoring(RecordingCatalog catalog, JdbcClient jdbc, JdbcEvaluationForms forms,
            JdbcEvaluations evaluations, QualityAccess access, Auditor auditor, Clock clock) {
        return new CallScoring(new ArchivedCalls(catalog, jdbc), forms, evaluations, access, auditor, clock);
    }

    @Bean
    QualityAverages qualityAverages() {
        return new QualityAverages(POLAND);
    }
}
