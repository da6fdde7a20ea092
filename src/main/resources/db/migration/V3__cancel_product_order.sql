-- cancelProductOrder tasks (TMF622 CancelProductOrder). No foreign key to product_order on purpose: a task is the
-- record of a request and outlives a deleted order (an open task whose order is gone ends terminatedWithError).
create table cancel_product_order (
    id                          uuid        primary key,
    state                       text        not null,
    creation_date               timestamptz not null,
    requested_cancellation_date timestamptz,
    effective_cancellation_date timestamptz,
    cancellation_reason         text,
    product_order_id            uuid        not null,
    -- every other attribute as the client sent it (productOrder ref extras, @type, @baseType, extensions...)
    document                    jsonb       not null default '{}',
    version                     bigint      not null default 0
);

-- The scheduler's poll: open tasks that are due.
create index cancel_product_order_due_idx on cancel_product_order (state, requested_cancellation_date);
-- "Is this order already being cancelled?" and productOrder.id filters.
create index cancel_product_order_order_idx on cancel_product_order (product_order_id);
create index cancel_product_order_creation_idx on cancel_product_order (creation_date desc, id desc);
