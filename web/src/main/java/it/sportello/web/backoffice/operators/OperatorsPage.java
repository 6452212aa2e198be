package it.sportello.web.backoffice.operators;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import it.sportello.booking.boundary.Calendars;
import it.sportello.booking.entity.Calendar;
import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.Service;
import it.sportello.identity.boundary.Operators;
import it.sportello.identity.entity.StaffAccount;

/** Backing bean of {@code /backoffice/operatori/index.xhtml}: managers manage operators. */
@Named
@ViewScoped
public class OperatorsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Operators operators;

    @EJB
    Catalog catalog;

    @EJB
    Calendars calendars;

    private String search;
    /** Read in this request; where the view is restored on another node, read again. */
    private transient List<StaffAccount> accounts;
    /** The account of the one using the page. */
    private transient StaffAccount self;

    @NotBlank
    @Size(max = StaffAccount.USERNAME_LENGTH)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String displayName;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    private boolean manager;

    private List<String> offices = new ArrayList<>();
    private List<String> services = new ArrayList<>();
    private List<String> enabledCalendars = new ArrayList<>();

    /** The username of the account being edited; null while the form creates a new one. */
    private String editing;

    /** The list is read again when it is next shown, with the search and any change made. */
    void load() {
        accounts = null;
    }

    public void filter() {
        load();
    }

    public void create() {
        operators.create(username, displayName, email, manager, Faces.getLocale());
        Messages.addGlobalInfo("operators.created", displayName, email);
        cancel();
        load();
    }

    public void edit(StaffAccount account) {
        editing = account.getUsername();
        username = account.getUsername();
        displayName = account.getDisplayName();
        email = account.getEmail();
        manager = account.isManager();
        offices = new ArrayList<>(
                account.getOffices().stream().map(Office::getCode).sorted().toList());
        services = new ArrayList<>(
                account.getServices().stream().map(Service::getCode).sorted().toList());
        enabledCalendars = new ArrayList<>(calendars.enabledFor(account.getUsername()));
    }

    public void saveChanges() {
        operators.update(editing, displayName, email, offices, services);
        calendars.enableFor(editing, enabledCalendars);
        Messages.addGlobalInfo("operators.updated", displayName);
        cancel();
        load();
    }

    public void cancel() {
        editing = null;
        username = null;
        displayName = null;
        email = null;
        manager = false;
        offices = new ArrayList<>();
        services = new ArrayList<>();
        enabledCalendars = new ArrayList<>();
    }

    public List<Office> getAllOffices() {
        return catalog.offices();
    }

    public List<Service> getAllServices() {
        return catalog.allServices();
    }

    public List<Calendar> getAllCalendars() {
        return calendars.all();
    }

    public List<String> getEnabledCalendars() {
        return enabledCalendars;
    }

    public void setEnabledCalendars(List<String> enabledCalendars) {
        this.enabledCalendars = enabledCalendars;
    }

    public List<String> getOffices() {
        return offices;
    }

    public void setOffices(List<String> offices) {
        this.offices = offices;
    }

    public List<String> getServices() {
        return services;
    }

    public void setServices(List<String> services) {
        this.services = services;
    }

    public void makeManager(StaffAccount account) {
        operators.setManager(account.getUsername(), true);
        load();
    }

    public void unmakeManager(StaffAccount account) {
        operators.setManager(account.getUsername(), false);
        load();
    }

    public void sendPasswordLink(StaffAccount account) {
        operators.sendPasswordLink(account.getUsername(), Faces.getLocale());
        Messages.addGlobalInfo("operators.link.sent", account.getEmail());
    }

    public void unlock(StaffAccount account) {
        operators.unlock(account.getUsername());
        Messages.addGlobalInfo("operators.unlocked", account.getDisplayName());
    }

    public void delete(StaffAccount account) {
        operators.delete(account.getUsername());
        Messages.addGlobalInfo("operators.deleted", account.getDisplayName());
        load();
    }

    /** Whether the one using the page may change this account's roles or delete it. */
    public boolean isChangeable(StaffAccount account) {
        if (self == null) {
            self = operators.self();
        }
        return account.isChangeableBy(self);
    }

    public boolean isEditing() {
        return editing != null;
    }

    public List<StaffAccount> getAccounts() {
        if (accounts == null) {
            accounts = operators.search(search);
        }
        return accounts;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isManager() {
        return manager;
    }

    public void setManager(boolean manager) {
        this.manager = manager;
    }
}
