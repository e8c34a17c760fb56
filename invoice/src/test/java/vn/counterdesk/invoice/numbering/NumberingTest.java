package vn.counterdesk.invoice.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.counterdesk.invoice.format.FormatDefinitions;

class NumberingTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "C25TAA", "K25TYY", "C25LBB", "K25DAA", "K25NAB", "K25BAB", "K25XAB", "C26MYY", "C26GAA", "K26HZZ"
            })
    void symbolsFromCircular32AreValid(String text) {
        assertThat(InvoiceSymbol.parse(text, FormatDefinitions.V2_1_0.codes()).valid())
                .map(InvoiceSymbol::text)
                .contains(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "C25TA", "C25TAAA", "c25TAA", "A25TAA", "C2XTAA", "C25ZAA", "C25TA1", "C25Taa", "1C25TAA"})
    void malformedSymbolsAreRefusedWithAReason(String text) {
        InvoiceSymbol.Parsed parsed = InvoiceSymbol.parse(text, FormatDefinitions.V2_1_0.codes());

        assertThat(parsed).isInstanceOf(InvoiceSymbol.Parsed.Invalid.class);
        assertThat(((InvoiceSymbol.Parsed.Invalid) parsed).reason()).contains("C25TAA");
    }

    @Test
    void theLetterSetComesFromTheFormatVersion() {
        assertThat(InvoiceSymbol.parse("K25XAB", FormatDefinitions.V2_0_1.codes())
                        .valid())
                .isEmpty();
    }

    @Test
    void symbolIsBuiltFromTheIssueYearAndKnowsCashRegisters() {
        InvoiceSymbol symbol = InvoiceSymbol.forIssueDate(true, LocalDate.of(2026, 11, 27), 'M', "YY");

        assertThat(symbol.text()).isEqualTo("C26MYY");
        assertThat(symbol.cashRegister()).isTrue();
        assertThat(symbol.matchesYearOf(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(symbol.matchesYearOf(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void numbersAreSequentialPerSeriesAndSeriesAreIndependent() throws Exception {
        InvoiceNumberAllocator allocator = new InMemoryInvoiceNumberAllocator();
        InvoiceSymbol symbol = InvoiceSymbol.forIssueDate(true, LocalDate.of(2026, 1, 2), 'T', "AA");
        InvoiceSeries vat = new InvoiceSeries("0312345678", "1", symbol);
        InvoiceSeries sales = new InvoiceSeries("0312345678", "2", symbol);
        InvoiceSeries nextYear = new InvoiceSeries(
                "0312345678", "1", InvoiceSymbol.forIssueDate(true, LocalDate.of(2027, 1, 2), 'T', "AA"));

        assertThat(List.of(
                        allocator.next(vat),
                        allocator.next(vat),
                        allocator.next(sales),
                        allocator.next(vat),
                        allocator.next(nextYear)))
                .containsExactly(1L, 2L, 1L, 3L, 1L);
    }

    @Test
    void concurrentAllocationHasNoGapsAndNoRepeats() throws Exception {
        InvoiceNumberAllocator allocator = new InMemoryInvoiceNumberAllocator();
        InvoiceSeries series = new InvoiceSeries(
                "0312345678", "1", InvoiceSymbol.forIssueDate(false, LocalDate.of(2026, 5, 5), 'T', "YY"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<List<Long>>> tasks = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            tasks.add(() -> {
                List<Long> mine = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    mine.add(allocator.next(series));
                }
                return mine;
            });
        }
        Set<Long> all = new TreeSet<>();
        int count = 0;
        for (Future<List<Long>> f : pool.invokeAll(tasks)) {
            all.addAll(f.get());
            count += f.get().size();
        }
        pool.shutdown();

        assertThat(count).isEqualTo(4000);
        assertThat(all).hasSize(4000).first().isEqualTo(1L);
        assertThat(((TreeSet<Long>) all).last()).isEqualTo(4000L);
    }

    @Test
    void aSeriesEndsAtEightDigits() throws Exception {
        InMemoryInvoiceNumberAllocator allocator = new InMemoryInvoiceNumberAllocator();
        InvoiceSeries series = new InvoiceSeries(
                "0312345678", "1", InvoiceSymbol.forIssueDate(true, LocalDate.of(2026, 5, 5), 'T', "AA"));
        allocator.resume(series, 99_999_998L);

        assertThat(allocator.next(series)).isEqualTo(99_999_999L);
        assertThatThrownBy(() -> allocator.next(series))
                .isInstanceOf(InvoiceNumberAllocator.SeriesExhaustedException.class);
    }

    @Test
    void cashRegisterCodeHasTheTwentyThreeCharacterLayout() {
        CashRegisterCode code = new CashRegisterCode(2, 25, "A1B2C", 1_234_567L);

        assertThat(code.text()).isEqualTo("M2-25-A1B2C-00001234567").hasSize(CashRegisterCode.LENGTH);
        assertThat(CashRegisterCode.parse("M2-25-A1B2C-00001234567")).contains(code);
        assertThat(FormatDefinitions.V2_1_0
                        .codes()
                        .cashRegisterCode()
                        .matcher(code.text())
                        .matches())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "M0-25-A1B2C-00001234567",
                "M2-25-a1b2c-00001234567",
                "M2-25-A1B2C-0000123456",
                "X2-25-A1B2C-00001234567",
                "M2-2025-A1B2C-00001234567",
                "00474597512BE94B7BAB367996EF464828"
            })
    void otherStringsAreNotCashRegisterCodes(String text) {
        assertThat(CashRegisterCode.parse(text)).isEmpty();
    }

    @Test
    void aCounterBeyondElevenDigitsIsRefused() {
        assertThatThrownBy(() -> new CashRegisterCode(1, 26, "A1B2C", 100_000_000_000L))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
