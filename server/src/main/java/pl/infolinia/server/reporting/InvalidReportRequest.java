package pl.infolinia.server.reporting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A report asked for with a bad field: answered 400 with the field and what is wrong. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class InvalidReportRequest extends RuntimeException {

    private final String field;

    InvalidReportRequest(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
