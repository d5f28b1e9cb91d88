-- the X-Request-Id of the request that queued the hand-off, sent on to the analysis-service (log correlation)
ALTER TABLE outbox ADD COLUMN request_id VARCHAR(64);
