package com.fieldportal.request;

import java.nio.file.Path;

/** A file as received from the browser, waiting in a temporary file until the request or comment is saved. */
public record Upload(String fileName, Path file, long size) {
}
