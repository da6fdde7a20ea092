-- Product orders: relational columns for what is queried or updated on its own,
-- one jsonb document for every other (open, polymorphic, extensible) TMF attribute.
create table product_order (
    id                  uuid        primary key,
    at_type             text        not null default 'ProductOrder',
    state               text        not null,
    order_date          timestamptz not null,
    completion_date     timestamptz,
    cancellation_date   timestamptz,
    cancellation_reason text,
    external_id         text,
    category            text,
    priority            text,
    special_handling    boolean     not null default false,
    -- every other first-level attribute as the client sent it (relatedParty, note, channel, agreement,
    -- billingAccount, orderTotalPrice, payment, productOfferingQualification, quote, description,
    -- requested*/expected* dates, @baseType, @schemaLocation and any extension attribute).
    -- Never holds the attributes that have columns above, nor productOrderItem.
    document            jsonb       not null default '{}',
    version             bigint      not null default 0,
    last_update         timestamptz not null
);

-- Items, nested ones included (parent_item_id points at the enclosing item).
create table product_order_item (
    order_id            uuid    not null references product_order (id) on delete cascade,
    item_id             text    not null,
    parent_item_id      text,
    position            integer not null,
    action              text    not null,
    state               text    not null,
    product_offering_id text,
    -- every other item attribute as sent (product, productOffering, quantity, itemPrice, qualification,
    -- productOfferingQualificationItem, @type, extensions...). Never id, action, state or nested productOrderItem.
    document            jsonb   not null default '{}',
    primary key (order_id, item_id)
);

create index product_order_order_date_idx on product_order (order_date desc, id desc);
create index product_order_state_idx on product_order (state);
create index product_order_external_id_idx on product_order (external_id);
create index product_order_item_offering_idx on product_order_item (product_offering_id);
