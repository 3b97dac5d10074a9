package io.partnerportal.adapters.mail;

/**
 * One notification in its recipient's language: what goes in the headers (already on one line)
 * and the two bodies of the multipart/alternative email.
 */
record RenderedEmail(String subject, String fromName, String text, String html) {
}
