/** The command line: argument parsing, the build command, exit codes; nothing imports this package. */
package dev.sitegen.cli;
