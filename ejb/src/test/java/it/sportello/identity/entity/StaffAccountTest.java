package it.sportello.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class StaffAccountTest {

    private final StaffAccount account =
            new StaffAccount(" Olga.Op ", "Olga Operatrice", "olga@example.org", Set.of(StaffRole.OPERATOR));

    @Test
    void usernamesAreCaseInsensitive() {
        assertThat(account.getUsername()).isEqualTo("olga.op");
    }

    @Test
    void rolesCannotBeChangedFromOutside() {
        account.getRoles().add(StaffRole.ADMIN);

        assertThat(account.getRoles()).containsExactly(StaffRole.OPERATOR);
    }

    @Test
    void anOperatorIsEnabledOnlyForTheServicesGivenAndWorksInTheOfficesGiven() {
        it.sportello.catalog.entity.Office technical = new it.sportello.catalog.entity.Office(
                "ufficio-tecnico", it.sportello.platform.i18n.LocalizedText.italian("Ufficio tecnico"));
        it.sportello.catalog.entity.Service driveway = service("permesso-passo-carrabile");
        it.sportello.catalog.entity.Service ztl = service("permesso-ztl");

        account.assign(Set.of(technical), Set.of(driveway));

        assertThat(account.isEnabledFor(driveway)).isTrue();
        assertThat(account.isEnabledFor(ztl)).isFalse();
        assertThat(account.worksIn(technical)).isTrue();
        assertThat(account.getServices()).containsExactly(driveway);
    }

    @Test
    void anAdministratorIsEnabledForEveryService() {
        StaffAccount admin = new StaffAccount("admin", "Amministratore", "admin@example.org", Set.of(StaffRole.ADMIN));

        assertThat(admin.isEnabledFor(service("permesso-ztl"))).isTrue();
    }

    @Test
    void onlyAnAdministratorChangesAnAdministratorsAccount() {
        StaffAccount admin = new StaffAccount("admin", "Amministratore", "admin@example.org", Set.of(StaffRole.ADMIN));
        StaffAccount manager = new StaffAccount(
                "manager", "Marco Manager", "manager@example.org", Set.of(StaffRole.OPERATOR, StaffRole.MANAGER));

        assertThat(admin.isChangeableBy(manager)).isFalse();
        assertThat(admin.isChangeableBy(admin)).isTrue();
        assertThat(account.isChangeableBy(manager)).isTrue();
        assertThat(manager.isChangeableBy(admin)).isTrue();
    }

    private static it.sportello.catalog.entity.Service service(String code) {
        return new it.sportello.catalog.entity.Service(
                code,
                it.sportello.platform.i18n.LocalizedText.italian(code),
                it.sportello.platform.i18n.LocalizedText.italian(code));
    }
}
