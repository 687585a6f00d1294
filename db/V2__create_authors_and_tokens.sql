-- Authors, the ordered authors of each post, and API tokens (stored only as keyed hashes).

create table authors (
    id         uuid primary key,
    slug       varchar(120)  not null,
    name       varchar(100)  not null,
    email      varchar(254),
    bio        varchar(2000),
    avatar_url varchar(2048),
    website    varchar(2048),
    created_at timestamptz   not null,
    updated_at timestamptz   not null,
    constraint authors_slug_key unique (slug),
    constraint authors_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

create unique index authors_email_key on authors (lower(email));

create table post_authors (
    post_id   uuid    not null references posts (id) on delete cascade,
    author_id uuid    not null references authors (id),
    position  integer not null,
    constraint post_authors_pkey primary key (post_id, author_id),
    constraint post_authors_position_key unique (post_id, position)
);

create index post_authors_author_idx on post_authors (author_id, post_id);

create table api_tokens (
    id           uuid primary key,
    name         varchar(100) not null,
    role         varchar(16)  not null,
    author_id    uuid         references authors (id) on delete cascade,
    secret_hash  bytea        not null,
    secret_hint  varchar(16)  not null,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    expires_at   timestamptz,
    revoked_at   timestamptz,
    constraint api_tokens_secret_hash_key unique (secret_hash),
    constraint api_tokens_role_known check (role in ('contributor', 'author', 'editor', 'admin'))
);
