/** HTTP for a session's timeline. */
package io.throughline.analytics.session.web;
