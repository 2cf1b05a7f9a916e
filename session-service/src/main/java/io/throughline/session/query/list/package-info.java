/** The sessions of an organisation as a paged list, newest first: a MongoDB read model kept by its own processor. */
package io.throughline.session.query.list;
