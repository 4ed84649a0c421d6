package org.nutgraf.gazetteer;

/**
 * A country or territory with an ISO 3166-1 alpha-2 code.
 *
 * @param code the code ("HN"); Kosovo is "XK"
 * @param name its common English name ("Honduras")
 * @param capital its capital; empty when it has none
 * @param population its population, 0 when unknown
 */
public record Country(String code, String name, String capital, long population) {}
