-- v5 drafts (requestedInitialState=draft): an order stored before it is issued.
-- Its items have no state until the draft is acknowledged and issued.
alter table product_order_item alter column state drop not null;
-- When the order was issued; every order before this migration was issued when it was received.
alter table initiating_request add column issued_at timestamptz;
update initiating_request set issued_at = received_at;
