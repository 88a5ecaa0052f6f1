package dev.sitegen.cli;

import java.util.Optional;

/**
 * The command line cannot be understood; the CLI prints the one-line message and a hint pointing to the
 * help of {@link #command} (or to {@code site-gen help}), and exits with 2.
 */
final class UsageException extends Exception {
    private final transient Optional<String> command;

    UsageException(String message) {
        this(message, Optional.empty());
    }

    UsageException(String message, Optional<String> command) {
        super(message);
        this.command = command;
    }

    /** The command whose options were wrong, if the command itself was understood. */
    Optional<String> command() {
        return command;
    }
}
