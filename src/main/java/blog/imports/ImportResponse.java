package blog.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Import", description = "An import and its progress. In a dry run the counts say what the import would do; nothing is written.")
public record ImportResponse(
        @Schema(required = true, description = "Id of the import.") UUID id,
        @Schema(required = true, description = "What the file was.") ImportFormat format,
        @Schema(required = true, description = "Where its items come from: a WordPress site's address (wp:base_site_url), 'ghost', or 'blog' for this API's export.", maxLength = 2000) String source,
        @Schema(required = true, description = "Whether this is a dry run, which reports and writes nothing.") boolean dryRun,
        @Schema(required = true, description = "running while items are pending, then done.", enumeration = {"running", "done"}) String status,
        @Schema(required = true, description = "Size of the file in bytes.", minimum = "0") long fileBytes,
        @Schema(required = true, description = "When the file was received.") Instant createdAt,
        @Schema(nullable = true, description = "When the last item was applied; null while running.") Instant finishedAt,
        @Schema(required = true, description = "Items of every kind.") Counts total,
        @Schema(required = true, description = "Counts per kind of item (author, tag, post, and skipped kinds such as page or attachment).") List<KindCounts> kinds,
        @Schema(required = true, description = "Why items were skipped, with how many each.") List<SkipReason> skipped,
        @Schema(required = true, description = "Failed items with their reasons (the first 100, in file order).", maxItems = 100) List<Failure> failures) {

    @Schema(name = "ImportCounts", description = "How many items were read from the file and what became of them so far.")
    public record Counts(
            @Schema(required = true, description = "Items read from the file.", minimum = "0") long read,
            @Schema(required = true, description = "Items not yet applied.", minimum = "0") long pending,
            @Schema(required = true, description = "Items created (in a dry run: that would be).", minimum = "0") long created,
            @Schema(required = true, description = "Items that were there already: imported before, or matched (an author by login or e-mail, a tag by slug or name).", minimum = "0") long existing,
            @Schema(required = true, description = "Items not imported by design (pages, attachments, internal tags).", minimum = "0") long skipped,
            @Schema(required = true, description = "Items that could not be imported; see failures.", minimum = "0") long failed) {
    }

    @Schema(name = "ImportKindCounts", description = "The counts of one kind of item.")
    public record KindCounts(
            @Schema(required = true, description = "author, tag, post, or a skipped kind (page, attachment, nav_menu_item, …).", maxLength = 16) String kind,
            @Schema(required = true, description = "Its counts.") Counts counts) {
    }

    @Schema(name = "ImportSkipReason", description = "A reason items were skipped for.")
    public record SkipReason(
            @Schema(required = true, description = "Kind of the items.", maxLength = 16) String kind,
            @Schema(required = true, description = "Why.", maxLength = 1000) String reason,
            @Schema(required = true, description = "How many.", minimum = "1") long count) {
    }

    @Schema(name = "ImportFailure", description = "An item that could not be imported.")
    public record Failure(
            @Schema(required = true, description = "Its place in the file, from 1.", minimum = "1") int position,
            @Schema(required = true, description = "author, tag or post.", maxLength = 16) String kind,
            @Schema(required = true, description = "Its id in the file.", maxLength = 200) String sourceId,
            @Schema(nullable = true, description = "Its title or name.", maxLength = 300) String title,
            @Schema(required = true, description = "Why it failed.", maxLength = 1000) String reason) {
    }
}
