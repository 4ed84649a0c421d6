/**
 * Lucene faces of the recognition engine: the tokenizer, token filters, SPI factories, analyzers
 * and attributes.
 */
package org.nutgraf.analysis;
