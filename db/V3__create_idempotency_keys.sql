-- Responses to POSTs sent with an Idempotency-Key, so that a retry replays instead of creating again.

create table idempotency_keys (
    caller        varchar(64)  not null,
    key           varchar(255) not null,
    request_hash  bytea        not null,
    status        integer,
    location      varchar(2048),
    body          bytea,
    created_at    timestamptz  not null,
    constraint idempotency_keys_pkey primary key (caller, key)
);

create index idempotency_keys_created_idx on idempotency_keys (created_at);
