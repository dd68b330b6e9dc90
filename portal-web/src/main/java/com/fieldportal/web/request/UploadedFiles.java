package com.fieldportal.web.request;

import com.fieldportal.request.Upload;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.web.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.model.file.UploadedFile;

/**
 * The files chosen in a form, each copied to a temporary file as it arrives (never held in memory), until the form is
 * saved or left. Part of a view-scoped bean, which clears it when the view ends.
 */
public class UploadedFiles implements Serializable {

    private static final Logger LOG = Logger.getLogger(UploadedFiles.class.getName());

    private final List<Upload> files = new ArrayList<>();

    /**
     * Keeps the file if {@code check} accepts the files with it (their number, sizes and types, as Submit will check them
     * again); otherwise drops it at once and says why.
     */
    public void add(UploadedFile file, Consumer<List<Upload>> check) {
        Upload upload;
        try (InputStream in = file.getInputStream()) {
            Path copy = Files.createTempFile("portal-upload-", ".part");
            long size = Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            upload = new Upload(file.getFileName(), copy, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.add(upload);
        try {
            check.accept(list());
        } catch (BusinessException e) {
            remove(upload);
            Messages.error(e.getMessage());
        }
    }

    public void remove(Upload upload) {
        files.remove(upload);
        delete(upload);
    }

    public void clear() {
        files.forEach(UploadedFiles::delete);
        files.clear();
    }

    public List<Upload> list() {
        return List.copyOf(files);
    }

    private static void delete(Upload upload) {
        try {
            Files.deleteIfExists(upload.file());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "A temporary upload could not be deleted: {0}", upload.file());
        }
    }
}
