package vn.counterdesk.card.auth;

/** What the chip-side protocols showed during one card presentation. */
public record AuthenticationResults(AuthOutcome chipAuthentication, AuthOutcome activeAuthentication) {

    public static AuthenticationResults notRun(String reason) {
        return new AuthenticationResults(new AuthOutcome.Skipped(reason), new AuthOutcome.Skipped(reason));
    }
}
