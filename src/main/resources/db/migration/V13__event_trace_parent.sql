-- The W3C traceparent of the change that caused an event (null when there was no trace), so that the
-- delivery of the notification, possibly much later and on another instance, continues that trace and sends
-- it on to the subscriber.
alter table event_outbox add column trace_parent text;
