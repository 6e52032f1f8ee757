package org.trailmark.review.agreement;

/** One labeler against everyone they were paired with: their pairs' slices and counts pooled. */
public record LabelerFigures(String labeler, Figures figures) {
}
