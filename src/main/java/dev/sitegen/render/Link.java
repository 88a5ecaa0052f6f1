package dev.sitegen.render;

/** A link with its text and, where it is a tag or topic, how many papers it leads to (0 when not shown). */
public record Link(String href, String label, int count) {
    public static Link of(String href, String label) {
        return new Link(href, label, 0);
    }
}
