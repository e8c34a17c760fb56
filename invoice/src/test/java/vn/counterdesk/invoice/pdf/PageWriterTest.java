package vn.counterdesk.invoice.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class PageWriterTest {

    @Test
    void text_is_printed_in_nfc_and_characters_without_a_glyph_become_a_question_mark() throws Exception {
        try (PDDocument document = new PDDocument()) {
            InvoiceFonts fonts = InvoiceFonts.load(document);
            PageWriter writer = new PageWriter(document, fonts, A4Layout.PAGE, A4Layout.MARGIN, false);

            String decomposed = Normalizer.normalize("Nguyễn Thị Thủy Tiên", Normalizer.Form.NFD);

            assertThat(writer.printable(decomposed, fonts.regular())).isEqualTo("Nguyễn Thị Thủy Tiên");
            assertThat(writer.printable("Tiên\t中文", fonts.regular())).isEqualTo("Tiên ??");
        }
    }

    @Test
    void every_vietnamese_letter_has_a_glyph_in_both_bundled_faces() throws Exception {
        String letters = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ";
        String all = letters + letters.toUpperCase(InvoiceText.VIETNAMESE);
        try (PDDocument document = new PDDocument()) {
            InvoiceFonts fonts = InvoiceFonts.load(document);
            PageWriter writer = new PageWriter(document, fonts, A4Layout.PAGE, A4Layout.MARGIN, false);

            assertThat(writer.printable(all, fonts.regular())).isEqualTo(all).doesNotContain("?");
            assertThat(writer.printable(all, fonts.bold())).isEqualTo(all);
        }
    }

    @Test
    void long_words_are_broken_to_fit_the_column() throws Exception {
        try (PDDocument document = new PDDocument()) {
            InvoiceFonts fonts = InvoiceFonts.load(document);
            PageWriter writer = new PageWriter(document, fonts, A4Layout.PAGE, A4Layout.MARGIN, false);

            var lines = writer.wrap("Mã 00474597512BE94B7BAB367996EF464828 cuối", fonts.regular(), 8, 60);

            assertThat(lines).hasSizeGreaterThan(2);
            assertThat(lines)
                    .allSatisfy(line -> assertThat(writer.textWidth(line, fonts.regular(), 8))
                            .isLessThanOrEqualTo(60));
            assertThat(String.join("", lines).replace(" ", "")).isEqualTo("Mã00474597512BE94B7BAB367996EF464828cuối");
        }
    }
}
