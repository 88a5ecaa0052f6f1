/** Discovery computations over the catalog — related papers, the paper map, statistics, tag co-occurrence and data exports — returned as values for the render stage. */
package dev.sitegen.discover;
