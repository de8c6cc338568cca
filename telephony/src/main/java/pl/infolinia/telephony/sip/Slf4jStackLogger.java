package pl.infolinia.telephony.sip;

import gov.nist.core.StackLogger;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends JAIN-SIP's own log lines to SLF4J, so the stack never reaches for log4j.
 *
 * <p>Named in the stack properties and instantiated by JAIN-SIP, hence public with a no-argument
 * constructor. An interrupted-thread error is logged at DEBUG: the engine interrupts the stack's
 * EventScannerThread on purpose at shutdown (DEPENDENCIES.md §6).
 */
public final class Slf4jStackLogger implements StackLogger {

    private static final Logger log = LoggerFactory.getLogger("gov.nist.javax.sip");

    public Slf4jStackLogger() {
    }

    @Override
    public void logStackTrace() {
    }

    @Override
    public void logStackTrace(int traceLevel) {
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void logException(Throwable ex) {
        log.warn("SIP stack exception", ex);
    }

    @Override
    public void logDebug(String message) {
        log.debug(message);
    }

    @Override
    public void logDebug(String message, Exception ex) {
        log.debug(message, ex);
    }

    @Override
    public void logTrace(String message) {
        log.trace(message);
    }

    @Override
    public void logFatalError(String message) {
        log.error(message);
    }

    @Override
    public void logError(String message) {
        log.error(message);
    }

    @Override
    public boolean isLoggingEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public boolean isLoggingEnabled(int logLevel) {
        return switch (logLevel) {
            case TRACE_TRACE -> log.isTraceEnabled();
            case TRACE_DEBUG -> log.isDebugEnabled();
            case TRACE_INFO -> log.isInfoEnabled();
            case TRACE_WARN -> log.isWarnEnabled();
            default -> log.isErrorEnabled();
        };
    }

    @Override
    public void logError(String message, Exception ex) {
        // a malformed datagram makes the stack log the whole packet and a stack trace: anyone
        // could flood the log with them, so they go to DEBUG (the fuzz IT sends 20 000)
        if (ex instanceof InterruptedException
                || (message != null && message.startsWith("Error while processing incoming"))) {
            log.debug(message, ex);
        } else {
            log.error(message, ex);
        }
    }

    @Override
    public void logWarning(String message) {
        // the stack sets up TLS defaults on every start; without a TLS listening point that is noise
        if (message != null && (message.contains("TLS") || message.contains("tls") || message.contains("store type"))) {
            log.debug(message);
        } else {
            log.warn(message);
        }
    }

    @Override
    public void logInfo(String message) {
        log.info(message);
    }

    @Override
    public void disableLogging() {
    }

    @Override
    public void enableLogging() {
    }

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {
    }

    @Override
    public void setStackProperties(Properties properties) {
    }

    @Override
    public String getLoggerName() {
        return log.getName();
    }
}
