-- Web UI sessions ended by logout, shared by every web-ui replica (each polls this list): a copied session cookie
-- stops working everywhere, not only on the replica that saw the logout. Rows go when the session would have expired.
create table revoked_session (
    nonce      varchar(128) primary key,
    expires_at bigint       not null,
    revoked_at timestamp with time zone not null
);
create index ix_revoked_session_at on revoked_session (revoked_at);
