-- A post's tags and authors, as the API writes them ([{"id", "slug", "name"}, …] in order), kept
-- on the post's row, so that reading a post or a page of posts joins nothing: joining tags per post
-- cost two thirds of a 20-post page. Statement triggers keep them equal to the links, and row
-- triggers to the names and slugs of the tags and authors.
set local statement_timeout = 0;

alter table posts add column tags_json json not null default '[]',
                  add column authors_json json not null default '[]';

create function post_tags_json(post uuid) returns json language sql stable parallel safe as $$
    select coalesce('[' || string_agg(format('{"id":"%s","slug":%s,"name":%s}', t.id, to_json(t.slug), to_json(t.name)),
                                      ',' order by l.position) || ']', '[]')::json
      from post_tags l join tags t on t.id = l.tag_id
     where l.post_id = post
$$;

create function post_authors_json(post uuid) returns json language sql stable parallel safe as $$
    select coalesce('[' || string_agg(format('{"id":"%s","slug":%s,"name":%s}', a.id, to_json(a.slug), to_json(a.name)),
                                      ',' order by l.position) || ']', '[]')::json
      from post_authors l join authors a on a.id = l.author_id
     where l.post_id = post
$$;

update posts set tags_json = post_tags_json(id), authors_json = post_authors_json(id);

-- Links change a statement at a time (a write replaces a post's links, a tag's deletion cascades):
-- each changed post is written once per statement.
create function refresh_posts_tags_json() returns trigger language plpgsql as $$
begin
    update posts p set tags_json = post_tags_json(p.id) where p.id in (select distinct post_id from changed);
    return null;
end
$$;

create function refresh_posts_authors_json() returns trigger language plpgsql as $$
begin
    update posts p set authors_json = post_authors_json(p.id) where p.id in (select distinct post_id from changed);
    return null;
end
$$;

create trigger post_tags_inserted after insert on post_tags referencing new table as changed
    for each statement execute function refresh_posts_tags_json();
create trigger post_tags_updated after update on post_tags referencing new table as changed
    for each statement execute function refresh_posts_tags_json();
create trigger post_tags_deleted after delete on post_tags referencing old table as changed
    for each statement execute function refresh_posts_tags_json();
create trigger post_authors_inserted after insert on post_authors referencing new table as changed
    for each statement execute function refresh_posts_authors_json();
create trigger post_authors_updated after update on post_authors referencing new table as changed
    for each statement execute function refresh_posts_authors_json();
create trigger post_authors_deleted after delete on post_authors referencing old table as changed
    for each statement execute function refresh_posts_authors_json();

-- A renamed tag or author reads renamed in every post that names it.
create function refresh_tag_in_posts() returns trigger language plpgsql as $$
begin
    update posts p set tags_json = post_tags_json(p.id) where p.id in (select post_id from post_tags where tag_id = new.id);
    return null;
end
$$;

create function refresh_author_in_posts() returns trigger language plpgsql as $$
begin
    update posts p set authors_json = post_authors_json(p.id) where p.id in (select post_id from post_authors where author_id = new.id);
    return null;
end
$$;

create trigger tags_renamed after update of name, slug on tags for each row
    when (old.name is distinct from new.name or old.slug is distinct from new.slug)
    execute function refresh_tag_in_posts();
create trigger authors_renamed after update of name, slug on authors for each row
    when (old.name is distinct from new.name or old.slug is distinct from new.slug)
    execute function refresh_author_in_posts();
analyze posts;
