package blog.sitemap;

import blog.http.Document;
import blog.problem.ApiException;
import blog.site.SiteUrls;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sitemaps of the public site's posts, tags and authors, and the index that lists them. */
@Path("/api/v1/sitemaps")
@Tag(name = "Sitemaps", description = "Sitemaps (sitemaps.org protocol 0.9) of the site's published posts, tags and authors, for crawlers. "
        + "Point robots.txt at the index (Sitemap: https://<api>/api/v1/sitemaps/index.xml) or serve these files from the site's own host.")
@Produces(MediaType.APPLICATION_XML)
public class SitemapResource {

    private static final MediaType XML = MediaType.valueOf("application/xml; charset=utf-8");
    private static final String FILE = "Number of the file, from 1; the index lists how many there are.";

    private final SitemapReader reader;
    private final SiteUrls site;

    SitemapResource(SitemapReader reader, SiteUrls site) {
        this.reader = reader;
        this.site = site;
    }

    @GET
    @Path("/index.xml")
    @Operation(operationId = "getSitemapIndex", summary = "Sitemap index",
            description = "Lists every sitemap file that lists something: posts-N.xml, tags-N.xml, authors-N.xml (no lastmod: each URL in a file has its own). "
                    + "A file holds about 2,000 posts or 5,000 tags or authors (the protocol allows 50,000 and 50 MB); a post stays in the file it was created into, "
                    + "so numbers skip a file with nothing public in it.")
    @APIResponse(responseCode = "200", description = "A sitemap index.", content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING, description = "A sitemapindex document.")))
    public Document index() {
        List<SitemapEntry> files = new ArrayList<>();
        for (SitemapReader.Section section : SitemapReader.Section.values()) {
            for (SitemapReader.File file : reader.files(section)) {
                files.add(new SitemapEntry(site.api("/api/v1/sitemaps/" + section + "-" + file.number() + ".xml"), null));
            }
        }
        if (files.isEmpty()) {
            files.add(new SitemapEntry(site.api("/api/v1/sitemaps/posts-1.xml"), null));
        }
        return new Document(SitemapWriter.index(files), XML, SitemapWriter.latest(files));
    }

    @GET
    @Path("/posts-{number}.xml")
    @Operation(operationId = "getPostSitemap", summary = "Sitemap of published posts", description = "The published posts of this file (a range of posts by creation); a post's canonicalUrl wins over its page on the site.")
    @APIResponse(responseCode = "200", description = "A sitemap.", content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING, description = "A urlset document.")))
    public Document posts(@Parameter(description = FILE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100000")) @PathParam("number") String number) {
        return file(SitemapReader.Section.posts, number);
    }

    @GET
    @Path("/tags-{number}.xml")
    @Operation(operationId = "getTagSitemap", summary = "Sitemap of tags", description = "Tags that have published posts, by slug.")
    @APIResponse(responseCode = "200", description = "A sitemap.", content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING, description = "A urlset document.")))
    public Document tags(@Parameter(description = FILE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100000")) @PathParam("number") String number) {
        return file(SitemapReader.Section.tags, number);
    }

    @GET
    @Path("/authors-{number}.xml")
    @Operation(operationId = "getAuthorSitemap", summary = "Sitemap of authors", description = "Authors who have published posts, by slug.")
    @APIResponse(responseCode = "200", description = "A sitemap.", content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING, description = "A urlset document.")))
    public Document authors(@Parameter(description = FILE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100000")) @PathParam("number") String number) {
        return file(SitemapReader.Section.authors, number);
    }

    private Document file(SitemapReader.Section section, String number) {
        int parsed = parse(number);
        List<SitemapEntry> entries = reader.file(section, parsed);
        if (entries.isEmpty() && section == SitemapReader.Section.posts && parsed == 1) {
            // A blog with nothing published yet: the index still names this file, and the protocol wants a URL in it.
            entries = List.of(new SitemapEntry(site.home(), null));
        }
        if (entries.isEmpty()) {
            throw ApiException.notFound("The sitemap " + section + "-" + number + ".xml");
        }
        return new Document(SitemapWriter.urlset(entries), XML, SitemapWriter.latest(entries));
    }

    /** Only the file names the index gives: 1, 2, …, no sign, no leading zero. */
    private static int parse(String number) {
        if (!number.matches("[1-9][0-9]{0,5}") || Integer.parseInt(number) > 100_000) {
            throw ApiException.notFound("The sitemap file " + number);
        }
        return Integer.parseInt(number);
    }
}
