package com.fieldportal.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads record ids in ascending order, a page at a time. Its checkpoint is the last id handed out, so a restarted step
 * goes on after the last committed chunk.
 */
abstract class IdPageReader extends AbstractItemReader {

    static final int PAGE = 100;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    /** The next ids after {@code afterId}, at most {@code max}, ascending. */
    abstract List<Long> nextIds(long afterId, int max);

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            List<Long> ids = nextIds(lastId, PAGE);
            exhausted = ids.size() < PAGE;
            page.addAll(ids);
        }
        Long id = page.poll();
        if (id != null) {
            lastId = id;
        }
        return id;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
