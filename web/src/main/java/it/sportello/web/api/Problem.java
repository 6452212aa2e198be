package it.sportello.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An error answer in the "problem details" format (RFC 9457): a status, a short title and a
 * detail a person can read.
 */
public record Problem(int status, String title, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Response response() {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(this)
                .build();
    }
}
