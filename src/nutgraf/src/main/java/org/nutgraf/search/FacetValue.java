package org.nutgraf.search;

/**
 * A facet value and how many matching paragraphs have it.
 *
 * @param key the value filters use ("HN", an actor key, "HN/San Pedro Sula")
 * @param label what to show ("Honduras", "Juan Orlando Hernández", "San Pedro Sula")
 * @param count matching paragraphs with this value
 * @param selected whether the query selected it
 */
public record FacetValue(String key, String label, long count, boolean selected) {}
