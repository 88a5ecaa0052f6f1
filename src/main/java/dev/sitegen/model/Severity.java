package dev.sitegen.model;

/** How bad a diagnostic is: a warning keeps the input, an error means an entry could not be used. */
public enum Severity {
    WARNING,
    ERROR
}
