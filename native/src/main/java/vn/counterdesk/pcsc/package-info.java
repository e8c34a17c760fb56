/**
 * PC/SC access for CounterDesk: the only package that touches {@code javax.smartcardio}.
 *
 * <p>{@link vn.counterdesk.pcsc.ApduTransport} is the seam the chip layer talks through; PC/SC and
 * in-process implementations live here.
 */
package vn.counterdesk.pcsc;
