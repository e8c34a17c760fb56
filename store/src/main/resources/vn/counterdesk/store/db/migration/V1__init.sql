-- CounterDesk store, schema version 1.
-- Personal data never appears in plain text: *_enc columns hold AES-256-GCM ciphertexts,
-- *_hmac columns and *_tokens tables hold keyed HMAC-SHA256 values (see docs/store.md).

-- Wrapped key material (one row). The data and index keys are wrapped by the KeyProvider.
CREATE TABLE key_material (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    provider      TEXT    NOT NULL,
    wrapped_keys  BLOB    NOT NULL,
    fingerprint   BLOB    NOT NULL,
    created_at    INTEGER NOT NULL
);

CREATE TABLE settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Clerks and roles.
CREATE TABLE clerks (
    id             INTEGER PRIMARY KEY,
    login          TEXT    NOT NULL UNIQUE,
    display_name   TEXT    NOT NULL,
    role           TEXT    NOT NULL CHECK (role IN ('CLERK', 'MANAGER', 'ADMIN')),
    password_hash  TEXT    NOT NULL,
    created_at     INTEGER NOT NULL,
    disabled       INTEGER NOT NULL DEFAULT 0
);

-- Persons, keyed by HMAC(index key, ID number): the plain number is never stored.
CREATE TABLE persons (
    id                  INTEGER PRIMARY KEY,
    person_key          BLOB    NOT NULL UNIQUE,
    id_number_enc       BLOB    NOT NULL,
    full_name_enc       BLOB    NOT NULL,
    date_of_birth_enc   BLOB,
    sex_enc             BLOB,
    nationality_enc     BLOB,
    ethnicity_enc       BLOB,
    religion_enc        BLOB,
    place_of_origin_enc BLOB,
    residence_enc       BLOB,
    features_enc        BLOB,
    date_of_issue_enc   BLOB,
    date_of_expiry_enc  BLOB,
    father_name_enc     BLOB,
    mother_name_enc     BLOB,
    spouse_name_enc     BLOB,
    old_id_number_enc   BLOB,
    photo_enc           BLOB,
    photo_stored_at     INTEGER,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
);
CREATE INDEX persons_photo_stored_at ON persons (photo_stored_at) WHERE photo_stored_at IS NOT NULL;

-- Keyed tokens of normalised name words and prefixes (plus random padding tokens).
CREATE TABLE person_name_tokens (
    token      BLOB    NOT NULL,
    person_id  INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    PRIMARY KEY (token, person_id)
) WITHOUT ROWID;
CREATE INDEX person_name_tokens_person ON person_name_tokens (person_id);

CREATE TABLE card_reads (
    id          INTEGER PRIMARY KEY,
    uid         BLOB    NOT NULL UNIQUE,
    person_id   INTEGER REFERENCES persons (id) ON DELETE CASCADE,
    clerk       TEXT    NOT NULL,
    read_at     INTEGER NOT NULL,
    verdict     TEXT    NOT NULL,
    checks_enc  BLOB    NOT NULL
);
CREATE INDEX card_reads_read_at ON card_reads (read_at);
CREATE INDEX card_reads_person ON card_reads (person_id);

CREATE TABLE consents (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    clerk       TEXT    NOT NULL,
    given_at    INTEGER NOT NULL,
    purpose     TEXT    NOT NULL,
    withdrawn_at INTEGER
);
CREATE INDEX consents_person ON consents (person_id);

-- Gap-free numbering: one counter per seller + form + symbol + year.
CREATE TABLE invoice_counters (
    seller_tax_code TEXT    NOT NULL,
    form            TEXT    NOT NULL,
    symbol          TEXT    NOT NULL,
    year            INTEGER NOT NULL,
    last_number     INTEGER NOT NULL,
    PRIMARY KEY (seller_tax_code, form, symbol, year)
) WITHOUT ROWID;

-- Invoice headers: the searchable index. The signed XML (the legal original) is in invoice_documents.
CREATE TABLE invoices (
    id                   INTEGER PRIMARY KEY,
    uid                  BLOB    NOT NULL UNIQUE,
    seller_tax_code      TEXT    NOT NULL,
    form                 TEXT    NOT NULL,
    symbol               TEXT    NOT NULL,
    year                 INTEGER NOT NULL,
    number               INTEGER NOT NULL,
    issue_date           TEXT    NOT NULL,
    issued_at            INTEGER NOT NULL,
    currency             TEXT    NOT NULL,
    total_before_tax     TEXT    NOT NULL,
    total_tax            TEXT    NOT NULL,
    total_payable        TEXT    NOT NULL,
    status               TEXT    NOT NULL,
    buyer_name_enc       BLOB,
    buyer_id_number_enc  BLOB,
    buyer_tax_code_enc   BLOB,
    buyer_address_enc    BLOB,
    buyer_id_hmac        BLOB,
    buyer_tax_code_hmac  BLOB,
    person_id            INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    authority_code       TEXT,
    retain_until         TEXT    NOT NULL,
    UNIQUE (seller_tax_code, form, symbol, year, number)
);
CREATE INDEX invoices_number ON invoices (number);
CREATE INDEX invoices_issue_date ON invoices (issue_date);
CREATE INDEX invoices_status_date ON invoices (status, issue_date);
CREATE INDEX invoices_buyer_id ON invoices (buyer_id_hmac) WHERE buyer_id_hmac IS NOT NULL;
CREATE INDEX invoices_buyer_tax_code ON invoices (buyer_tax_code_hmac) WHERE buyer_tax_code_hmac IS NOT NULL;
CREATE INDEX invoices_person ON invoices (person_id) WHERE person_id IS NOT NULL;

CREATE TABLE invoice_buyer_tokens (
    token       BLOB    NOT NULL,
    invoice_id  INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    PRIMARY KEY (token, invoice_id)
) WITHOUT ROWID;

-- The signed XML as issued and the tax authority's returned XML, both encrypted (they carry buyer data).
CREATE TABLE invoice_documents (
    invoice_id     INTEGER PRIMARY KEY REFERENCES invoices (id) ON DELETE CASCADE,
    signed_xml_enc BLOB NOT NULL,
    coded_xml_enc  BLOB,
    rejection_enc  BLOB
);

-- Sync outbox: one entry per invoice; message_id (MTDiep) fixed at enqueue so resends are idempotent.
CREATE TABLE outbox (
    invoice_id       INTEGER PRIMARY KEY REFERENCES invoices (id) ON DELETE CASCADE,
    message_id       TEXT    NOT NULL UNIQUE,
    state            TEXT    NOT NULL,
    enqueued_at      INTEGER NOT NULL,
    next_attempt_at  INTEGER NOT NULL,
    lease_until      INTEGER NOT NULL DEFAULT 0,
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_state_enqueued ON outbox (state, enqueued_at);

CREATE TABLE outbox_attempts (
    id          INTEGER PRIMARY KEY,
    invoice_id  INTEGER NOT NULL REFERENCES outbox (invoice_id) ON DELETE CASCADE,
    attempt_no  INTEGER NOT NULL,
    at          INTEGER NOT NULL,
    outcome     TEXT    NOT NULL,
    state_after TEXT    NOT NULL,
    detail      TEXT
);
CREATE INDEX outbox_attempts_invoice ON outbox_attempts (invoice_id);

-- Audit log, append-only and hash-chained: row_hash = HMAC(audit key, prev_hash || row fields).
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    at         INTEGER NOT NULL,
    actor      TEXT    NOT NULL,
    action     TEXT    NOT NULL,
    subject    TEXT    NOT NULL,
    purpose    TEXT    NOT NULL,
    prev_hash  BLOB    NOT NULL,
    row_hash   BLOB    NOT NULL
);
