/** The {@code nutgraf} command-line tool: index, search, entities and bench. */
package org.nutgraf.cli;
