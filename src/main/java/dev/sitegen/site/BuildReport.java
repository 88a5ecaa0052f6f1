package dev.sitegen.site;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sitegen.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a build produced, written beside the site (not into it, readers have no use for it): counts, every diagnostic with its
 * file:line and the catalog stage's report ({@code null} and left out when there is none). It holds no
 * timings, so that two builds of the same input are byte-identical; the summary line carries the time.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BuildReport(
        int papers, int topics, int tags, int pages, int files, List<Problem> diagnostics, Object catalog) {
    public BuildReport {
        diagnostics = List.copyOf(diagnostics);
    }

    /** One diagnostic as {@code where}, {@code severity} and {@code message}. */
    public record Problem(String where, String severity, String message) {
        static Problem of(Diagnostic d) {
            return new Problem(
                    d.location().toString(), d.severity().name().toLowerCase(java.util.Locale.ROOT), d.message());
        }
    }

    public long warnings() {
        return diagnostics.stream().filter(d -> d.severity().equals("warning")).count();
    }

    public byte[] toJson() {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try {
            return (json.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the build report", e);
        }
    }
}
