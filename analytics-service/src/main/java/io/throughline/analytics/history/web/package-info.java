/** {@code GET …/trends} and {@code GET …/sessions}: parameters checked here, answers from the queries. */
package io.throughline.analytics.history.web;
