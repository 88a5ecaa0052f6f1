package dev.sitegen.config;

/** The configuration file cannot be used; the message names the file, the line and the fix. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
