/** The search stage: tokenises papers, ranks terms with BM25F and returns the sharded search index as bytes. */
package dev.sitegen.search;
