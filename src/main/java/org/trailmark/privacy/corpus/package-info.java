/**
 * Measuring the detectors on an evaluation corpus collected from other people's public test data
 * ({@code eval/detection-corpus/}), typed the way people type and scored through the session
 * scanner: the counterpart of the generated corpus, which is written from the detectors' own templates.
 */
package org.trailmark.privacy.corpus;
