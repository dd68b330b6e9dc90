package com.fieldportal.proposal;

import com.fieldportal.customer.Contact;
import java.time.Instant;

/**
 * Who signed a proposal, how and from where: the evidence kept with the signature.
 *
 * @param image the drawn signature, as PNG
 */
public record Signing(Contact signer, String signerName, byte[] image, Instant at, String ipAddress, String userAgent) {
}
