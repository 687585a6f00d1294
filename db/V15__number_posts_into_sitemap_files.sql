-- Sitemaps list posts in files of about 2,000 (the protocol allows 50,000; smaller files are
-- quicker to build). A file is a range of post ids (time-ordered UUIDv7), from its first_id to the
-- next file's: a post stays in the file it was created into, and deletions only make files smaller.
-- Files are cut by a sequence that counts created posts: no count, no lock, nothing for post
-- writes to wait on. File 1 starts at the smallest id, so every post has a file.
-- Numbers the existing posts once (a scan of posts): the pool's 5 s statement timeout must not
-- cut that short, and no post may be created between the numbering and the trigger.
set local statement_timeout = 0;
set local lock_timeout = '10s';
lock table posts in share row exclusive mode;

create table sitemap_post_files (
    number integer primary key,
    first_id uuid not null unique
);

insert into sitemap_post_files (number, first_id)
select position / 2000 + 1, case when position = 0 then '00000000-0000-0000-0000-000000000000'::uuid else id end
from (select id, row_number() over (order by id) - 1 as position from posts) numbered
where position % 2000 = 0;
insert into sitemap_post_files values (1, '00000000-0000-0000-0000-000000000000') on conflict do nothing;

create sequence posts_created_seq as bigint minvalue 0 start with 0;
select setval('posts_created_seq', count(*), false) from posts;

-- Every 2,000th post created starts the next file. A rolled-back create only makes a file smaller.
create function start_sitemap_file() returns trigger language plpgsql as $$
declare
    position bigint := nextval('posts_created_seq');
begin
    if position % 2000 = 0 then
        insert into sitemap_post_files (number, first_id) values (position / 2000 + 1, new.id) on conflict do nothing;
    end if;
    return null;
end
$$;

create trigger posts_start_sitemap_file after insert on posts for each row execute function start_sitemap_file();

-- A file's posts come from these indexes alone (index-only scans), not from 2,000 wide rows.
create index posts_sitemap_idx on posts (id) include (slug, published_at, updated_at, listed_at) where status <> 'draft';
create index posts_canonical_url_idx on posts (id) where canonical_url is not null and status <> 'draft';
