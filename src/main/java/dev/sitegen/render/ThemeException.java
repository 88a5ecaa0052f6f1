package dev.sitegen.render;

/** The theme is unusable: a template could not be loaded or failed while rendering a page; the message names both. */
public final class ThemeException extends RuntimeException {
    public ThemeException(String message, Throwable cause) {
        super(message, cause);
    }
}
