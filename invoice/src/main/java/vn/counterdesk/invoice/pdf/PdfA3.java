package vn.counterdesk.invoice.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a document PDF/A-3b: sRGB output intent, XMP identification and metadata mirrored in the
 * Info dictionary, and the signed XML as an associated file ({@code /AF}, relationship Source), so
 * the one file carries the legal original byte for byte.
 */
final class PdfA3 {

    static final String PRODUCER = "CounterDesk (Apache PDFBox)";
    static final COSName AF = COSName.getPDFName("AF");
    static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");

    private PdfA3() {}

    static void apply(PDDocument document, String title, Calendar created) {
        document.getDocument().setVersion(1.7f);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.addOutputIntent(srgbIntent(document));

        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);

        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(3);
            id.setConformance("B");
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            dc.setFormat("application/pdf");
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool(PRODUCER);
            basic.setCreateDate(created);
            basic.setModifyDate(created);
            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer(PRODUCER);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(out.toByteArray());
            catalog.setMetadata(metadata);
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("PDF/A identification rejected", e);
        } catch (IOException | javax.xml.transform.TransformerException e) {
            throw new IllegalStateException("XMP metadata cannot be written", e);
        }
    }

    /** Embeds {@code xml} unchanged as {@code fileName}, listed in the name tree and the catalog's /AF. */
    static void attachSourceXml(PDDocument document, String fileName, byte[] xml, Calendar created) {
        try {
            PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(xml), COSName.FLATE_DECODE);
            embedded.setSubtype("text/xml");
            embedded.setSize(xml.length);
            embedded.setCreationDate(created);
            embedded.setModDate(created);

            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(fileName);
            spec.setFileUnicode(fileName);
            spec.setEmbeddedFile(embedded);
            spec.setEmbeddedFileUnicode(embedded);
            spec.setFileDescription("Hóa đơn điện tử gốc đã ký (signed e-invoice XML, the legal original)");
            spec.getCOSObject().setName(AF_RELATIONSHIP, "Source");

            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of(fileName, spec));
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
            names.setEmbeddedFiles(tree);
            catalog.setNames(names);

            COSArray associated = new COSArray();
            associated.add(spec);
            catalog.getCOSObject().setItem(AF, associated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDOutputIntent srgbIntent(PDDocument document) {
        try (InputStream icc = PdfA3.class.getResourceAsStream("icc/sRGB.icc")) {
            if (icc == null) {
                throw new IllegalStateException("bundled sRGB profile missing");
            }
            PDOutputIntent intent = new PDOutputIntent(document, icc);
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            return intent;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
