/**
 * Token filters, analyzers and SPI factories that recognise place and person names, and the token
 * sequence and recognition engine beneath them.
 */
package org.nutgraf.analysis;
