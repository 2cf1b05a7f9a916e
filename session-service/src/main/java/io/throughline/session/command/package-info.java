/** The coaching session's write side: the event-sourced aggregate, its commands and the rules of API.md it enforces. */
package io.throughline.session.command;
