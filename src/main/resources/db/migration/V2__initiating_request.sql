-- The record of the sales request that issued each order (eTOM 1.3.3.5.2 "Issue Customer Order").
-- Immutable: written once by issuance, in the same transaction as the order.
create table initiating_request (
    id              uuid        primary key,
    order_id        uuid        not null unique references product_order (id) on delete cascade,
    received_at     timestamptz not null,
    body            bytea       not null,  -- the request body byte for byte
    body_sha256     text        not null,
    idempotency_key text        unique,
    items           jsonb       not null   -- per item: classification, feasibility link, special handling
);
