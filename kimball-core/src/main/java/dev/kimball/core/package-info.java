/**
 * The KIMBALL engine: {@link dev.kimball.core.KimballEngine} implements the API's {@code EngineProvider};
 * sub-packages hold the warehouses, the bronze loader and the metadata store.
 */
package dev.kimball.core;
