package pl.infolinia.server.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Spring's multipart resolver, except while the error page is rendered.
 *
 * <p>An upload over the size limit fails when its parts are first read. The servlet container then
 * forwards the same request to the error page; resolving its parts again there would fail again, and
 * the citizen-facing error page would give way to the container's bare one. So the error page never
 * reads the parts: it shows our "file too large" page (status 413) instead.
 */
final class UploadLimitResolver extends StandardServletMultipartResolver {

    @Override
    public boolean isMultipart(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.ERROR && super.isMultipart(request);
    }
}
