package com.fieldportal.request;

import com.fieldportal.configuration.ImageUpload;
import com.fieldportal.shared.BusinessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;

/**
 * Attachments, in the caller's transaction: every upload is checked before any is written (one bad file and none is
 * kept), then each is written a part at a time and read back the same way, so that no file is ever held whole in
 * memory. Images also get a thumbnail.
 */
@Dependent
public class AttachmentStore {

    private static final int THUMBNAIL_SIDE = 240;

    @PersistenceContext
    EntityManager em;

    @Inject
    AttachmentLimits limits;

    /** @throws BusinessException naming the file that will not do, and why */
    public void check(List<Upload> uploads) {
        if (uploads.size() > limits.maxFiles()) {
            throw new BusinessException("At most " + limits.maxFiles() + " files can be attached; " + uploads.size() + " were chosen.");
        }
        for (Upload upload : uploads) {
            type(upload);
        }
    }

    /** Writes the files of a request, or of one of its comments (then {@code request} is null). */
    void attach(ServiceRequest request, RequestComment comment, List<Upload> uploads, Instant at) {
        for (Upload upload : uploads) {
            String type = type(upload);
            Attachment attachment = new Attachment(request, comment, safeName(upload.fileName()), type, upload.size(),
                    FileType.isImage(type) ? thumbnail(upload) : null, at);
            em.persist(attachment);
            writeParts(attachment, upload);
            (request != null ? request.getAttachments() : comment.getAttachments()).add(attachment);
        }
    }

    /** Copies the file's bytes to {@code out}, a part at a time. */
    public void copy(Attachment attachment, OutputStream out) throws IOException {
        if (attachment.getContent() != null) {
            out.write(attachment.getContent());
            return;
        }
        for (int number = 0; ; number++) {
            List<byte[]> part = em.createNamedQuery("AttachmentPart.content", byte[].class)
                    .setParameter("attachment", attachment.getId()).setParameter("number", number).getResultList();
            if (part.isEmpty()) {
                return;
            }
            out.write(part.get(0));
        }
    }

    private String type(Upload upload) {
        if (upload.size() == 0) {
            throw new BusinessException(upload.fileName() + " is empty.");
        }
        if (upload.size() > limits.maxFileBytes()) {
            throw new BusinessException(upload.fileName() + " is larger than " + limits.maxFileSize() + ".");
        }
        try (InputStream in = Files.newInputStream(upload.file())) {
            return FileType.of(in.readNBytes(FileType.HEAD_BYTES), upload.fileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeParts(Attachment attachment, Upload upload) {
        try (InputStream in = Files.newInputStream(upload.file())) {
            byte[] bytes;
            for (int number = 0; (bytes = in.readNBytes(AttachmentPart.SIZE)).length > 0; number++) {
                AttachmentPart part = new AttachmentPart(attachment, number, bytes);
                em.persist(part);
                em.flush();
                em.detach(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small copy of an image; none when the image cannot be read (it is still attached, as a file). */
    private byte[] thumbnail(Upload upload) {
        try {
            return ImageUpload.check(Files.readAllBytes(upload.file()), limits.maxFileBytes(), THUMBNAIL_SIDE).content();
        } catch (BusinessException | IOException e) {
            return null;
        }
    }

    /** The name without any folder, and without characters that would break a header or a file system. */
    private static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "file" : name;
    }
}
