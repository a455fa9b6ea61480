package dev.kimball.core;

import dev.kimball.api.KimballSession;
import dev.kimball.api.LoadReport;
import dev.kimball.api.LoadRequest;
import dev.kimball.api.SourceRegistry;
import dev.kimball.api.TableRef;
import dev.kimball.api.catalog.Catalog;
import dev.kimball.api.catalog.Discover;
import dev.kimball.core.discover.Discovery;
import dev.kimball.core.bronze.BronzeLoader;
import dev.kimball.core.bronze.BronzeTables;
import dev.kimball.core.metadata.MetadataStore;
import dev.kimball.core.registry.WarehouseSourceRegistry;
import dev.kimball.core.source.SourceProviders;
import dev.kimball.spi.Warehouse;
import java.util.List;

/** A session on one warehouse: creates the layers and metadata tables on open, then runs steps against them. */
final class DefaultSession implements KimballSession {
    private final Warehouse warehouse;
    private final MetadataStore metadata;
    private final SourceProviders providers = SourceProviders.discover();
    private final SourceRegistry sources;

    DefaultSession(Warehouse warehouse) {
        this.warehouse = warehouse;
        this.metadata = new MetadataStore(warehouse);
        warehouse.createLayers();
        metadata.createTables();
        this.sources = new WarehouseSourceRegistry(metadata, providers::test, WarehouseSourceRegistry.TEST_TIMEOUT);
    }

    @Override
    public SourceRegistry sources() {
        return sources;
    }

    @Override
    public String warehouseUrl() {
        return warehouse.url();
    }

    @Override
    public String warehouseKind() {
        return warehouse.kind();
    }

    @Override
    public LoadReport load(LoadRequest request) {
        return new BronzeLoader(warehouse, metadata, providers).load(request);
    }

    @Override
    public Catalog analyze(Discover request) {
        return new Discovery(warehouse, metadata).analyze(request);
    }

    @Override
    public Catalog catalog() {
        return new Discovery(warehouse, metadata).catalog();
    }

    @Override
    public List<TableRef> bronzeTables() {
        return warehouse.tables(TableRef.BRONZE).stream().filter(t -> !t.equals(BronzeTables.REJECTS)).toList();
    }

    /** The warehouse of this session, for KIMBALL's own modules (not part of the public API). */
    Warehouse warehouse() {
        return warehouse;
    }

    @Override
    public void close() {
        warehouse.close();
    }

    @Override
    public String toString() {
        return "KimballSession[" + warehouse.url() + "]";
    }
}
