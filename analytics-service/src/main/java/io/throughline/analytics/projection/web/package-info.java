/** HTTP for operating the projection: starting a rebuild and following it. */
package io.throughline.analytics.projection.web;
