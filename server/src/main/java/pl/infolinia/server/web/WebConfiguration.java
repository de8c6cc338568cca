package pl.infolinia.server.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Polish by default, English on request ({@code ?lang=en}), remembered in a cookie; uploads that the
 * error page can report when they are too large.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    static final Locale POLISH = Locale.forLanguageTag("pl");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("infolinia-lang");
        resolver.setDefaultLocale(POLISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        // the error page must not read parameters: after an upload over the limit, reading them fails again
        registry.addInterceptor(change).excludePathPatterns("/error");
    }

    /** Spring's multipart handling, kept away from the error page ({@link UploadLimitResolver}). */
    @Bean
    MultipartResolver multipartResolver() {
        return new UploadLimitResolver();
    }
}
