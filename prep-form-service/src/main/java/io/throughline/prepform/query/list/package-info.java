/** The forms of an organisation by client and session: a MongoDB read model kept by its own processing group, eventually consistent. */
package io.throughline.prepform.query.list;
