/** The site configuration, {@code content/site.yml}, read with Jackson; every option has a default. */
package dev.sitegen.config;
