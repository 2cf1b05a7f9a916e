/** What session events ask of prep forms: the commands each decoded session event leads to. */
package io.throughline.prepform.sessions;
