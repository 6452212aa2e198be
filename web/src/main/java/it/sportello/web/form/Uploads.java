package it.sportello.web.form;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Part;

import it.sportello.practice.boundary.Upload;

/** Files a page received, as the boundaries take them: name and bytes; a file input left empty is no file. */
public final class Uploads {

    private Uploads() {}

    public static Optional<Upload> of(Part part) throws IOException {
        if (part == null
                || part.getSubmittedFileName() == null
                || part.getSubmittedFileName().isBlank()) {
            return Optional.empty();
        }
        try (InputStream in = part.getInputStream()) {
            return Optional.of(new Upload(part.getSubmittedFileName(), in.readAllBytes()));
        }
    }

    public static List<Upload> of(List<Part> parts) throws IOException {
        List<Upload> uploads = new ArrayList<>();
        if (parts != null) {
            for (Part part : parts) {
                of(part).ifPresent(uploads::add);
            }
        }
        return uploads;
    }
}
