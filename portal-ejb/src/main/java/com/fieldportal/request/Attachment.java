package com.fieldportal.request;

import com.fieldportal.shared.BaseEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a request or to one of its comments. The content type is the detected one. */
@Entity
@Table(name = "attachment")
public class Attachment extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private ServiceRequest request;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "comment_id")
    private RequestComment comment;

    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long size;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    @Basic(fetch = FetchType.LAZY)
    private byte[] thumbnail;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Attachment() {
    }

    /** Belongs to a request, or to one of its comments (then {@code request} is null). */
    Attachment(ServiceRequest request, RequestComment comment, String fileName, String contentType, long size, byte[] thumbnail,
               Instant createdAt) {
        this.request = request;
        this.comment = comment;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.thumbnail = thumbnail;
        this.createdAt = createdAt;
    }

    /** The request the file belongs to, directly or through a comment: whose property decides who may fetch it. */
    public ServiceRequest owningRequest() {
        return request != null ? request : comment.getRequest();
    }

    public boolean isImage() {
        return FileType.isImage(contentType);
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public byte[] getThumbnail() {
        return thumbnail;
    }

    /** Files written before attachments were kept in parts; null for newer ones. */
    byte[] getContent() {
        return content;
    }
}
