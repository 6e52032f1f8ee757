package org.trailmark.governance;

/** A category of data held under a purpose: how much of it, in how many sessions. */
public record CategoryCount(DataCategory category, long count, int sessions) {
}
