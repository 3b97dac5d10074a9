package io.partnerportal.core.domain.error;

/**
 * Why one input is wrong, for machines: clients and the portal translate a field error by its
 * field and this code; the message says the same in English for people reading a log.
 */
public enum FieldErrorCode {
    /** Missing or blank. */
    REQUIRED,
    /** Longer than allowed. */
    TOO_LONG,
    /** Contains a line break or another control character. */
    CONTROL_CHARACTERS,
    /** Not in the expected form (an email, an entitlement number, a date, an identifier...). */
    MALFORMED,
    /** Not one of the allowed values. */
    NOT_ONE_OF,
    /** A number or a date outside its range. */
    OUT_OF_RANGE,
    /** The same value twice in one list. */
    DUPLICATE,
    /** More entries than allowed in one list. */
    TOO_MANY,
    /** Refers to something that does not exist or is not the caller's. */
    UNKNOWN,
    /** Given where it does not apply (a site for an organization product...). */
    NOT_APPLICABLE,
    /** Taken by somebody else (a new site name). */
    TAKEN,
    /** Of the wrong JSON type, or not a whole number. */
    WRONG_TYPE
}
