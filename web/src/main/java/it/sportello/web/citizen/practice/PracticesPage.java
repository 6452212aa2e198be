package it.sportello.web.citizen.practice;

import java.io.Serializable;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import it.sportello.catalog.entity.Service;
import it.sportello.practice.boundary.PracticeWorkflow;
import it.sportello.practice.boundary.Practices;
import it.sportello.practice.entity.CitizenTab;
import it.sportello.practice.entity.Practice;
import it.sportello.web.i18n.LocaleSelection;

/**
 * Backing bean of {@code /area-personale/pratiche/index.xhtml?stato=<tab>&servizio=<code>}: the
 * citizen's practices by status tab and service, both in the address so that a filtered list can
 * be bookmarked. A draft is deleted after the citizen confirms it.
 */
@Named
@ViewScoped
public class PracticesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/area-personale/pratiche/index.xhtml";

    @Inject
    LocaleSelection locale;

    @EJB
    Practices practices;

    @EJB
    PracticeWorkflow workflow;

    private String status;
    private String service;
    private CitizenTab tab;
    /** The lists are read in this request; where the view is restored on another node, read again. */
    private transient List<Service> services;

    private Map<CitizenTab, Long> counts;
    private transient List<Practice> list;
    /** The draft the citizen is asked to confirm the deletion of, by reference. */
    private String deleting;

    private transient Practice deletingDraft;

    /** Reads the filters; a value that names no tab or none of the citizen's services is ignored, with a warning. */
    public void load() {
        tab = Arrays.stream(CitizenTab.values())
                .filter(candidate -> candidate.name().equals(status))
                .findFirst()
                .orElse(null);
        boolean unknown = status != null && tab == null;
        if (service != null
                && getServices().stream()
                        .noneMatch(candidate -> candidate.getCode().equals(service))) {
            unknown = true;
            service = null;
        }
        if (unknown) {
            status = tab == null ? null : status;
            Messages.addGlobalWarn("practices.filter.unknown");
        }
        counts = practices.counts(service);
    }

    /** First step of "Elimina": the page asks the citizen to confirm. */
    public void askDelete(Practice draft) {
        deleting = draft.getReference();
        deletingDraft = draft;
    }

    public void cancelDelete() {
        deleting = null;
        deletingDraft = null;
    }

    public String delete() {
        workflow.deleteDraft(deleting);
        deleting = null;
        deletingDraft = null;
        Messages.addFlashGlobalInfo("practices.deleted");
        return PATH + "?faces-redirect=true&includeViewParams=true";
    }

    /** The address of a tab keeping the service filter; {@code null} for every tab. */
    public String tabPath(CitizenTab target) {
        StringBuilder path = new StringBuilder(PATH);
        String separator = "?";
        if (target != null) {
            path.append(separator).append("stato=").append(target.name());
            separator = "&";
        }
        if (service != null) {
            path.append(separator).append("servizio=").append(service);
        }
        return path.toString();
    }

    public long getTotal() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public CitizenTab[] getTabs() {
        return CitizenTab.values();
    }

    public CitizenTab getTab() {
        return tab;
    }

    public Map<CitizenTab, Long> getCounts() {
        return counts;
    }

    /** The services the citizen has practices of, in the alphabetical order of the page's language. */
    public List<Service> getServices() {
        if (services == null) {
            Collator collator = Collator.getInstance(locale.getLocale());
            services = practices.services().stream()
                    .sorted(Comparator.comparing(s -> s.getTitle().in(locale.getLocale()), collator))
                    .toList();
        }
        return services;
    }

    public List<Practice> getList() {
        if (list == null) {
            list = practices.of(tab, service);
        }
        return list;
    }

    public Practice getDeleting() {
        if (deletingDraft == null && deleting != null) {
            deletingDraft = practices.owned(deleting);
        }
        return deletingDraft;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() ? null : status;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service == null || service.isBlank() ? null : service;
    }
}
