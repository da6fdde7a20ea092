-- Who may see what (README, "Security"): a party-scoped client sees only orders whose relatedParty names its party
-- (v4 relatedParty[].id or v5 relatedParty[].partyOrPartyRole.id), found by containment on this index.
create index product_order_related_party_idx on product_order using gin ((document -> 'relatedParty') jsonb_path_ops);

-- A subscription registered by a party-scoped client belongs to that party and hears only of its orders: the
-- outbox row carries the parties its resource concerns.
alter table hub_subscription add column party_id text;
alter table event_outbox add column parties text[];

-- Who asked for the order: the token's subject, client (azp / client_id) and party; null without authentication.
alter table initiating_request add column requested_by_subject text;
alter table initiating_request add column requested_by_client text;
alter table initiating_request add column requested_by_party text;
