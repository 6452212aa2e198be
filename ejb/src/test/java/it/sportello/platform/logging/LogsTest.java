package it.sportello.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogsTest {

    private final List<LogRecord> written = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            written.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private Logger log;

    @BeforeEach
    void capture() {
        log = Logs.of(LogsTest.class);
        log.setUseParentHandlers(false);
        log.addHandler(capture);
    }

    @AfterEach
    void release() {
        log.removeHandler(capture);
        log.setUseParentHandlers(true);
    }

    @Test
    void aLineWrittenWhileARequestIsServedCarriesItsId() {
        try (RequestIds.Scope scope = RequestIds.open("richiesta-42")) {
            log.log(Level.WARNING, "Mail {0} not delivered", 7);
        }

        assertThat(written).singleElement().satisfies(record -> {
            assertThat(record.getParameters()).containsExactly(7, Map.of(Logs.REQUEST_ID, "richiesta-42"));
            assertThat(new java.util.logging.SimpleFormatter().formatMessage(record))
                    .isEqualTo("Mail 7 not delivered");
        });
    }

    @Test
    void aLineWrittenOutsideAnyRequestCarriesNothingMore() {
        log.info(() -> "Database schema at version 12");

        assertThat(written)
                .singleElement()
                .satisfies(record -> assertThat(record.getParameters()).isNull());
    }

    @Test
    void anInnerIdGivesBackTheOuterOneWhenItEnds() {
        try (RequestIds.Scope request = RequestIds.open("richiesta-1")) {
            try (RequestIds.Scope job = RequestIds.open("job-5")) {
                assertThat(RequestIds.current()).contains("job-5");
            }
            assertThat(RequestIds.current()).contains("richiesta-1");
        }
        assertThat(RequestIds.current()).isEmpty();
    }

    @Test
    void aProxysIdIsKeptWhenItIsAPlainTokenAndReplacedOtherwise() {
        assertThat(RequestIds.acceptOrCreate("5f0c2a8e-proxy-1")).isEqualTo("5f0c2a8e-proxy-1");
        assertThat(RequestIds.acceptOrCreate("a\nforged log line")).hasSize(36).doesNotContain("forged");
        assertThat(RequestIds.acceptOrCreate("short")).hasSize(36);
        assertThat(RequestIds.acceptOrCreate(null)).hasSize(36).isNotEqualTo(RequestIds.acceptOrCreate(null));
    }
}
