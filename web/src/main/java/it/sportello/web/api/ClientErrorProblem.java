package it.sportello.web.api;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The client errors the JAX-RS runtime finds itself — a content type a resource does not accept
 * (415), a method it does not have (405), an address with no resource (404) — answered in the
 * API's own format, a problem document, rather than the server's HTML error page. An error that
 * already carries its answer keeps it.
 */
@Provider
public class ClientErrorProblem implements ExceptionMapper<ClientErrorException> {

    @Override
    public Response toResponse(ClientErrorException exception) {
        Response given = exception.getResponse();
        if (given.hasEntity()) {
            return given;
        }
        int status = given.getStatus();
        return withHeaders(
                new Problem(status, given.getStatusInfo().getReasonPhrase(), detail(status)).response(), given);
    }

    /** What the caller can do about it. */
    static String detail(int status) {
        return switch (status) {
            case 404 -> "There is no resource at this address";
            case 405 -> "This resource does not answer this method";
            case 406 -> "This resource answers only in JSON";
            case 415 -> "This resource accepts only a body of type application/json";
            default -> "The request cannot be answered as it is";
        };
    }

    /** The problem, with the headers the runtime put on its answer (Allow on a 405). */
    private static Response withHeaders(Response problem, Response given) {
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        given.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }
}
