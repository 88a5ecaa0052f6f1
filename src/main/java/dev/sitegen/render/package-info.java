/** Rendering: one Freemarker configuration, the view records templates see, and pages turned into output bytes. */
package dev.sitegen.render;
