package it.sportello.practice.boundary;

/** A file as a page received it: the name the browser gave and the bytes. */
public record Upload(String fileName, byte[] bytes) {

    public Upload {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
