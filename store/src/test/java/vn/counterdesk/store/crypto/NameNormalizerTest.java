package vn.counterdesk.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class NameNormalizerTest {
    @Test
    void foldsVietnameseDiacriticsAndDBar() {
        assertThat(NameNormalizer.words("Nguyễn Văn Đạt")).containsExactly("nguyen", "van", "dat");
        assertThat(NameNormalizer.words("ĐỖ THỊ ĐÀO")).containsExactly("do", "thi", "dao");
        assertThat(NameNormalizer.words("  Lê   Hoàng-Phúc ")).containsExactly("le", "hoang", "phuc");
    }

    @Test
    void decomposedInputFoldsTheSameAsComposed() {
        String composed = "Trương Thị Ánh Nguyệt";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(NameNormalizer.words(decomposed)).isEqualTo(NameNormalizer.words(composed));
    }
}
