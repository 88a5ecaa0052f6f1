/** The immutable paper model — areas, topics, papers and tags — that every later stage reads; imports nothing of ours. */
package dev.sitegen.model;
