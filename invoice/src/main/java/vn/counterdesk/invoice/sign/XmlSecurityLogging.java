package vn.counterdesk.invoice.sign;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JDK's XML-DSig implementation logs, at debug level, every byte it digests or signs: the whole
 * {@code DLHDon} with the buyer's name, address and ID number (found by the log-redaction test). A support
 * engineer who turns logging up to FINE must not turn the log into a copy of the customer register, so those
 * loggers get a filter that lets only INFO and above through, whatever level is configured.
 */
public final class XmlSecurityLogging {

    /** Loggers of {@code java.xml.crypto} that echo document content or its canonical form. */
    private static final List<String> CONTENT_ECHOING = List.of(
            "org.jcp.xml.dsig.internal.DigesterOutputStream",
            "org.jcp.xml.dsig.internal.dom.DOMReference",
            "org.jcp.xml.dsig.internal.dom.DOMSignedInfo",
            "org.jcp.xml.dsig.internal.dom.DOMXMLSignature",
            "com.sun.org.apache.xml.internal.security.utils.DigesterOutputStream",
            "com.sun.org.apache.xml.internal.security.utils.SignerOutputStream",
            "com.sun.org.apache.xml.internal.security.signature.Reference",
            "com.sun.org.apache.xml.internal.security.signature.Manifest",
            "com.sun.org.apache.xml.internal.security.signature.XMLSignature");

    // JUL keeps loggers weakly: without these references a collected logger would come back unfiltered.
    private static final List<Logger> FILTERED =
            CONTENT_ECHOING.stream().map(XmlSecurityLogging::filtered).toList();

    private XmlSecurityLogging() {}

    /** Installs the filters (once; later calls are free). Call before the first signature operation. */
    public static void keepDocumentContentOutOfLogs() {
        if (FILTERED.isEmpty()) {
            throw new IllegalStateException("no XML-DSig logger filtered");
        }
    }

    private static Logger filtered(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setFilter(record -> record.getLevel().intValue() >= Level.INFO.intValue());
        return logger;
    }
}
