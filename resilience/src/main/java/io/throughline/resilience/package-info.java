/**
 * The fault suite ({@code resilience/run.sh}): the platform with two instances of every service,
 * driven by a bounded load while instances are killed and the infrastructure restarts, and a verdict
 * against an oracle that knows only what was acknowledged.
 */
package io.throughline.resilience;
