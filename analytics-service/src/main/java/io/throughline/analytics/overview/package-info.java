/** The organisation overview: everyone's headline figures at a glance. */
package io.throughline.analytics.overview;
