/** Starts the embedded infrastructure of the local stack. */
package io.throughline.localstack;
