package it.sportello.form.control;

import it.sportello.platform.i18n.LocalizedText;

/**
 * What a practice asks of a service (tipo di richiesta). One service can handle several: a
 * change is never made to a sent practice but asked with a new one of another kind.
 */
public enum RequestKind {
    ATTIVAZIONE("Attivazione", "Activation", "Aktivierung"),
    RINNOVO("Rinnovo", "Renewal", "Erneuerung"),
    MODIFICA("Modifica", "Change", "Änderung"),
    VOLTURA("Voltura", "Transfer to another holder", "Umschreibung"),
    SUBENTRO("Subentro", "Takeover of an existing connection", "Übernahme"),
    SOSPENSIONE("Sospensione", "Suspension", "Aussetzung"),
    INTERRUZIONE("Interruzione", "Termination", "Beendigung"),
    REGOLARIZZAZIONE("Regolarizzazione", "Regularisation", "Regularisierung");

    private final LocalizedText label;

    RequestKind(String it, String en, String de) {
        this.label = new LocalizedText(it, en, de);
    }

    /** The name shown to citizens; fixed, so that the same kind reads the same on every service. */
    public LocalizedText label() {
        return label;
    }

    /** This kind as an option of a {@link FieldKind#REQUEST_KIND} field. */
    public Option asOption() {
        return new Option(name(), label);
    }
}
