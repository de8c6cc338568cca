package pl.infolinia.server.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** An upload over the limit goes back to its form with a message, not to an error page. */
@ControllerAdvice
class UploadTooLarge {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String backToTheForm(HttpServletRequest request) {
        return "redirect:" + request.getServletPath() + "?tooLarge";
    }
}
