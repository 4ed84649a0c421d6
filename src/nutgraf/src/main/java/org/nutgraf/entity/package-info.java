/**
 * Entities of whole articles: the article tagger, in-article coreference of person names into
 * actors, and the actor dictionary.
 */
package org.nutgraf.entity;
