/** The demo organisation, loaded through the public REST APIs only, idempotently. */
package io.throughline.localstack.demo;
