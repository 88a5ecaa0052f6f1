/** The catalog stage: read entries become the immutable model with stable ids, derived titles and canonical tags. */
package dev.sitegen.catalog;
