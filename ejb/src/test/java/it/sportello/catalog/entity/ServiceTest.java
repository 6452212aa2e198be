package it.sportello.catalog.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import it.sportello.platform.BusinessException;
import it.sportello.platform.i18n.LocalizedText;

class ServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final Service service = new Service(
            "permesso-ztl",
            LocalizedText.italian("Permesso ZTL"),
            LocalizedText.italian("Accesso alla zona a traffico limitato"));

    @Test
    void anAvailableServiceAcceptsRequests() {
        assertThat(service.acceptsRequestsOn(TODAY)).isTrue();
        assertThat(service.isListed()).isTrue();
    }

    @Test
    void aSuspendedServiceIsListedButRefusesRequests() {
        configure(ServiceStatus.SUSPENDED, null, null);

        assertThat(service.isListed()).isTrue();
        assertThat(service.acceptsRequestsOn(TODAY)).isFalse();
    }

    @Test
    void aPrivateServiceIsNotListedButCanBeStartedFromItsAddress() {
        configure(ServiceStatus.PRIVATE, null, null);

        assertThat(service.isListed()).isFalse();
        assertThat(service.acceptsRequestsOn(TODAY)).isTrue();
    }

    @Test
    void aScheduledServiceAcceptsRequestsOnlyInsideItsWindowBothEndsIncluded() {
        configure(ServiceStatus.SCHEDULED, TODAY, TODAY.plusDays(10));

        assertThat(service.acceptsRequestsOn(TODAY.minusDays(1))).isFalse();
        assertThat(service.acceptsRequestsOn(TODAY)).isTrue();
        assertThat(service.acceptsRequestsOn(TODAY.plusDays(10))).isTrue();
        assertThat(service.acceptsRequestsOn(TODAY.plusDays(11))).isFalse();
    }

    @Test
    void aScheduledServiceNeedsBothDates() {
        assertThatThrownBy(() -> configure(ServiceStatus.SCHEDULED, TODAY, null))
                .isInstanceOf(BusinessException.class)
                .hasMessage("service.scheduled.dates_required");
    }

    @Test
    void aScheduledWindowCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> configure(ServiceStatus.SCHEDULED, TODAY, TODAY.minusDays(1)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("service.scheduled.dates_order");
    }

    @Test
    void datesAreForgottenWhenTheServiceIsNoLongerScheduled() {
        configure(ServiceStatus.SCHEDULED, TODAY, TODAY.plusDays(1));
        configure(ServiceStatus.AVAILABLE, TODAY, TODAY.plusDays(1));

        assertThat(service.getScheduledFrom()).isNull();
        assertThat(service.getScheduledUntil()).isNull();
    }

    @Test
    void theFirstCategoryIsTheMainOneAndDuplicatesAreDropped() {
        Category mobility =
                new Category("mobilita-e-trasporti", 0, LocalizedText.italian("Mobilità"), LocalizedText.italian("-"));
        Category environment =
                new Category("ambiente", 1, LocalizedText.italian("Ambiente"), LocalizedText.italian("-"));

        service.classify(List.of(mobility, environment, mobility), List.of(), Set.of(Audience.DRIVER));

        assertThat(service.mainCategory()).contains(mobility);
        assertThat(service.getCategories()).containsExactly(mobility, environment);
        assertThat(service.getAudiences()).containsExactly(Audience.DRIVER);
    }

    @Test
    void aServiceBelongsToAtLeastOneCategory() {
        assertThatThrownBy(() -> service.classify(List.of(), List.of(), Set.of()))
                .isInstanceOf(BusinessException.class)
                .hasMessage("service.category.required");
    }

    @Test
    void anotherSiteIsAnAbsoluteWebAddress() {
        service.link("https://www.anagrafenazionale.interno.it/servizi-al-cittadino/", null, false);
        assertThat(service.getExternalUrl())
                .isEqualTo("https://www.anagrafenazionale.interno.it/servizi-al-cittadino/");

        assertThatThrownBy(() -> service.link("not a url", null, false))
                .isInstanceOf(BusinessException.class)
                .hasMessage("service.external_url.invalid");
        assertThatThrownBy(() -> service.link("www.anagrafenazionale.interno.it", null, false))
                .isInstanceOf(BusinessException.class)
                .hasMessage("service.external_url.invalid");
        service.link(" ", null, false);
        assertThat(service.isExternal()).isFalse();
    }

    @Test
    void anEmptyCardSectionIsRemoved() {
        service.writeCard(CardSection.COSTS, LocalizedText.italian("30,00 €"));
        assertThat(service.card(CardSection.COSTS)).isPresent();

        service.writeCard(CardSection.COSTS, null);

        assertThat(service.card(CardSection.COSTS)).isEmpty();
    }

    @Test
    void linksAreTrimmedAndBlankMeansNone() {
        service.link(" https://www.anagrafenazionale.interno.it/ ", "  ", true);

        assertThat(service.isExternal()).isTrue();
        assertThat(service.getExternalUrl()).isEqualTo("https://www.anagrafenazionale.interno.it/");
        assertThat(service.isBookable()).isFalse();
        assertThat(service.isFeatured()).isTrue();
    }

    @Test
    void accessLevelsAreOrdered() {
        assertThat(AccessLevel.SPID_L2.isSatisfiedBy(AccessLevel.CIE)).isTrue();
        assertThat(AccessLevel.SPID_L2.isSatisfiedBy(AccessLevel.SPID_L2)).isTrue();
        assertThat(AccessLevel.SPID_L2.isSatisfiedBy(AccessLevel.SPID_L1)).isFalse();
        assertThat(AccessLevel.ANONYMOUS.requiresLogin()).isFalse();
        assertThat(AccessLevel.SPID_L1.requiresLogin()).isTrue();
    }

    private void configure(ServiceStatus status, LocalDate from, LocalDate until) {
        service.configure(status, from, until, AccessLevel.SPID_L2, PaymentMode.NONE, Workflow.APPROVAL, 30);
    }
}
