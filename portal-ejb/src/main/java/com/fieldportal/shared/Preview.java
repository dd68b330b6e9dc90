package com.fieldportal.shared;

import java.util.List;

/** The first rows of a list and how many there are in all, as the Home widgets show them. */
public record Preview<T>(long count, List<T> first) {
}
