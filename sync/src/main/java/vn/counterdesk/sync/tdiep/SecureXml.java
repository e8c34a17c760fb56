package vn.counterdesk.sync.tdiep;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * DOM parsing for input from the network: no DOCTYPE at all (so no XXE and no entity expansion), no
 * external access, no XInclude, namespace aware (XML-DSig needs it). Errors are not printed.
 */
public final class SecureXml {

    private static final DocumentBuilderFactory FACTORY = hardenedFactory();

    private SecureXml() {}

    public static Document parse(byte[] bytes) throws TDiepParseException {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            boolean doctype = e.getMessage() != null && e.getMessage().contains("DOCTYPE");
            return fail(
                    doctype ? TDiepParseException.Reason.DOCTYPE_FORBIDDEN : TDiepParseException.Reason.NOT_WELL_FORMED,
                    doctype ? "DOCTYPE declarations are not accepted" : "not well-formed XML",
                    e);
        } catch (IOException | ParserConfigurationException e) {
            return fail(TDiepParseException.Reason.NOT_WELL_FORMED, "unreadable XML", e);
        }
    }

    private static Document fail(TDiepParseException.Reason reason, String message, Exception cause)
            throws TDiepParseException {
        throw new TDiepParseException(reason, message, cause);
    }

    private static DocumentBuilderFactory hardenedFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a required security feature", e);
        }
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {}

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };
}
