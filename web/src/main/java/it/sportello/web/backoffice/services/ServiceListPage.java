package it.sportello.web.backoffice.services;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;

import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.control.ServiceDescriptor;
import it.sportello.catalog.entity.Service;
import it.sportello.form.boundary.Forms;
import it.sportello.form.boundary.ServiceTransfer;

/**
 * Backing bean of {@code /backoffice/servizi/index.xhtml}: the administrators' list of all
 * services, with export and import of a service and its form as one JSON file.
 */
@Named
@ViewScoped
public class ServiceListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A service file is a few tens of kilobytes; anything much larger is not one. */
    static final long MAX_IMPORT_SIZE = 1024 * 1024;

    @EJB
    Catalog catalog;

    @EJB
    Forms forms;

    @EJB
    ServiceTransfer transfer;

    private transient List<Service> services;
    private transient Set<String> withForm;

    public List<Service> getServices() {
        if (services == null) {
            services = catalog.allServices();
        }
        return services;
    }

    public boolean hasForm(Service service) {
        if (withForm == null) {
            withForm = Set.copyOf(forms.servicesWithForm());
        }
        return withForm.contains(service.getCode());
    }

    public StreamedContent export(String code) {
        byte[] json;
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            json = jsonb.toJson(transfer.export(code)).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the service " + code, e);
        }
        return DefaultStreamedContent.builder()
                .name(code + ".json")
                .contentType("application/json")
                .contentLength((long) json.length)
                .stream(() -> new ByteArrayInputStream(json))
                .build();
    }

    public void importService(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (file.getSize() > MAX_IMPORT_SIZE) {
            Messages.addGlobalError("service_import.too_large");
            return;
        }
        ServiceDescriptor descriptor;
        try (InputStream in = file.getInputStream();
                Jsonb jsonb = JsonbBuilder.create()) {
            descriptor = jsonb.fromJson(in, ServiceDescriptor.class);
        } catch (JsonbException | IOException e) {
            Messages.addGlobalError("service_import.invalid", file.getFileName());
            return;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (descriptor == null
                || descriptor.code() == null
                || descriptor.status() == null
                || descriptor.accessLevel() == null
                || descriptor.paymentMode() == null
                || descriptor.workflow() == null) {
            Messages.addGlobalError("service_import.incomplete", file.getFileName());
            return;
        }
        Service service = transfer.importService(descriptor);
        services = null;
        withForm = null;
        Messages.addGlobalInfo("service_import.done", service.getTitle().italian());
    }
}
