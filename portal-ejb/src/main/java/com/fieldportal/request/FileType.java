package com.fieldportal.request;

import com.fieldportal.shared.BusinessException;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * What an attached file is, told from its first bytes (Apache Tika's magic numbers), never from what the browser says.
 * The name only refines a container the bytes leave open (a ZIP that is a .docx, text that is CSV). Programs and
 * scripts are refused, by their bytes whatever their name, and by their name whatever their bytes.
 */
public final class FileType {

    /** How much of the start of a file the detection reads. */
    public static final int HEAD_BYTES = 8192;

    private static final Tika TIKA = new Tika();

    private static final Set<String> DENIED_EXTENSIONS = Set.of("exe", "dll", "com", "bat", "cmd", "msi", "msp", "scr", "pif",
            "cpl", "sys", "drv", "ocx", "sh", "bash", "zsh", "csh", "ps1", "psm1", "vbs", "vbe", "js", "mjs", "jse", "wsf",
            "wsh", "hta", "jar", "class", "apk", "app", "dmg", "pkg", "deb", "rpm", "py", "pyc", "pl", "rb", "php", "lnk",
            "reg", "html", "htm", "xhtml", "svg", "svgz", "xml", "jnlp", "elf", "bin", "run", "command", "iso", "img");

    private static final Set<String> DENIED_TYPES = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-executable", "application/x-elf", "application/x-sharedlib", "application/x-object",
            "application/x-coredump", "application/x-mach-o", "application/x-mach-o-executable", "application/x-mach-o-dylib",
            "application/x-mach-o-bundle", "application/x-sh", "application/x-shellscript", "application/x-bat",
            "application/x-msi", "application/x-ms-installer", "application/java-vm", "application/java-archive",
            "application/x-java-jnlp-file", "application/javascript", "text/javascript", "application/x-httpd-php",
            "text/x-php", "text/x-python", "text/x-perl", "text/x-ruby", "application/x-python-code", "text/html",
            "application/xhtml+xml", "image/svg+xml", "application/vnd.android.package-archive", "application/x-apple-diskimage",
            "application/x-ms-shortcut");

    private FileType() {
    }

    /**
     * @param head     the first bytes of the file (up to {@link #HEAD_BYTES})
     * @param fileName the name it was uploaded under
     * @return the content type to store and to serve it with
     * @throws BusinessException when the file is a program or a script
     */
    public static String of(byte[] head, String fileName) {
        if (DENIED_EXTENSIONS.contains(extension(fileName))) {
            throw new BusinessException(fileName + ": programs and scripts cannot be attached.");
        }
        String byBytes = TIKA.detect(head);
        if (denied(byBytes)) {
            throw new BusinessException(fileName + " is a program or a script, whatever its name says; it cannot be attached.");
        }
        if (!byBytes.equals("application/octet-stream") && !byBytes.equals("text/plain") && !byBytes.equals("application/zip")
                && !byBytes.equals("application/x-tika-ooxml") && !byBytes.equals("application/x-tika-msoffice")) {
            return byBytes;
        }
        String refined = TIKA.detect(head, fileName);
        if (denied(refined)) {
            throw new BusinessException(fileName + ": programs and scripts cannot be attached.");
        }
        // A name may narrow what the bytes say (text to CSV, a ZIP to a .docx), never turn them into something else.
        return refined.startsWith(byBytes.equals("text/plain") ? "text/" : "application/") ? refined : byBytes;
    }

    public static boolean isImage(String contentType) {
        return contentType.equals("image/png") || contentType.equals("image/jpeg") || contentType.equals("image/webp");
    }

    private static boolean denied(String type) {
        return DENIED_TYPES.contains(type) || type.startsWith("application/x-mach-o");
    }

    private static String extension(String fileName) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
