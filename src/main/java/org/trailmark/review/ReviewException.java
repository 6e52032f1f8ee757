package org.trailmark.review;

/** An edit that does not make sense ("split point outside the task"), said in plain, content-free words. */
public class ReviewException extends RuntimeException {
    public ReviewException(String message) {
        super(message);
    }
}
