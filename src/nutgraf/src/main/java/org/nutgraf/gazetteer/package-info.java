/** Place data shipped in the jar: countries, aliases, demonyms, regions and cities, and lookup. */
package org.nutgraf.gazetteer;
