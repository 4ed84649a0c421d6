/** Word tokens of news text with case and punctuation flags, and accent folding. */
package org.nutgraf.text;
