-- Related posts count the tags that each of the latest published posts of a tag shares with a
-- given post: this index lists a tag's published posts newest first, from the link rows alone
-- (an index-only scan), also for a tag on 30% of the posts.
create index post_tags_public_latest_idx on post_tags (tag_id, post_listed_at desc) include (post_id) where post_status <> 'draft';
