/** The client's prep-form page in a real browser against the real local stack. */
package io.throughline.localstack.prepform;
