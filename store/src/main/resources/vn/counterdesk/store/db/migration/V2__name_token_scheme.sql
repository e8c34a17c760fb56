-- Version of the name-token scheme in person_name_tokens / invoice_buyer_tokens (see BlindIndex).
-- 1 = words and prefixes (V1 data); 2 = plus word pairs, word + prefix pairs and (invoices) word triples.
-- Tokens are keyed, so SQL cannot rebuild them: NameTokenUpgrade re-tokenises from the decrypted names at open.
CREATE TABLE name_token_scheme (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO name_token_scheme (id, version) VALUES (1, 1);
