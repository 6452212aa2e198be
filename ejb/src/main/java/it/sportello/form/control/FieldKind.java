package it.sportello.form.control;

/**
 * What a field asks for, and so how it is rendered, which value it yields and which rules apply.
 * The value types are those held by {@link FormData}.
 */
public enum FieldKind {
    /** One line of text: {@link String}. */
    TEXT,
    /** Several lines of text: {@link String}. */
    LONG_TEXT,
    /** A number, with at most {@link Rules#decimals()} fraction digits: {@link java.math.BigDecimal}. */
    NUMBER,
    /** Euros with at most two decimals: {@link java.math.BigDecimal} with scale 2. */
    AMOUNT,
    /** An e-mail address: {@link String}. */
    EMAIL,
    /** A phone number, digits with an optional leading +: {@link String}. */
    PHONE,
    /** {@link java.time.LocalDate}. */
    DATE,
    /** A time of day: {@link java.time.LocalTime}. */
    TIME,
    /** One of the options, from a drop-down: the option's value as {@link String}. */
    SELECT,
    /** One of the options, from radio buttons: the option's value as {@link String}. */
    RADIO,
    /** Any number of the options: {@code List<String>} of option values, in option order. */
    CHECKBOXES,
    /** A codice fiscale: {@link it.sportello.identity.entity.FiscalCode}. */
    FISCAL_CODE,
    /** Street, number, country, province, comune, CAP: {@link PostalAddress}. */
    ADDRESS,
    /**
     * A place on a map (latitude and longitude, placed on the map, typed, or from the device's
     * position): {@link GeoPoint}.
     */
    MAP_POINT,
    /** An upload whose content is checked: {@link StoredFile}. */
    FILE,
    /** A text template filled in by the server: {@link it.sportello.platform.i18n.LocalizedText}. */
    COMPUTED_TEXT,
    /** An amount computed by the server: {@link java.math.BigDecimal} with scale 2. */
    COMPUTED_AMOUNT,
    /** Acceptance of a notice: always required, {@link Boolean#TRUE} once accepted. */
    PRIVACY,
    /** The kind of request (attivazione, rinnovo ...): {@link RequestKind}. */
    REQUEST_KIND,
    /**
     * One or more consecutive slots of a calendar ({@link Field#calendar()}), chosen on its week
     * grid and held for the practice while it is filled; booked when it is sent: {@link TimeSpan}.
     */
    CALENDAR_SLOT;

    /** Whether the server computes the value; anything sent for such a field is ignored. */
    public boolean isComputed() {
        return this == COMPUTED_TEXT || this == COMPUTED_AMOUNT;
    }

    /** Whether the field offers a list of options. */
    public boolean hasOptions() {
        return this == SELECT || this == RADIO || this == CHECKBOXES || this == REQUEST_KIND;
    }

    /** Whether the value is a number, so that min and max apply to it. */
    public boolean isNumeric() {
        return this == NUMBER || this == AMOUNT;
    }

    /** Whether the values are moments that one can come after another, so that "after" applies. */
    public boolean isOrdered() {
        return this == DATE || this == TIME;
    }

    /** Whether the value is a text typed by the person, so that length and pattern apply to it. */
    public boolean isTyped() {
        return this == TEXT || this == LONG_TEXT || this == EMAIL || this == PHONE;
    }
}
