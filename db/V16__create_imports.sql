-- Imports of other blogs' exports (WordPress WXR, Ghost JSON, this API's own export). The upload is
-- parsed into import_items in one transaction; workers on any server then claim pending items
-- (FOR UPDATE SKIP LOCKED) and apply each in a transaction of its own, so an import survives a
-- crash and runs on several servers at once.
create table imports (
    id          uuid primary key,
    format      varchar(16)  not null,
    source      varchar(2100) not null,
    dry_run     boolean      not null,
    file_bytes  bigint       not null,
    created_at  timestamptz  not null,
    finished_at timestamptz,
    constraint imports_format check (format in ('wordpress', 'ghost', 'blog'))
);
-- Workers on every server look for unfinished imports every second: the finished ones are history.
create index imports_unfinished_idx on imports (created_at, id) where finished_at is null;

-- phase orders the work: authors, then tags, then posts (which refer to both).
create table import_items (
    import_id   uuid         not null references imports (id) on delete cascade,
    position    integer      not null,
    phase       smallint     not null,
    kind        varchar(16)  not null,
    source_id   varchar(200) not null,
    title       varchar(300),
    payload     jsonb        not null,
    outcome     varchar(16),
    reason      varchar(1000),
    attempts    smallint     not null default 0,
    attempted_at timestamptz,
    resource_id uuid,
    constraint import_items_pkey primary key (import_id, position),
    constraint import_items_outcome check (outcome in ('created', 'existing', 'skipped', 'failed'))
);
create index import_items_pending_idx on import_items (import_id, phase, position) where outcome is null;
create index import_items_source_idx on import_items (import_id, kind, source_id);

-- What each imported item became, so that importing a file again creates nothing new.
create table imported_sources (
    source      varchar(2100) not null,
    kind        varchar(16)   not null,
    source_id   varchar(200)  not null,
    resource_id uuid          not null,
    import_id   uuid          references imports (id) on delete set null,
    constraint imported_sources_pkey primary key (source, kind, source_id)
);

-- The paths an imported post had on its old site (WordPress: /?p=123, /2024/05/31/slug/), for the
-- redirect map.
create table imported_paths (
    path    varchar(2048) primary key,
    post_id uuid          not null references posts (id) on delete cascade
);
create index imported_paths_post_idx on imported_paths (post_id);
