package it.sportello.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import it.sportello.mail.boundary.Outbox;
import it.sportello.platform.logging.Logs;
import it.sportello.testing.Deployments;
import it.sportello.testing.Http;

/**
 * One id follows a request from Payara's access log into the desk's own log lines, also those
 * written later on another thread: a password reset asked while no mail server listens (none does
 * while this class runs) is answered with its {@code X-Request-Id}, the access log line of the
 * request carries the id, and so does the outbox's warning that the mail was not delivered. The
 * suite's Micro writes its access log at once to the directory {@code it.access-log} with the
 * request id as the last field (see {@code arquillian.xml}).
 *
 * <p>The access log format there has no spaces, since the container splits its options at spaces;
 * Payara separates the fields with spaces itself.
 */
@ExtendWith(ArquillianExtension.class)
class RequestIdLogIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL base;

    @Test
    void theWarningOfAFailedSendCarriesTheIdOfTheRequestsAccessLogLine() throws Exception {
        Records outbox = new Records();
        AccessLog accessLog = new AccessLog(Path.of(System.getProperty("it.access-log")));
        Logger logger = Logger.getLogger(Outbox.class.getName());
        logger.addHandler(outbox);
        try {
            Http visitor = new Http(base);
            String form = visitor.get("password-dimenticata.xhtml").body();
            HttpResponse<String> asked = visitor.post(
                    "password-dimenticata.xhtml",
                    Map.of(
                            "forgotten",
                            "forgotten",
                            "forgotten:who",
                            "operatore",
                            "forgotten:send",
                            "",
                            "jakarta.faces.ViewState",
                            Http.viewState(form)));
            assertThat(asked.statusCode()).isEqualTo(200);
            String requestId = asked.headers().firstValue("X-Request-Id").orElseThrow();

            LogRecord warning = outbox.await(r -> r.getLevel() == Level.WARNING && requestId.equals(requestIdOf(r)));
            assertThat(warning.getMessage()).contains("not delivered", "MailConnectException");

            String accessLine = accessLog.await(requestId);
            assertThat(accessLine).contains("\"POST /sportello/password-dimenticata.xhtml HTTP/1.1\" 200 ");
        } finally {
            logger.removeHandler(outbox);
        }
    }

    private static String requestIdOf(LogRecord record) {
        return Optional.ofNullable(record.getParameters()).stream()
                .flatMap(Stream::of)
                .filter(Map.class::isInstance)
                .map(parameter -> ((Map<?, ?>) parameter).get(Logs.REQUEST_ID))
                .map(String::valueOf)
                .findFirst()
                .orElse(null);
    }

    /** The records the outbox's logger passes on, after its filter has added the request id. */
    private static final class Records extends Handler {

        private final BlockingQueue<LogRecord> arriving = new LinkedBlockingQueue<>();
        private final List<String> seen = new ArrayList<>();

        @Override
        public void publish(LogRecord record) {
            arriving.add(record);
        }

        /** The first record that matches, waiting for it as records arrive. */
        LogRecord await(Predicate<LogRecord> wanted) throws InterruptedException {
            Instant deadline = Instant.now().plus(PATIENCE);
            while (Instant.now().isBefore(deadline)) {
                LogRecord next =
                        arriving.poll(Duration.between(Instant.now(), deadline).toMillis(), TimeUnit.MILLISECONDS);
                if (next != null && wanted.test(next)) {
                    return next;
                }
                if (next != null) {
                    seen.add(next.getMessage());
                }
            }
            throw new AssertionError(
                    "No such record of the outbox within " + PATIENCE.toSeconds() + " s; it logged " + seen);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    /** The access log files of the server, read again each time the directory changes. */
    private record AccessLog(Path directory) {

        /** The line of the request with that id, waiting for the server to write it. */
        String await(String requestId) throws IOException, InterruptedException {
            Files.createDirectories(directory);
            try (WatchService watcher = directory.getFileSystem().newWatchService()) {
                directory.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
                Instant deadline = Instant.now().plus(PATIENCE);
                Optional<String> line = lineWith(requestId);
                while (line.isEmpty() && Instant.now().isBefore(deadline)) {
                    WatchKey changed = watcher.poll(
                            Duration.between(Instant.now(), deadline).toMillis(), TimeUnit.MILLISECONDS);
                    if (changed != null) {
                        changed.pollEvents();
                        changed.reset();
                    }
                    line = lineWith(requestId);
                }
                return line.orElseThrow(() -> new AssertionError("No line of request " + requestId
                        + " in the access log " + directory + " within " + PATIENCE.toSeconds() + " s"));
            }
        }

        private Optional<String> lineWith(String requestId) throws IOException {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Optional<String> line = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                            .filter(l -> l.contains(requestId))
                            .findFirst();
                    if (line.isPresent()) {
                        return line;
                    }
                }
            }
            return Optional.empty();
        }
    }
}
