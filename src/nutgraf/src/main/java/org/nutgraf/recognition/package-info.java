/**
 * The recognition engine: matchers that propose place and person names over a token sequence, and
 * the resolvers and lexicons that decide them.
 */
package org.nutgraf.recognition;
