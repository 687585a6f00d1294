-- Columns derived from a post's text, computed when the text they come from changes, not on every
-- update of the row: generated columns were recomputed on any update, so writing a post's tags
-- (migration V8 rewrites tags_json) parsed its body into search vectors three times per create.
-- Reads also send the bodies as JSON strings, which PostgreSQL escaped character by character on
-- every read (a third of its time on a 20-post page with html): they are now stored escaped too.
set local statement_timeout = 0;

alter table posts alter column search_vector drop expression,
                  alter column rank_vector drop expression,
                  add column markdown_json json,
                  add column html_json json;

create function derive_post_columns() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' or new.markdown is distinct from old.markdown then
        new.markdown_json := to_json(new.markdown);
    end if;
    if tg_op = 'INSERT' or new.html is distinct from old.html then
        new.html_json := to_json(new.html);
    end if;
    if tg_op = 'INSERT' or new.title is distinct from old.title or new.excerpt is distinct from old.excerpt then
        new.rank_vector := setweight(to_tsvector('english', new.title), 'A') || setweight(to_tsvector('english', new.excerpt), 'B');
    end if;
    if tg_op = 'INSERT' or new.title is distinct from old.title or new.excerpt is distinct from old.excerpt
            or new.markdown is distinct from old.markdown then
        new.search_vector := setweight(to_tsvector('english', new.title), 'A') || setweight(to_tsvector('english', new.excerpt), 'B')
                             || setweight(to_tsvector('english', new.markdown), 'C');
    end if;
    return new;
end
$$;

create trigger posts_derive_columns before insert on posts for each row execute function derive_post_columns();
-- Only updates that set the text (a write of the post): one that sets tags_json alone compares nothing.
create trigger posts_derive_changed_columns before update of title, excerpt, markdown, html on posts
    for each row execute function derive_post_columns();

update posts set markdown_json = to_json(markdown), html_json = to_json(html);

do $$
begin
    if exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any(enumvals)) then
        alter table posts alter column html_json set compression lz4, alter column markdown_json set compression lz4;
    end if;
end
$$;

analyze posts;
