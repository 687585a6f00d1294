-- Sitemaps list posts in files of about 2,000 (the protocol allows 50,000; smaller files are
-- quicker to build). A file is a range of post ids (time-ordered UUIDv7): a post never moves to another file, and each file keeps the
-- last time one of its posts changed, so the sitemap index reads this small table instead of
-- every post. A new file starts when the last one has had 2,000 posts; deletions only make files
-- smaller. File 1 starts at the smallest id, so every post has a file.
create table sitemap_post_files (
    number integer primary key,
    first_id uuid not null unique,
    post_count integer not null,
    last_modified timestamptz not null
);

insert into sitemap_post_files (number, first_id, post_count, last_modified)
select chunk + 1, case when chunk = 0 then '00000000-0000-0000-0000-000000000000'::uuid else (array_agg(id order by id))[1] end, count(*),
       coalesce(max(case when status <> 'draft' and published_at <= now() then greatest(updated_at, published_at) else updated_at end), now())
from (select id, status, updated_at, published_at, (row_number() over (order by id) - 1) / 2000 as chunk from posts) numbered
group by chunk;
insert into sitemap_post_files values (1, '00000000-0000-0000-0000-000000000000', 0, now()) on conflict do nothing;

-- A new post counts towards the last file, or starts the next one when that is full. It runs as
-- part of the write (not deferred), so the file's row lock comes before the change counter's at
-- commit, in the same order for every writer. Concurrent creates may each start a file: a file then
-- holds a few posts, never more than the protocol allows.
create function count_post_in_sitemap_file() returns trigger language plpgsql as $$
declare
    file integer;
    filled boolean;
begin
    select number, post_count >= 2000 into file, filled from sitemap_post_files
    where first_id <= new.id order by first_id desc limit 1 for update;
    if filled then
        insert into sitemap_post_files (number, first_id, post_count, last_modified)
        values ((select max(number) from sitemap_post_files) + 1, new.id, 1, now());
    else
        update sitemap_post_files set post_count = post_count + 1, last_modified = now() where number = file;
    end if;
    return null;
end
$$;

create trigger posts_count_in_sitemap_file after insert on posts
    for each row execute function count_post_in_sitemap_file();

-- A statement that changes or deletes posts that are (or were) not drafts changes their files
-- (a draft's edits change no sitemap). The files' rows are locked in file order, so that two
-- statements touching the same files (two servers announcing scheduled posts, a tag renamed in
-- thousands of posts) never deadlock.
create function touch_sitemap_files(post_ids uuid[]) returns void language sql as $$
    with touched as (
        select distinct (select f.number from sitemap_post_files f where f.first_id <= id order by f.first_id desc limit 1) as number
        from unnest(post_ids) as id
    ), locked as (
        select f.number from sitemap_post_files f join touched t on t.number = f.number order by f.number for update of f
    )
    update sitemap_post_files f set last_modified = now() from locked where f.number = locked.number;
$$;

create function touch_sitemap_files_of_updated_posts() returns trigger language plpgsql as $$
begin
    perform touch_sitemap_files(array(select n.id from new_posts n join old_posts o on o.id = n.id
                                      where n.status <> 'draft' or o.status <> 'draft'));
    return null;
end
$$;

create function touch_sitemap_files_of_deleted_posts() returns trigger language plpgsql as $$
begin
    perform touch_sitemap_files(array(select o.id from old_posts o where o.status <> 'draft'));
    return null;
end
$$;

create trigger posts_touch_sitemap_files_on_update after update on posts
    referencing old table as old_posts new table as new_posts
    for each statement execute function touch_sitemap_files_of_updated_posts();
create trigger posts_touch_sitemap_files_on_delete after delete on posts
    referencing old table as old_posts
    for each statement execute function touch_sitemap_files_of_deleted_posts();

-- A file's posts come from these indexes alone (index-only scans), not from 2,000 wide rows.
create index posts_sitemap_idx on posts (id) include (slug, published_at, updated_at, listed_at) where status <> 'draft';
create index posts_canonical_url_idx on posts (id) where canonical_url is not null and status <> 'draft';
