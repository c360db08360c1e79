package org.actortrends.io;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Rejects an accepted article whose id was already accepted earlier in the same file. Ids repeated across files
 * are for the pipeline to handle. Remembers every id of the file, which is a few dozen bytes per record.
 */
final class DuplicateIdFilter implements Consumer<ParsedRecord> {

    private final Consumer<ParsedRecord> sink;
    private final Set<String> seenIds = new HashSet<>();

    DuplicateIdFilter(Consumer<ParsedRecord> sink) {
        this.sink = sink;
    }

    @Override
    public void accept(ParsedRecord outcome) {
        if (outcome.accepted() && !seenIds.add(outcome.article().getId())) {
            sink.accept(ParsedRecord.rejected(outcome.line(), outcome.raw(), RejectReason.DUPLICATE_ID,
                    "id '" + outcome.article().getId() + "' already appeared earlier in this file"));
            return;
        }
        sink.accept(outcome);
    }
}
