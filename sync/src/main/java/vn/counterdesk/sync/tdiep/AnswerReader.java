package vn.counterdesk.sync.tdiep;

import static vn.counterdesk.sync.tdiep.TDiepParseException.Reason.INVALID_VALUE;
import static vn.counterdesk.sync.tdiep.TDiepParseException.Reason.MISSING_ELEMENT;
import static vn.counterdesk.sync.tdiep.TDiepParseException.Reason.WRONG_STRUCTURE;

import java.util.List;
import org.w3c.dom.Element;

/** Interprets received messages 999, 202, 204 and 301 into {@link Answer}s. */
public final class AnswerReader {

    private final TDiepReader reader;

    public AnswerReader(TDiepReader reader) {
        this.reader = reader;
    }

    public AnswerReader() {
        this(new TDiepReader());
    }

    public Answer read(byte[] xml) throws TDiepParseException {
        return interpret(reader.read(xml));
    }

    public Answer interpret(TDiep message) throws TDiepParseException {
        Element data = payloadRoot(message);
        return switch (message.header().type()) {
            case TECHNICAL_ACK -> technicalAck(message, data);
            case CODED_INVOICE -> codedInvoice(message, data);
            case CHECK_RESULT -> checkResult(message, data);
            case ERROR_NOTICE_RESULT ->
                new Answer.ErrorNoticeResult(
                        message,
                        referenced(message),
                        XmlText.firstDescendantText(data, "TTTNCCQT"),
                        errors(data, "MTLoi"));
            default ->
                throw new TDiepParseException(
                        INVALID_VALUE, "message " + message.header().type().code() + " is not an answer");
        };
    }

    private static Answer technicalAck(TDiep message, Element data) throws TDiepParseException {
        Element notice = XmlText.child(data, "TBao")
                .orElseThrow(() -> new TDiepParseException(MISSING_ELEMENT, "TBao missing in 999"));
        String id = XmlText.childText(notice, "MTDiep")
                .or(() -> message.header().referencedId().map(MessageId::value))
                .orElseThrow(() -> new TDiepParseException(MISSING_ELEMENT, "TBao/MTDiep missing in 999"));
        MessageId answered = MessageId.parse(id)
                .orElseThrow(() -> new TDiepParseException(INVALID_VALUE, "TBao/MTDiep is not a message id"));
        String status = XmlText.childText(notice, "TTTNhan")
                .orElseThrow(() -> new TDiepParseException(MISSING_ELEMENT, "TTTNhan missing in 999"));
        if (!status.equals("0") && !status.equals("1")) {
            throw new TDiepParseException(INVALID_VALUE, "TTTNhan must be 0 or 1");
        }
        return new Answer.TechnicalAck(message, answered, status.equals("0"), errors(notice, "MTa"));
    }

    private static Answer codedInvoice(TDiep message, Element data) throws TDiepParseException {
        List<Element> invoices = XmlText.children(data);
        if (invoices.size() != 1 || !"HDon".equals(invoices.getFirst().getLocalName())) {
            throw new TDiepParseException(WRONG_STRUCTURE, "202 must carry exactly one HDon");
        }
        String code = XmlText.childText(invoices.getFirst(), "MCCQT")
                .orElseThrow(() -> new TDiepParseException(MISSING_ELEMENT, "MCCQT missing in 202"));
        return new Answer.CodedInvoice(message, referenced(message), code, message.payload());
    }

    private static Answer checkResult(TDiep message, Element data) throws TDiepParseException {
        String type = XmlText.firstDescendantText(data, "LTBao")
                .orElseThrow(() -> new TDiepParseException(MISSING_ELEMENT, "LTBao missing in 204"));
        int resultType;
        try {
            resultType = Integer.parseInt(type);
        } catch (NumberFormatException e) {
            throw new TDiepParseException(INVALID_VALUE, "LTBao is not a number");
        }
        return new Answer.CheckResult(message, referenced(message), resultType, errors(data, "MTLoi"));
    }

    private static MessageId referenced(TDiep message) throws TDiepParseException {
        return message.header()
                .referencedId()
                .orElseThrow(() -> new TDiepParseException(MISSING_ELEMENT, "MTDTChieu missing in answer"));
    }

    private static List<ErrorItem> errors(Element scope, String descriptionTag) {
        return XmlText.descendants(scope, "LDo").stream()
                .map(e -> new ErrorItem(
                        XmlText.childText(e, "MLoi").orElse(""),
                        XmlText.childText(e, descriptionTag)
                                .or(() -> XmlText.childText(e, "MTa"))
                                .orElse(""),
                        XmlText.childText(e, "HDXLy"),
                        XmlText.childText(e, "GChu")))
                .toList();
    }

    private static Element payloadRoot(TDiep message) throws TDiepParseException {
        byte[] payload = message.payload();
        byte[] wrapped = new byte[payload.length + 15];
        System.arraycopy(XmlText.utf8("<DLieu>"), 0, wrapped, 0, 7);
        System.arraycopy(payload, 0, wrapped, 7, payload.length);
        System.arraycopy(XmlText.utf8("</DLieu>"), 0, wrapped, 7 + payload.length, 8);
        return NetworkXml.parse(wrapped).getDocumentElement();
    }
}
