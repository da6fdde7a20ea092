-- Event notifications (TMF622 /hub): subscriptions, a transactional outbox and one delivery row per
-- (subscription, event). See org.opentmf.ordering.events and docs/events.md.

create table hub_subscription (
    id          uuid        primary key,
    callback    text        not null,
    query       text,
    -- events that happened before the subscription existed are never sent to it
    created_at  timestamptz not null default clock_timestamp()
);

-- Written in the same transaction as the change that caused the event; event_id is the envelope's eventId
-- (stable across redeliveries). seq orders the events of one resource.
create table event_outbox (
    seq           bigserial   primary key,
    event_id      uuid        not null unique,
    event_type    text        not null,
    event_time    timestamptz not null default clock_timestamp(),
    resource_key  text        not null,
    resource_id   text        not null,
    field_path    text,
    resource      jsonb       not null,
    -- set once the dispatcher has created the deliveries for every matching subscription
    fanned_out    boolean     not null default false
);
create index event_outbox_not_fanned_out_idx on event_outbox (seq) where not fanned_out;

create table event_delivery (
    id               bigserial   primary key,
    subscription_id  uuid        not null references hub_subscription (id) on delete cascade,
    event_seq        bigint      not null references event_outbox (seq) on delete cascade,
    resource_id      text        not null,
    status           text        not null default 'pending' check (status in ('pending', 'delivered', 'dead')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null default clock_timestamp(),
    -- lease of the dispatcher instance that is attempting it; an expired lease is claimed again
    locked_by        text,
    locked_until     timestamptz,
    last_attempt_at  timestamptz,
    last_error       text,
    delivered_at     timestamptz,
    unique (subscription_id, event_seq)
);
-- due deliveries, and the "earlier pending delivery for this subscriber and resource" check
create index event_delivery_due_idx on event_delivery (next_attempt_at) where status = 'pending';
create index event_delivery_queue_idx on event_delivery (subscription_id, resource_id, event_seq) where status = 'pending';
create index event_delivery_dead_idx on event_delivery (subscription_id, event_seq) where status = 'dead';
create index event_delivery_event_idx on event_delivery (event_seq);
