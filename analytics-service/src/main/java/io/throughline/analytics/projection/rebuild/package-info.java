/** Rebuilding every read model from the beginning of both topics into a fresh generation, then switching to it. */
package io.throughline.analytics.projection.rebuild;
