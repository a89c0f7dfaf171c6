package io.shipshape.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.shipshape.shared.Cursor;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.Page;
import io.shipshape.shared.PageRequest;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's only entry point: create, read, search and change products. Writes run in a transaction
 * (joining the caller's) and publish {@link ProductCreated} / {@link ProductUpdated} in it. Reads are single
 * statements and open no transaction of their own; inside a caller's transaction they use its connection.
 */
@Service
public class CatalogManagement {

    private static final int MAX_QUERY = 200;

    private final ProductRepository products;
    private final ApplicationEventPublisher events;
    private final IdGenerator ids;
    private final Clock clock;

    CatalogManagement(ProductRepository products, ApplicationEventPublisher events, IdGenerator ids, Clock clock) {
        this.products = products;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    /** Adds a product; a SKU that exists (or is being added concurrently and commits first) is a duplicate. */
    @Transactional
    public ProductView create(CreateProduct cmd) {
        ProductRules.checkNew(cmd);
        Instant now = Times.now(clock);
        ProductView product = new ProductView(new ProductId(ids.next()), cmd.sku(), cmd.name().strip(), cmd.price(),
                cmd.weightGrams(), ProductRules.blankToNull(cmd.barcode()), Boolean.TRUE.equals(cmd.backorderable()),
                true, now, now);
        if (!products.insertIfAbsent(product)) {
            throw new DomainException(ProblemType.DUPLICATE_SKU, "A product with SKU " + cmd.sku() + " already exists")
                    .with("sku", cmd.sku());
        }
        events.publishEvent(new ProductCreated(product.id(), product.sku()));
        return product;
    }

    public ProductView get(String sku) {
        if (!Skus.isValid(sku)) {
            throw new NotFound("Product", sku);
        }
        return products.findBySku(sku).orElseThrow(() -> new NotFound("Product", sku));
    }

    /** Changes the fields the command carries; a change that changes nothing is not an update (no event). */
    @Transactional
    public ProductView update(String sku, UpdateProduct cmd) {
        if (!Skus.isValid(sku)) {
            throw new NotFound("Product", sku);
        }
        ProductView current = products.findBySkuForUpdate(sku).orElseThrow(() -> new NotFound("Product", sku));
        ProductView changed = ProductRules.apply(current, cmd, Times.now(clock));
        if (changed != current) {
            products.update(changed);
            events.publishEvent(new ProductUpdated(changed.id(), changed.sku()));
        }
        return changed;
    }

    /**
     * Products in SKU order, a page at a time. A {@code query} matches SKUs that start with it or names that
     * contain it, ignoring case.
     */
    public Page<ProductView> list(String query, PageRequest page) {
        String term = searchTerm(query);
        String after = page.cursor() == null ? null : Cursor.decode(page.cursor());
        if (after != null && !Skus.isValid(after)) {
            throw invalidParameter("cursor", "cursor is not valid");
        }
        List<ProductView> rows = products.search(term, after, page.limit() + 1);
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, null);
        }
        List<ProductView> items = rows.subList(0, page.limit());
        return new Page<>(List.copyOf(items), Cursor.encode(items.get(items.size() - 1).sku()));
    }

    /**
     * Hot path of order capture: the products of these SKUs in one query, keyed by SKU. Only the ones found
     * are in the map (a string that cannot be a SKU is never found); inactive products are included.
     */
    public Map<String, ProductView> findBySkus(Collection<String> skus) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String sku : skus) {
            if (Skus.isValid(sku)) {
                wanted.add(sku);
            }
        }
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, ProductView> found = new HashMap<>();
        for (ProductView p : products.findBySkus(wanted)) {
            found.put(p.sku(), p);
        }
        return found;
    }

    private static String searchTerm(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        if (query.length() > MAX_QUERY || query.chars().anyMatch(Character::isISOControl)) {
            throw invalidParameter("query", "query must be at most " + MAX_QUERY
                    + " characters without control characters");
        }
        return query.strip().toLowerCase(Locale.ROOT);
    }

    private static DomainException invalidParameter(String name, String detail) {
        return new DomainException(ProblemType.INVALID_PARAMETER, detail).with("parameter", name);
    }
}
