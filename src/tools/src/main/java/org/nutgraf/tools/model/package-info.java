/** Fits the person model the library decides candidate names with, from annotated text. */
package org.nutgraf.tools.model;
