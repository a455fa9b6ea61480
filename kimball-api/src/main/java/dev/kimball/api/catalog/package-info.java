/**
 * The Discover step and the catalog it produces: per bronze table its rows, primary key and quality, per column the
 * inferred type, quality scores and recommendations, and the relationships between tables. Catalog values are
 * snapshots; an edit ({@link dev.kimball.api.catalog.CatalogTable#rename}, {@link dev.kimball.api.catalog.CatalogColumn#rename},
 * {@link dev.kimball.api.catalog.CatalogColumn#overrideType}) is stored at once, with history, and returns a fresh
 * snapshot. Original names are always kept next to the edited ones.
 */
package dev.kimball.api.catalog;
