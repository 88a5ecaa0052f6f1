package dev.sitegen.cli;

/** The command line cannot be understood; the CLI prints the message and the usage and exits with 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
