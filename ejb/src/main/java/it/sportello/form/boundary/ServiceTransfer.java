package it.sportello.form.boundary;

import static it.sportello.platform.text.JsonFactory.JSON;

import java.io.StringReader;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.control.ServiceDescriptor;
import it.sportello.catalog.entity.Service;
import it.sportello.identity.entity.Roles;
import it.sportello.platform.BusinessException;

/**
 * Moves a service with its current form in and out as one JSON document
 * ({@link ServiceDescriptor}), so a municipality can copy a service from another desk or keep
 * it under version control. Importing is one transaction: the card and the form land together
 * or not at all. It belongs to the form component, which knows the catalog's services; the
 * catalog knows no forms. For administrators, who manage the catalog.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ServiceTransfer {

    @EJB
    Catalog catalog;

    @EJB
    Forms forms;

    /**
     * Saves the service and, when the descriptor carries a form, publishes it as a new version by
     * the administrator calling.
     */
    public Service importService(@NotNull ServiceDescriptor descriptor) {
        Service service = catalog.save(descriptor);
        if (descriptor.form() != null) {
            forms.publish(descriptor.code(), descriptor.form().toString());
        }
        return service;
    }

    public ServiceDescriptor export(@NotBlank String code) {
        Service service = catalog.service(code).orElseThrow(() -> new BusinessException("catalog.code.unknown", code));
        JsonObject form = forms.current(code)
                .map(version -> {
                    try (JsonReader reader = JSON.createReader(new StringReader(version.getDefinition()))) {
                        return reader.readObject();
                    }
                })
                .orElse(null);
        return ServiceDescriptor.of(service, form);
    }
}
