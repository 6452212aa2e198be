package it.sportello.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * axe-core, the accessibility engine, fetched from the npm registry at the version and integrity
 * hash the build pins ({@code axe-core.version}, {@code axe-core.integrity}) and cached under
 * {@code target/}. Nothing but a JDK is needed.
 */
final class Axe {

    private static final String REGISTRY = "https://registry.npmjs.org/axe-core/-/axe-core-%s.tgz";
    private static volatile String source;

    private Axe() {}

    static synchronized String source() {
        if (source == null) {
            source = load();
        }
        return source;
    }

    private static String load() {
        String version = System.getProperty("axe-core.version");
        String integrity = System.getProperty("axe-core.integrity");
        Path cache = Path.of(System.getProperty("axe-core.cache", "target/axe-core"));
        Path script = cache.resolve("axe-" + version + ".min.js");
        try {
            if (!Files.isRegularFile(script)) {
                Files.createDirectories(cache);
                byte[] tarball = download(String.format(REGISTRY, version));
                verify(tarball, integrity);
                Files.writeString(script, extract(tarball, "package/axe.min.js"), StandardCharsets.UTF_8);
            }
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot get axe-core " + version + " from the npm registry", e);
        }
    }

    private static byte[] download(String url) throws IOException {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20))
                .build();
        try {
            HttpResponse<byte[]> response = client.send(
                    HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException(url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Checks the tarball against the Subresource Integrity string npm publishes ({@code sha512-<base64>}). */
    private static void verify(byte[] tarball, String integrity) throws IOException {
        try {
            String actual = "sha512-"
                    + Base64.getEncoder()
                            .encodeToString(MessageDigest.getInstance("SHA-512").digest(tarball));
            if (!actual.equals(integrity)) {
                throw new IOException("axe-core tarball integrity mismatch: expected " + integrity + ", got " + actual);
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String extract(byte[] tarball, String name) throws IOException {
        try (InputStream in =
                new TarArchiveInputStream(new GZIPInputStream(new java.io.ByteArrayInputStream(tarball)))) {
            TarArchiveInputStream tar = (TarArchiveInputStream) in;
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(tar.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException(name + " not found in the axe-core tarball");
    }

    /** One rule broken on a page, as axe reports it. */
    record Violation(String id, String impact, String help, List<String> targets) {

        boolean seriousOrWorse() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @SuppressWarnings("unchecked")
        static Violation of(Map<String, Object> raw) {
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) raw.get("nodes");
            List<String> targets = nodes.stream()
                    .map(node -> String.valueOf(node.get("target")))
                    .toList();
            return new Violation((String) raw.get("id"), (String) raw.get("impact"), (String) raw.get("help"), targets);
        }

        @Override
        public String toString() {
            return impact + " " + id + ": " + help + " " + targets;
        }
    }
}
