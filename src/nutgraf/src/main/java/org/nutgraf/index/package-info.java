/** How Nutgraf lays paragraphs out in a Lucene index: fields, documents and facet state. */
package org.nutgraf.index;
