-- What changed in public content, in commit order, for the changes feed and for webhooks.
--
-- A change is written in the transaction of the write it describes (an outbox): a rolled-back
-- write leaves none. Its number (seq) is assigned at commit, by a deferred trigger that takes the
-- one counter row's lock and keeps it until the commit ends, so numbers follow commit order and a
-- reader that has seen n never finds a smaller number committing later (a sequence's values can
-- commit out of order: 41 after 42 was read). Only the commits of writes that change public
-- content wait for one another, and only for that last step.
set local statement_timeout = 0;

create table change_counter (
    id       integer primary key check (id = 1),
    last_seq bigint not null
);
insert into change_counter values (1, 0);

create table changes (
    id          uuid        primary key,
    seq         bigint,
    type        text        not null,
    resource    text        not null check (resource in ('post', 'tag', 'author')),
    resource_id uuid        not null,
    slug        text        not null,
    visible     boolean     not null,
    updated_at  timestamptz not null,
    occurred_at timestamptz not null default now()
);
create unique index changes_seq_key on changes (seq);

-- What is public when this migration runs comes first, so that the feed alone rebuilds the public
-- set: every tag and author, then the public posts by publication.
insert into changes (id, seq, type, resource, resource_id, slug, visible, updated_at)
select gen_random_uuid(), row_number() over (order by kind, at, resource_id), type, resource, resource_id, slug, true, at
  from (select 1 as kind, 'tag.created' as type, 'tag' as resource, id as resource_id, slug, updated_at as at from tags
        union all
        select 2, 'author.created', 'author', id, slug, updated_at from authors
        union all
        select 3, 'post.published', 'post', id, slug, greatest(updated_at, published_at) from posts
         where status <> 'draft' and published_at <= now()) public_content;
update change_counter set last_seq = (select count(*) from changes);

create function number_change() returns trigger language plpgsql as $$
declare
    next_seq bigint;
begin
    update change_counter set last_seq = last_seq + 1 where id = 1 returning last_seq into next_seq;
    update changes set seq = next_seq where id = new.id;
    return null;
end
$$;

create constraint trigger changes_numbered after insert on changes deferrable initially deferred
    for each row execute function number_change();

-- Whether a post's publication has been announced (post.published) and not withdrawn since: a
-- scheduled post becomes public at its time without a write, and is announced then, once.
-- Added as true for every row (no rewrite of the table), then false for the few not public yet.
alter table posts add column announced boolean not null default true;
alter table posts alter column announced set default false;
update posts set announced = false where status = 'draft' or published_at is null or published_at > now();
-- Also a post published by a server older than this migration (it leaves announced false).
create index posts_unannounced_idx on posts (published_at) where status <> 'draft' and not announced;

create table webhooks (
    id              uuid         primary key,
    url             varchar(2048) not null,
    events          text[]       not null,
    active          boolean      not null,
    description     varchar(500),
    secret          text         not null,
    disabled_reason text,
    -- the last change fanned out into deliveries: a webhook hears of changes after its creation
    fanned_out_seq  bigint       not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);

create table webhook_deliveries (
    id              uuid        primary key,
    webhook_id      uuid        not null references webhooks (id) on delete cascade,
    event_id        uuid        not null,
    event_type      text        not null,
    body            text        not null,
    status          text        not null check (status in ('pending', 'delivered', 'failed')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz,
    -- a claim by one server; a server that dies leaves it to expire, and another takes it over
    claimed_until   timestamptz,
    last_status     integer,
    last_error      text,
    last_response   text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create unique index webhook_deliveries_event_key on webhook_deliveries (webhook_id, event_id);
create index webhook_deliveries_due_idx on webhook_deliveries (next_attempt_at) where status = 'pending';
create index webhook_deliveries_recent_idx on webhook_deliveries (webhook_id, created_at desc);
