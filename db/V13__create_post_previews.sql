-- Preview links: a token that shows one post as it is now to whoever holds it. Only the token's
-- SHA-256 is kept (a token is 256 random bits: a digest is as good as a slow hash here).
create table post_previews (
    id uuid primary key,
    post_id uuid not null references posts (id) on delete cascade,
    token_hash bytea not null unique,
    created_by_author_id uuid references authors (id) on delete set null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    constraint post_previews_expire_after_creation check (expires_at > created_at)
);
create index post_previews_post_idx on post_previews (post_id, created_at);
