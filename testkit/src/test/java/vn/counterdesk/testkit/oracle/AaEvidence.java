package vn.counterdesk.testkit.oracle;

import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ISO9796d2Signer;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** Checks an Active Authentication response against the DG15 key with BouncyCastle. */
final class AaEvidence {

    private AaEvidence() {}

    static boolean verifies(PublicKey dg15Key, byte[] challenge, byte[] response) throws Exception {
        if (dg15Key instanceof RSAPublicKey rsa) {
            ISO9796d2Signer verifier = new ISO9796d2Signer(new RSAEngine(), new SHA1Digest(), true);
            verifier.init(false, new RSAKeyParameters(false, rsa.getModulus(), rsa.getPublicExponent()));
            try {
                verifier.updateWithRecoveredMessage(response);
            } catch (org.bouncycastle.crypto.InvalidCipherTextException | IllegalStateException e) {
                // The representative does not decode under this key (bad padding, or a trailer
                // naming another hash): the signature is not by DG15's key.
                return false;
            }
            verifier.update(challenge, 0, challenge.length);
            return verifier.verifySignature(response);
        }
        Signature signature = Signature.getInstance("SHA256withPLAIN-ECDSA", new BouncyCastleProvider());
        signature.initVerify(dg15Key);
        signature.update(challenge);
        return signature.verify(response);
    }
}
