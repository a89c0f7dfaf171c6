package io.shipshape.integration;

import java.util.List;

import io.shipshape.integration.EventMapper.Outgoing;
import io.shipshape.inventory.StockEvents.LowStock;
import io.shipshape.inventory.StockEvents.OutOfStock;
import org.springframework.stereotype.Component;

/** inventory.* payloads (version 1): about a SKU at a location, so their subject (and Kafka key) is the SKU. */
@Component
class InventoryEventMappers implements EventMapper.Catalogue {

    record Level(String sku, String location, int available, Integer reorderPoint) {
    }

    @Override
    public List<EventMapper<?>> mappers() {
        return List.of(
                EventMapper.of(LowStock.class, e -> new Outgoing("inventory.low_stock", e.sku(), null,
                        new Level(e.sku(), e.location(), e.available(), e.reorderPoint()))),
                EventMapper.of(OutOfStock.class, e -> new Outgoing("inventory.out_of_stock", e.sku(), null,
                        new Level(e.sku(), e.location(), 0, null))));
    }
}
