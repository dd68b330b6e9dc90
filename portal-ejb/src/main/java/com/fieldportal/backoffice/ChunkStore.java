package com.fieldportal.backoffice;

import java.util.List;

/** A kind of document a bulk can store: a chunk in one transaction, or one in a transaction of its own. */
public interface ChunkStore<D extends Document> {

    List<BulkItem> storeChunk(List<BulkItem> items, List<D> documents);

    Stored storeOne(D document);
}
