-- A timestamp as the API writes it, exactly as Java's Instant.toString() does (UTC, "Z", the
-- fraction in groups of three digits, none when zero), so that representations PostgreSQL builds
-- as JSON read the same as those Jackson writes.
create function api_time(t timestamptz) returns text language sql stable parallel safe as $$
    select to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
        || case
               when extract(microseconds from t)::bigint % 1000000 = 0 then ''
               when extract(microseconds from t)::bigint % 1000 = 0 then '.' || to_char(t at time zone 'UTC', 'MS')
               else '.' || to_char(t at time zone 'UTC', 'US')
           end
        || 'Z'
$$;
