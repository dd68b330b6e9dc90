package com.fieldportal.request;

public enum RequestStatus {
    OPEN("Open"), CLOSED("Closed");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
