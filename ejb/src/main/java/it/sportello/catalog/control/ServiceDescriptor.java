package it.sportello.catalog.control;

import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonObject;

import it.sportello.catalog.entity.AccessLevel;
import it.sportello.catalog.entity.Audience;
import it.sportello.catalog.entity.CardSection;
import it.sportello.catalog.entity.Category;
import it.sportello.catalog.entity.PaymentMode;
import it.sportello.catalog.entity.Service;
import it.sportello.catalog.entity.ServiceStatus;
import it.sportello.catalog.entity.Topic;
import it.sportello.catalog.entity.Workflow;
import it.sportello.platform.i18n.LocalizedText;

/**
 * A service with its card and, optionally, its current form, as one JSON document: the format
 * administrators export and import, and the one the demo catalog is written in. Offices,
 * categories and topics are named by code.
 */
public record ServiceDescriptor(
        String code,
        Text title,
        Text summary,
        ServiceStatus status,
        LocalDate scheduledFrom,
        LocalDate scheduledUntil,
        AccessLevel accessLevel,
        PaymentMode paymentMode,
        Workflow workflow,
        int maxResponseDays,
        String office,
        List<String> categories,
        List<String> topics,
        List<Audience> audiences,
        String externalUrl,
        String calendar,
        boolean featured,
        Card card,
        JsonObject form,
        Boolean withdrawalAllowed) {

    /** A text in Italian with its English and German translations, as JSON. */
    public record Text(String it, String en, String de) {

        public static Text of(LocalizedText text) {
            return text == null ? null : new Text(text.italian(), text.translation("en"), text.translation("de"));
        }

        public LocalizedText localized() {
            return it == null || it.isBlank() ? null : new LocalizedText(it, en, de);
        }
    }

    /** The text sections of the card, named as in the JSON. */
    public record Card(
            Text addressedTo,
            Text description,
            Text howTo,
            Text needed,
            Text achieved,
            Text deadlines,
            Text costs,
            Text conditions) {

        public Text section(CardSection section) {
            return switch (section) {
                case ADDRESSED_TO -> addressedTo;
                case DESCRIPTION -> description;
                case HOW_TO -> howTo;
                case NEEDED -> needed;
                case ACHIEVED -> achieved;
                case DEADLINES -> deadlines;
                case COSTS -> costs;
                case CONDITIONS -> conditions;
            };
        }

        static Card of(Service service) {
            return new Card(
                    text(service, CardSection.ADDRESSED_TO),
                    text(service, CardSection.DESCRIPTION),
                    text(service, CardSection.HOW_TO),
                    text(service, CardSection.NEEDED),
                    text(service, CardSection.ACHIEVED),
                    text(service, CardSection.DEADLINES),
                    text(service, CardSection.COSTS),
                    text(service, CardSection.CONDITIONS));
        }

        private static Text text(Service service, CardSection section) {
            return service.card(section).map(Text::of).orElse(null);
        }
    }

    /** The descriptor of a stored service, with the given form definition (or none). */
    public static ServiceDescriptor of(Service service, JsonObject form) {
        return new ServiceDescriptor(
                service.getCode(),
                Text.of(service.getTitle()),
                Text.of(service.getSummary()),
                service.getStatus(),
                service.getScheduledFrom(),
                service.getScheduledUntil(),
                service.getAccessLevel(),
                service.getPaymentMode(),
                service.getWorkflow(),
                service.getMaxResponseDays(),
                service.getOffice() == null ? null : service.getOffice().getCode(),
                service.getCategories().stream().map(Category::getCode).toList(),
                service.getTopics().stream().map(Topic::getCode).toList(),
                List.copyOf(service.getAudiences()),
                service.getExternalUrl(),
                service.getCalendarCode(),
                service.isFeatured(),
                Card.of(service),
                form,
                service.isWithdrawalAllowed());
    }

    /** Withdrawal is allowed unless the descriptor says otherwise. */
    public boolean allowsWithdrawal() {
        return withdrawalAllowed == null || withdrawalAllowed;
    }
}
