package vn.counterdesk.invoice.model;

import java.util.Objects;
import java.util.Optional;

/** The party issuing under authorisation (ủy nhiệm): {@code MSTDVNUNLHDon}, {@code TDVNUNLHDon}, {@code DCDVNUNLHDon}. */
public record AuthorisedIssuer(String taxCode, Optional<String> name, Optional<String> address) {
    public AuthorisedIssuer {
        Objects.requireNonNull(taxCode, "taxCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
    }
}
