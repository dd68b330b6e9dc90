package com.fieldportal.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How many files a request or a comment may carry, and how large each may be (MicroProfile Config). */
@ApplicationScoped
@Named
public class AttachmentLimits {

    @Inject
    @ConfigProperty(name = "portal.attachments.max-files", defaultValue = "5")
    int maxFiles;

    @Inject
    @ConfigProperty(name = "portal.attachments.max-file-bytes", defaultValue = "10485760")
    long maxFileBytes;

    public int maxFiles() {
        return maxFiles;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** "10 MB" */
    public String maxFileSize() {
        return maxFileBytes % (1024 * 1024) == 0 ? maxFileBytes / (1024 * 1024) + " MB" : maxFileBytes / 1024 + " KB";
    }
}
