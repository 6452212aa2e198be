package it.sportello.web.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import it.sportello.platform.metrics.Figure;
import it.sportello.platform.metrics.FigureSource;
import it.sportello.platform.metrics.PrometheusText;

/**
 * {@code GET /api/metrics}: the desk's own figures in the Prometheus text format, for the IT
 * department's monitoring — practices sent per service, payments by state, the outbox, protocol
 * registrations, jobs, appointments and refused logins. Each component gives its figures
 * ({@link FigureSource}).
 *
 * <p>Only for a scraper that shows the token of {@code sportello.metrics.token}
 * ({@code Authorization: Bearer ...}); without that setting there is no such resource at all.
 * The server's own metrics endpoint stays off (see README, Metrics).
 */
@Path("metrics")
@ApplicationScoped
public class MetricsResource {

    private static final String BEARER = "Bearer ";

    @Inject
    @ConfigProperty(name = "sportello.metrics.token")
    Optional<String> token;

    @Inject
    @Any
    Instance<FigureSource> sources;

    @GET
    @Operation(hidden = true)
    public Response figures(@Context HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        String expected = token.filter(value -> !value.isBlank()).orElseThrow(NotFoundException::new);
        if (!shows(authorization, expected)) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"metrics\"")
                    .build();
        }
        List<Figure> figures =
                sources.stream().flatMap(source -> source.figures().stream()).toList();
        return Response.ok(PrometheusText.of(figures), PrometheusText.MEDIA_TYPE)
                .build();
    }

    /** Compared in constant time, so that the answer's timing tells nothing of the token. */
    private static boolean shows(String authorization, String expected) {
        if (authorization == null || !authorization.startsWith(BEARER)) {
            return false;
        }
        return MessageDigest.isEqual(
                authorization.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
