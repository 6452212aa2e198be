package it.sportello.testing;

import java.util.Map;

import it.sportello.practice.boundary.PracticeWorkflow;
import it.sportello.practice.entity.Practice;

/**
 * What a citizen types into the demo's "Segnalazione disservizio" form, as the in-container tests
 * send it: a category, a description and the place, Via Roma 3 in Pisa.
 */
public final class Reports {

    /** The service code of the demo's report of a problem. */
    public static final String SERVICE = "segnalazione-disservizio";

    /** The section of the form the place is the last field of. */
    public static final int LAST_SECTION = 3;

    private Reports() {}

    /** A report the citizen logged in fills and sends the way the wizard does, step by step. */
    public static Practice sent(PracticeWorkflow workflow, String category, String description) {
        String reference = workflow.start(SERVICE, null).getReference();
        workflow.acceptPrivacy(reference);
        workflow.actForSelf(reference);
        workflow.fill(reference, typed(category, description), LAST_SECTION);
        return workflow.send(reference);
    }

    public static Map<String, Object> typed(String category, String description) {
        return Map.of(
                "categoria",
                category,
                "descrizione",
                description,
                "luogo",
                Map.of(
                        "street",
                        "Via Roma",
                        "number",
                        "3",
                        "country",
                        "IT",
                        "province",
                        "PI",
                        "comune",
                        "Pisa",
                        "cap",
                        "56125"));
    }
}
