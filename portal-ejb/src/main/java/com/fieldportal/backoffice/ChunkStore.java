package com.fieldportal.backoffice;

import com.fieldportal.shared.BusinessException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A kind of document a bulk can store: a chunk in one transaction, or one in a transaction of its own. */
public interface ChunkStore<D extends Document> {

    List<BulkItem> storeChunk(List<BulkItem> items, List<D> documents);

    Stored storeOne(D document);

    /**
     * Each document of a chunk stored, or refused with the rule that said no. Safe within one transaction because
     * the rules check before they change anything.
     */
    static <D> List<BulkItem> answer(List<BulkItem> items, List<D> documents, Function<D, Stored> store) {
        List<BulkItem> answers = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            try {
                answers.add(items.get(i).stored(store.apply(documents.get(i))));
            } catch (BusinessException e) {
                answers.add(items.get(i).refused(e));
            }
        }
        return answers;
    }
}
