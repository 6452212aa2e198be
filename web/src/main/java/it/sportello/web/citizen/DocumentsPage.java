package it.sportello.web.citizen;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import it.sportello.practice.boundary.Practices;
import it.sportello.practice.entity.Attachment;

/**
 * Backing bean of {@code /area-personale/documenti.xhtml}: every file of every practice of the
 * citizen, those sent and those received from the office, always available to download.
 */
@Named
@RequestScoped
public class DocumentsPage {

    @EJB
    Practices practices;

    private List<Attachment> files;

    public List<Attachment> getFiles() {
        if (files == null) {
            files = practices.files();
        }
        return files;
    }
}
