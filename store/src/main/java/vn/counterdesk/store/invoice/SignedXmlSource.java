package vn.counterdesk.store.invoice;

/**
 * Produces the signed invoice XML for an allocated number (build, put SHDon in, sign). Called inside the
 * issuing transaction: if it throws, the number is not consumed.
 */
@FunctionalInterface
public interface SignedXmlSource {
    byte[] signedXml(AllocatedNumber number) throws Exception;
}
