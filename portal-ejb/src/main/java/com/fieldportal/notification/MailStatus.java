package com.fieldportal.notification;

public enum MailStatus {
    PENDING, SENT, FAILED
}
