/** Sessions: folding a session's events into its figures, and its timeline. */
package io.throughline.analytics.session;
