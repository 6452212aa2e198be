package it.sportello.form.control;

/**
 * The value of an ADDRESS field. In Italy province and comune are those of the register, the
 * comune written as ISTAT writes it and {@code comuneCode} its cadastral code; abroad they are
 * whatever was typed, and {@code comuneCode} is null.
 *
 * @param country ISO 3166-1 alpha-2 code, e.g. IT
 */
public record PostalAddress(
        String street, String number, String country, String province, String comune, String comuneCode, String cap) {

    /** The country code of Italy, assumed when an address gives none. */
    public static final String ITALY = "IT";

    /** The keys of the parts in what a page sends and in the JSON of {@link FormData}. */
    public static final String STREET = "street";

    public static final String NUMBER = "number";
    public static final String COUNTRY = "country";
    public static final String PROVINCE = "province";
    public static final String COMUNE = "comune";
    public static final String COMUNE_CODE = "comuneCode";
    public static final String CAP = "cap";

    public boolean isItalian() {
        return ITALY.equals(country);
    }
}
