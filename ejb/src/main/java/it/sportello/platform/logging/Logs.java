package it.sportello.platform.logging;

import java.util.Arrays;
import java.util.Map;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The desk's loggers: {@code java.util.logging}, whose lines carry the id of the request or job
 * being worked ({@link RequestIds}) as a parameter {@code {"requestId": ...}}. Payara's JSON log
 * format writes such a map as fields of the line, so a search for {@code requestId} finds every
 * line of one request; the plain format leaves it out.
 *
 * <p>The id is added by a filter of the logger, which runs in the thread that logs: log handlers
 * may write on a thread of their own, where the request is no longer known.
 */
public final class Logs {

    public static final String REQUEST_ID = "requestId";

    private static final Filter WITH_REQUEST_ID = Logs::withRequestId;

    private Logs() {}

    public static Logger of(Class<?> type) {
        Logger logger = Logger.getLogger(type.getName());
        logger.setFilter(WITH_REQUEST_ID);
        return logger;
    }

    /** Adds the current id to the record's parameters; always lets the record through. */
    static boolean withRequestId(LogRecord record) {
        RequestIds.current().ifPresent(id -> {
            Object[] parameters = record.getParameters() == null ? new Object[0] : record.getParameters();
            Object[] more = Arrays.copyOf(parameters, parameters.length + 1);
            more[parameters.length] = Map.of(REQUEST_ID, id);
            record.setParameters(more);
        });
        return true;
    }
}
