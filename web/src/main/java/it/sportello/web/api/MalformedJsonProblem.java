package it.sportello.web.api;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON (or not JSON as a whole) is the caller's mistake: 400 with a problem
 * document, instead of the server's error page with status 500. JSON-P throws this while the body
 * is read, before any resource method runs.
 */
@Provider
public class MalformedJsonProblem implements ExceptionMapper<JsonException> {

    @Override
    public Response toResponse(JsonException exception) {
        return new Problem(400, "Bad Request", "The body is not valid JSON").response();
    }
}
