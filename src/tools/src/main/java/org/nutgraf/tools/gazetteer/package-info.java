/**
 * Builds the gazetteer and lexicon files the library ships, from GeoNames and the team's tables.
 */
package org.nutgraf.tools.gazetteer;
