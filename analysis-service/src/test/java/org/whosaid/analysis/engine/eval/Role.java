package org.whosaid.analysis.engine.eval;

/** The annotated roles of a statement in the gnqa scheme. QUOTE is the "message"; the others are the "roles". */
public enum Role {
    QUOTE("quote"), SPEAKER("speaker"), CUE("cue"), FRAME("frame"), ADDRESSEE("addressee");

    public final String jsonName;

    Role(String jsonName) {
        this.jsonName = jsonName;
    }
}
