package pl.infolinia.server.security;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;

/**
 * Who may reach what: the JSON API (HTTP Basic or the session), the actuator, and the web pages
 * (form login, CSRF, sessions). Roles are checked here by path; office scoping is {@link OfficeAccess}.
 * Command-line tools start the application without a web server, and without this.
 */
@Configuration
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String BASIC = "Basic ";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Auditor auditor) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Infolinia\"");
            JsonErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                    failure instanceof LockedException ? "Account locked after repeated failed logins."
                            : "Sign in: HTTP Basic or a session is required.");
        };
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/audit/**").hasAnyRole("ADMIN", "OFFICE_ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                // a client sending Basic credentials is no browser riding on a session cookie
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> {
                    String header = request.getHeader("Authorization");
                    return header != null && header.startsWith(BASIC);
                }))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(new AuditingAccessDeniedHandler(auditor)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain web(HttpSecurity http, Auditor auditor) throws Exception {
        AuthenticationFailureHandler failure = (request, response, exception) -> response.sendRedirect(
                request.getContextPath() + (exception instanceof LockedException ? "/login?locked" : "/login?error"));
        LogoutSuccessHandler loggedOut = (request, response, authentication) -> {
            if (authentication != null) {
                auditor.recordAs(authentication.getName(), AuditAction.LOGOUT, authentication.getName(),
                        authentication.getPrincipal() instanceof SignedInUser user ? user.office()
                                : Optional.empty(), "signed out");
            }
            response.sendRedirect(request.getContextPath() + "/login?logout");
        };
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/error").permitAll()
                        .requestMatchers("/admin/**").hasAnyRole("ADMIN", "OFFICE_ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(failure).defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(loggedOut))
                .exceptionHandling(errors -> errors.accessDeniedHandler(new AuditingAccessDeniedHandler(auditor)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                                        + " frame-ancestors 'none'; form-action 'self'")))
                .build();
    }
}
