package it.sportello.practice.boundary;

import it.sportello.form.entity.FileName;

/**
 * A file as a page received it: the bytes, and the name the browser gave, cleaned ({@link FileName})
 * as soon as it arrives, so that every boundary that takes an upload keeps and shows a safe name.
 */
public record Upload(String fileName, byte[] bytes) {

    public Upload {
        fileName = FileName.of(fileName);
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
