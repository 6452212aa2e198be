package it.sportello.web.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.entity.CardSection;
import it.sportello.catalog.entity.Service;
import it.sportello.form.boundary.Forms;
import it.sportello.platform.text.TextBlock;
import it.sportello.web.citizen.CurrentCitizen;
import it.sportello.web.i18n.LocaleSelection;

/**
 * Backing bean of {@code /servizi/scheda.xhtml?servizio=<code>}: the public card of one service
 * in the order of the national model, readable without login. An unknown code is a 404.
 */
@Named
@RequestScoped
public class ServiceCardPage {

    /** Where a citizen fills a service's form online. */
    static final String START_PATH = "/servizi/compila.xhtml";

    /** Where a citizen books an appointment on a calendar. */
    static final String BOOKING_PATH = "/prenotazioni/index.xhtml";

    @EJB
    Catalog catalog;

    @EJB
    Forms forms;

    @Inject
    LocaleSelection locale;

    @Inject
    CurrentCitizen citizen;

    @Inject
    Clock clock;

    private String code;
    private Service service;
    private boolean hasForm;

    public void load() {
        service = code == null ? null : catalog.service(code).orElse(null);
        if (service == null) {
            Faces.responseSendError(404, "");
            return;
        }
        hasForm = forms.current(code).isPresent();
    }

    /** The paragraphs and lists of one card section, in the reader's language. */
    public List<TextBlock> blocks(String section) {
        return service.card(CardSection.valueOf(section))
                .map(text -> TextBlock.parse(text.in(locale.getLocale())))
                .orElse(List.of());
    }

    public boolean has(String section) {
        return service.card(CardSection.valueOf(section)).isPresent();
    }

    /** Whether a citizen can fill the form here today. */
    public boolean isOnline() {
        return !service.isExternal() && hasForm && service.acceptsRequestsOn(LocalDate.now(clock));
    }

    /** The start link: straight to the form, or through the login page when the service needs one. */
    public String getStartPath() {
        String start = START_PATH + "?servizio=" + service.getCode();
        if (service.getAccessLevel().requiresLogin() && !citizen.isLoggedIn()) {
            return "/accedi.xhtml?torna=" + URLEncoder.encode(start, StandardCharsets.UTF_8);
        }
        return start;
    }

    /** Whether the service has a form, which can then be downloaded blank. */
    public boolean isHasForm() {
        return hasForm;
    }

    public String getBookingPath() {
        return BOOKING_PATH + "?calendario=" + service.getCalendarCode();
    }

    public Service getService() {
        return service;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
