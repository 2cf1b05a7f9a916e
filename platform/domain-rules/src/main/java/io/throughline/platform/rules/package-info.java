/** The rules of an aggregate as values checked before it applies an event, and the violation a broken one raises. */
package io.throughline.platform.rules;
