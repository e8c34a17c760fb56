-- Adjustment / replacement invoices (einvoice.md §9.5): which issued invoice corrects which. The new
-- invoice's signed XML carries the legal reference (TTHDLQuan); this row lets the list show the original
-- as REPLACED / ADJUSTED without parsing XML. Written in the same transaction that issues the correction.
CREATE TABLE invoice_corrections (
    original_id   INTEGER NOT NULL REFERENCES invoices (id),
    correction_id INTEGER NOT NULL UNIQUE REFERENCES invoices (id),
    kind          TEXT    NOT NULL CHECK (kind IN ('REPLACED', 'ADJUSTED')),
    PRIMARY KEY (original_id, correction_id)
);
