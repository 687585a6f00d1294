-- The slugs posts, tags and authors had before: links to them keep working as permanent
-- redirects to the resource's current slug. A redirect points at its resource, not at a slug, so
-- a chain of renames (a → b → c) resolves in one hop; it goes with the resource it points at.
-- A resource that holds the slug now is found first, so a new owner wins an old slug; the row stays
-- for when it leaves again. (Small tables; the index on changes reads a table as large as posts.)
set local statement_timeout = 0;
create table post_slug_redirects (
    old_slug varchar(200) primary key,
    target_id uuid not null references posts (id) on delete cascade,
    created_at timestamptz not null default now()
);
create index post_slug_redirects_target_idx on post_slug_redirects (target_id);

create table tag_slug_redirects (
    old_slug varchar(120) primary key,
    target_id uuid not null references tags (id) on delete cascade,
    created_at timestamptz not null default now()
);
create index tag_slug_redirects_target_idx on tag_slug_redirects (target_id);

create table author_slug_redirects (
    old_slug varchar(120) primary key,
    target_id uuid not null references authors (id) on delete cascade,
    created_at timestamptz not null default now()
);
create index author_slug_redirects_target_idx on author_slug_redirects (target_id);

-- A post's old slug is remembered only if the post was public under it: the changes feed says so.
create index changes_resource_slug_idx on changes (resource_id, slug) where visible;
