-- The API version a listener registered through (TMF622 v4 or v5): it receives every event in that version's
-- envelope and resource shape, whichever version made the change. Existing listeners registered through v4.
alter table hub_subscription add column api_version text not null default 'v4';
