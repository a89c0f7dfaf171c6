package io.shipshape.reporting;

import java.util.List;
import java.util.Map;

import io.shipshape.orders.Channel;
import io.shipshape.shared.Money;

/**
 * The key figures of a window (definitions in the README, "Reports"). Revenue and average order value are one
 * amount per currency (orders are never converted); a rate or median is null when its denominator is zero.
 */
public record Kpis(long orders, List<Money> revenue, List<Money> averageOrderValue, Map<Channel, Long> ordersByChannel,
                   Double medianTimeToShipHours, Double onTimeShipRate, Double fulfillmentAccuracy, Double returnRate,
                   Double cancellationRate, long stockouts) {
}
