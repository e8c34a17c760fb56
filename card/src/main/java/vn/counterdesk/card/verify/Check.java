package vn.counterdesk.card.verify;

import java.util.List;

/**
 * One check of a verification. The reason is a message key of the bundle
 * {@code vn.counterdesk.card.verify.messages} plus its arguments, so the clerk reads it in the UI
 * language ({@link VerificationMessages}); arguments never carry personal data.
 */
public record Check(CheckName name, CheckStatus status, String messageKey, List<String> arguments) {

    public Check {
        arguments = List.copyOf(arguments);
    }

    static Check pass(CheckName name, String key, Object... arguments) {
        return new Check(name, CheckStatus.PASS, key, strings(arguments));
    }

    static Check fail(CheckName name, String key, Object... arguments) {
        return new Check(name, CheckStatus.FAIL, key, strings(arguments));
    }

    static Check skipped(CheckName name, String key, Object... arguments) {
        return new Check(name, CheckStatus.SKIPPED, key, strings(arguments));
    }

    private static List<String> strings(Object... arguments) {
        return java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }
}
