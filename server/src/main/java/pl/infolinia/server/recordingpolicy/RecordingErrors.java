package pl.infolinia.server.recordingpolicy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import pl.infolinia.contactcenter.switchboard.RecordingRefused;

/**
 * Answers the API's refusals of recording: a start, pause or resume the call's policy does not
 * allow (409 with the reason), and a policy that was not stored (400, or 409 when a published flow
 * would break it), each with what to fix.
 */
@RestControllerAdvice
class RecordingErrors {

    @ExceptionHandler(RecordingRefused.class)
    ResponseEntity<Map<String, Object>> refused(RecordingRefused refused) {
        return body(HttpStatus.CONFLICT, "recording refused", refused.getMessage(), List.of(refused.reason().name()));
    }

    @ExceptionHandler(InvalidPolicy.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidPolicy invalid) {
        return body(invalid.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, "invalid recording policy",
                invalid.getMessage(), invalid.problems());
    }

    private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String error, String message,
            List<String> problems) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", error);
        body.put("message", message);
        body.put("problems", problems);
        return ResponseEntity.status(status).body(body);
    }
}
