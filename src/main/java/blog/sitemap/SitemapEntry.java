package blog.sitemap;

/**
 * One {@code <url>} of a sitemap, or one {@code <sitemap>} of the index: where, and when it last
 * changed as W3C Datetime in UTC ({@code 2026-12-06T09:30:00Z}; null: unknown).
 */
record SitemapEntry(String location, String lastModified) {
}
