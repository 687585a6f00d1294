-- Posts, tags and their ordered association. Flyway owns this schema; Hibernate only validates it.

create table tags (
    id          uuid primary key,
    slug        varchar(120) not null,
    name        varchar(100) not null,
    description text,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    constraint tags_slug_key unique (slug),
    constraint tags_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint tags_name_length check (char_length(name) between 1 and 100)
);

-- Tag names are unique regardless of case: "Java" and "java" are the same tag.
create unique index tags_name_key on tags (lower(name));

create table posts (
    id                   uuid primary key,
    slug                 varchar(200) not null,
    title                varchar(300) not null,
    markdown             text         not null,
    html                 text         not null,
    excerpt              text         not null,
    custom_excerpt       boolean      not null default false,
    reading_time_minutes integer      not null,
    status               varchar(16)  not null,
    published_at         timestamptz,
    featured             boolean      not null default false,
    feature_image        varchar(2048),
    feature_image_alt    varchar(300),
    meta_title           varchar(300),
    meta_description     varchar(500),
    canonical_url        varchar(2048),
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    -- The instant a post is listed by: its publication, or its creation while it has none (drafts).
    listed_at            timestamptz  generated always as (coalesce(published_at, created_at)) stored,
    search_vector        tsvector     generated always as (
                             setweight(to_tsvector('english', title), 'A') ||
                             setweight(to_tsvector('english', excerpt), 'B') ||
                             setweight(to_tsvector('english', markdown), 'C')) stored,
    constraint posts_slug_key unique (slug),
    constraint posts_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint posts_status_known check (status in ('draft', 'scheduled', 'published')),
    constraint posts_published_needs_date check (status = 'draft' or published_at is not null),
    constraint posts_reading_time_positive check (reading_time_minutes >= 1)
);

-- Public listings only ever see non-drafts; these partial indexes match their ORDER BY exactly.
create index posts_public_listed_idx on posts (listed_at desc, id desc) where status <> 'draft';
create index posts_public_featured_idx on posts (listed_at desc, id desc) where status <> 'draft' and featured;
create index posts_public_updated_idx on posts (updated_at desc, id desc) where status <> 'draft';
create index posts_public_title_idx on posts (title, id) where status <> 'draft';
-- Authors' listings include drafts.
create index posts_listed_idx on posts (listed_at desc, id desc);
create index posts_updated_idx on posts (updated_at desc, id desc);
create index posts_title_idx on posts (title, id);
create index posts_search_idx on posts using gin (search_vector);

create table post_tags (
    post_id  uuid    not null references posts (id) on delete cascade,
    tag_id   uuid    not null references tags (id) on delete cascade,
    position integer not null,
    constraint post_tags_pkey primary key (post_id, tag_id),
    constraint post_tags_position_key unique (post_id, position)
);

create index post_tags_tag_idx on post_tags (tag_id, post_id);
