package com.fieldportal.request;

import com.fieldportal.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One part (at most 256 KB) of an attachment's bytes: files are written and read a part at a time. */
@Entity
@Table(name = "attachment_part")
@NamedQuery(name = "AttachmentPart.content", query = """
        SELECT p.content FROM AttachmentPart p WHERE p.attachment.id = :attachment AND p.number = :number""")
class AttachmentPart extends BaseEntity {

    static final int SIZE = 256 * 1024;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "attachment_id")
    private Attachment attachment;

    @Column(name = "part_no")
    private int number;

    private byte[] content;

    protected AttachmentPart() {
    }

    AttachmentPart(Attachment attachment, int number, byte[] content) {
        this.attachment = attachment;
        this.number = number;
        this.content = content;
    }
}
