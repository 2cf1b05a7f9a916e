/** The one shape of the services' list read models in MongoDB, and its idempotent, version-guarded write. */
package io.throughline.platform.readmodel;
