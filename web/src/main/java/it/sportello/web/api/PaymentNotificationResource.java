package it.sportello.web.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.sportello.payment.boundary.Notification;
import it.sportello.payment.boundary.Payments;
import it.sportello.payment.control.NotificationToken;
import it.sportello.platform.BusinessException;
import it.sportello.platform.money.InvalidAmountException;
import it.sportello.platform.money.Money;

/**
 * {@code POST /api/pagopa/notifiche}: the pagoPA intermediary tells the desk, server-to-server, the
 * outcome of a checkout for one debt position: {@code {"iuv": "...", "outcome": "PAID" | "FAILED",
 * "receiptId": "...", "paidAt": "<ISO instant>", "fee": 1.00}}, with the shared secret in the
 * {@value NotificationToken#HEADER} header. Repeating a notification is harmless. A body that is
 * not JSON is a 400 ({@link MalformedJsonProblem}), another content type a 415
 * ({@link ClientErrorProblem}), both as problem documents.
 */
@Path("pagopa/notifiche")
@RequestScoped
@Tag(name = "payments")
public class PaymentNotificationResource {

    @EJB
    Payments payments;

    @Inject
    @ConfigProperty(name = "sportello.payment.notification-token")
    String token;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Outcome of a pagoPA checkout for one debt position, sent by the intermediary")
    @APIResponse(responseCode = "204", description = "Recorded (also when it was already known)")
    @APIResponse(responseCode = "400", description = "Not JSON, or not a notification")
    @APIResponse(responseCode = "401", description = "Wrong or missing token")
    @APIResponse(responseCode = "404", description = "No debt position with this IUV")
    @APIResponse(responseCode = "415", description = "A body that is not application/json")
    public Response notify(@HeaderParam(NotificationToken.HEADER) String given, JsonValue value) {
        if (!NotificationToken.matches(token, given)) {
            return new Problem(401, "Unauthorized", "Wrong or missing notification token").response();
        }
        if (!(value instanceof JsonObject body)) {
            return new Problem(400, "Bad Request", "Not a payment notification").response();
        }
        Notification notification;
        try {
            String outcome = body.getString("outcome");
            if (!"PAID".equals(outcome) && !"FAILED".equals(outcome)) {
                throw new IllegalArgumentException(outcome);
            }
            JsonNumber fee = body.getJsonNumber("fee");
            notification = new Notification(
                    body.getString("iuv"),
                    "PAID".equals(outcome),
                    body.getString("receiptId", null),
                    body.containsKey("paidAt") ? Instant.parse(body.getString("paidAt")) : null,
                    fee == null ? null : Money.of(fee.bigDecimalValue()).euros());
        } catch (NullPointerException
                | ClassCastException
                | IllegalArgumentException
                | DateTimeParseException
                | InvalidAmountException e) {
            return new Problem(400, "Bad Request", "Not a payment notification").response();
        }
        try {
            payments.notified(notification);
        } catch (BusinessException e) {
            return new Problem(404, "Not Found", "No debt position " + notification.iuv()).response();
        }
        return Response.noContent().build();
    }
}
