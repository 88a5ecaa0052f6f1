package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SourceLocation;
import org.junit.jupiter.api.Test;

class DiagnosticFormatTest {
    private final Diagnostic warning = Diagnostic.warning(
            new SourceLocation("content/digest.txt", 2347),
            "section header says 169 papers, 168 follow; fix the count");

    @Test
    void textIsFileLineSeverityMessage() {
        assertEquals(
                "content/digest.txt:2347: warning: section header says 169 papers, 168 follow; fix the count",
                DiagnosticFormat.TEXT.format(warning));
    }

    @Test
    void githubIsAWorkflowAnnotationOnTheLine() {
        assertEquals(
                "::warning file=content/digest.txt,line=2347,title=site-gen warning::"
                        + "section header says 169 papers, 168 follow; fix the count",
                DiagnosticFormat.GITHUB.format(warning));
    }

    @Test
    void githubEscapesNewlinesPercentAndPropertySeparators() {
        Diagnostic error = Diagnostic.error(new SourceLocation("a,b:c.txt", 0), "100% broken\nsecond line");
        assertEquals(
                "::error file=a%2Cb%3Ac.txt,line=1,title=site-gen error::100%25 broken%0Asecond line",
                DiagnosticFormat.GITHUB.format(error));
    }
}
