package org.whosaid.analysis.engine.speakers;

import org.whosaid.analysis.engine.lang.Token;

/**
 * The {@link SpeakerLexicon} look-ups the mention scanners ask of one token again and again, cached on the token
 * ({@link Token#roleState}, {@link Token#institutionState}): its role ("Regierungssprecherin" → a role, "Hafen" →
 * null) and whether it ends like an institution ("Außenministerium").
 */
final class TokenLookups {
    private final SpeakerLexicon lex;

    TokenLookups(SpeakerLexicon lex) { this.lex = lex; }

    String role(Token t) {
        if (t.roleState == 0) {
            t.role = lex.germanRole(t.text);
            t.roleState = 1;
        }
        return t.role;
    }

    boolean instSuffix(Token t) {
        if (t.institutionState == 0) t.institutionState = (byte) (lex.institutionBySuffix(t.text) ? 1 : 2);
        return t.institutionState == 1;
    }
}
