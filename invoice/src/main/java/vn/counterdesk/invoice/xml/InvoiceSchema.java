package vn.counterdesk.invoice.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import vn.counterdesk.invoice.format.FormatDefinition;
import vn.counterdesk.invoice.validation.Problem;

/**
 * The XSD of one format version (written from the spec tables; the official XSD is not public), used to
 * validate every invoice written and, as warnings, invoices read.
 */
public final class InvoiceSchema {

    private final Schema schema;

    private InvoiceSchema(Schema schema) {
        this.schema = schema;
    }

    // Compiling an XSD is slow and a compiled Schema is thread-safe: one per resource.
    private static final Map<String, InvoiceSchema> LOADED = new ConcurrentHashMap<>();

    /** The schema of a version, if the version has one (read-only legacy versions have none). */
    public static Optional<InvoiceSchema> of(FormatDefinition format) {
        return format.schemaResource().map(resource -> LOADED.computeIfAbsent(resource, InvoiceSchema::load));
    }

    private static InvoiceSchema load(String resource) {
        URL url = InvoiceSchema.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("schema resource missing: " + resource);
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return new InvoiceSchema(factory.newSchema(url));
        } catch (SAXException e) {
            throw new IllegalStateException("schema resource broken: " + resource, e);
        }
    }

    public List<Problem> validate(Node document) {
        return validate(new DOMSource(document));
    }

    public List<Problem> validate(byte[] xml) {
        return validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private List<Problem> validate(Source source) {
        List<Problem> problems = new ArrayList<>();
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {}

                @Override
                public void error(SAXParseException e) {
                    problems.add(Problem.error("SCHEMA", "/", e.getMessage()));
                }

                @Override
                public void fatalError(SAXParseException e) {
                    problems.add(Problem.error("SCHEMA", "/", e.getMessage()));
                }
            });
            validator.validate(source);
        } catch (SAXException e) {
            if (problems.isEmpty()) {
                problems.add(Problem.error("SCHEMA", "/", e.getMessage()));
            }
        } catch (IOException e) {
            problems.add(Problem.error("SCHEMA", "/", "cannot read the document: " + e.getMessage()));
        }
        return problems;
    }
}
