/**
 * Operating the server: Prometheus metrics (served by Micrometer at {@code /q/metrics}), the readiness of this
 * instance's event dispatcher, and the switch that exports traces only when an OTLP endpoint is configured. The
 * domain announces what happened through small, version-free CDI events it owns ({@code IssuanceOutcome},
 * {@code OrderStateChanged}, {@code CancellationRefused}, {@code TmfEvent}) and the dispatcher through
 * {@code DeliveryObserver}; nothing outside this package knows it. Labels stay bounded: API version, yes/no,
 * classification, states, outcomes, and subscription ids on the delivery gauges only.
 */
package org.opentmf.ordering.operations;
