/** The published contract of the coaching platform: events, topics and their CloudEvents mapping. */
package io.throughline.events;
