/** The site stage: the build's stage list, where every page lives and links to, and the one class that writes files. */
package dev.sitegen.site;
