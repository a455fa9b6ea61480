/**
 * Warehouse selection by URL ({@link dev.kimball.core.warehouse.Warehouses}) and the engine implementations
 * in sub-packages; everything engine-specific lives there and nowhere else.
 */
package dev.kimball.core.warehouse;
