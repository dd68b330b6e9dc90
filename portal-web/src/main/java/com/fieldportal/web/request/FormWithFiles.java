package com.fieldportal.web.request;

import com.fieldportal.request.Upload;
import jakarta.annotation.PreDestroy;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/** A view-scoped form that takes files (up to the portal's limits), each checked as it arrives and removable before saving. */
public abstract class FormWithFiles implements Serializable {

    protected final UploadedFiles files = new UploadedFiles();

    /** The service's check of the files chosen so far: their number, sizes and types. */
    protected abstract void check(List<Upload> chosen);

    public void upload(FileUploadEvent event) {
        files.add(event.getFile(), this::check);
    }

    /** A new pick of files replaces the earlier one (uploads.js calls this before the pick uploads). */
    public void clearFiles() {
        files.clear();
    }

    public void remove(Upload upload) {
        files.remove(upload);
    }

    public List<Upload> getFiles() {
        return files.list();
    }

    /** The view ended (left, timed out, or signed out): its temporary files go. */
    @PreDestroy
    void discardFiles() {
        files.clear();
    }
}
