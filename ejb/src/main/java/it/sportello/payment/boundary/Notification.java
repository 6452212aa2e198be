package it.sportello.payment.boundary;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What an intermediary tells the desk about one debt position, server-to-server: paid (with its
 * receipt) or a checkout that ended without payment.
 */
public record Notification(String iuv, boolean paid, String receiptId, Instant paidAt, BigDecimal fee) {}
