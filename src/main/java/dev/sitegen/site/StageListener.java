package dev.sitegen.site;

/** Told when a build stage ends, so a command line can show progress; e.g. {@code ("render", "2135 pages", 420)}. */
@FunctionalInterface
public interface StageListener {
    StageListener NONE = (stage, detail, millis) -> {};

    void finished(String stage, String detail, long millis);
}
