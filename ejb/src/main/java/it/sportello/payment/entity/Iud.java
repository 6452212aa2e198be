package it.sportello.payment.entity;

import java.util.UUID;

/**
 * The Identificativo Univoco del Dovuto: the creditor's own name for a debt position, 32
 * lowercase hexadecimal characters, known before the intermediary answers (and so also for a
 * position whose creation failed).
 */
public final class Iud {

    public static final int LENGTH = 32;

    private Iud() {}

    public static String next() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    public static boolean isValid(String iud) {
        return iud != null && iud.matches("[0-9a-f]{" + LENGTH + "}");
    }
}
