/** Reading digest text into entries with diagnostics (file:line) and counted text repairs; pure, never throws on bad input. */
package dev.sitegen.digest;
