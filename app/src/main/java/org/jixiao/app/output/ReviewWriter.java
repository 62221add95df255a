package org.jixiao.app.output;

import org.jixiao.review.ReviewReport;

/** Renders a review's summary as text. Implementations are stateless. */
public interface ReviewWriter {

    /** The whole summary document, ending with a newline. */
    String render(ReviewReport report);
}
