/** What every endpoint shares: id rules and RFC 9457 problem responses. */
package io.throughline.analytics.web;
