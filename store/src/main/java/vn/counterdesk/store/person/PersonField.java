package vn.counterdesk.store.person;

/** The DG13 personal fields the store can keep (cccd-chip.md §8.2), each in its own encrypted column. */
public enum PersonField {
    FULL_NAME("full_name_enc"),
    DATE_OF_BIRTH("date_of_birth_enc"),
    SEX("sex_enc"),
    NATIONALITY("nationality_enc"),
    ETHNICITY("ethnicity_enc"),
    RELIGION("religion_enc"),
    PLACE_OF_ORIGIN("place_of_origin_enc"),
    PLACE_OF_RESIDENCE("residence_enc"),
    IDENTIFICATION_FEATURES("features_enc"),
    DATE_OF_ISSUE("date_of_issue_enc"),
    DATE_OF_EXPIRY("date_of_expiry_enc"),
    FATHER_NAME("father_name_enc"),
    MOTHER_NAME("mother_name_enc"),
    SPOUSE_NAME("spouse_name_enc"),
    OLD_ID_NUMBER("old_id_number_enc");

    private final String column;

    PersonField(String column) {
        this.column = column;
    }

    /** Column name in {@code persons}; a constant, never user input. */
    public String column() {
        return column;
    }
}
