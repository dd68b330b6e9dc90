package com.fieldportal.configuration;

public record Image(byte[] content, String contentType) {
}
