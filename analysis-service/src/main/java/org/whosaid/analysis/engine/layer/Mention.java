package org.whosaid.analysis.engine.layer;

/**
 * A mention of a possible speaker: a person's name (with any role nouns before it: "die Hafen-Sprecherin Petra Lindqvist"),
 * a role noun phrase ("der ukrainische Staatschef"), an institution ("das Weiße Haus", "der Kreml"), a pronoun, or a
 * place used for its government ("Moskau"). Token range [token, endToken), character span [start, end).
 */
public final class Mention {
    public enum Kind { NAME, ROLE, INSTITUTION, PRONOUN, PLACE, GROUP }

    public final Kind kind;
    public final int token, endToken, start, end;
    public final int sentence;
    /** the name part ("Juri Uschakow"), the role phrase, institution or pronoun as written */
    public final String head;
    /** role words attached to the mention ("Kreml-Berater"), lower-cased role lemma, may be null */
    public final String role;
    /** nationality/possessor adjective of a role ("ukrainisch"), may be null */
    public final String qualifier;
    /** whether the mention follows a preposition (then it is not a subject) */
    public boolean governed;
    /**
     * the role as an entity keeps it, for an apposition ("mayor of Luensen" from "The mayor of the small North Sea town
     * of Luensen, Hanna Vogt"); null: the role words written before the name
     */
    public String roleText;
    /** the role noun is feminine ("Sprecherin", "spokeswoman") */
    public boolean femaleRole;
    /** resolved entity, filled by the resolver */
    public Entity entity;
    public String resolution;

    public Mention(Kind kind, int token, int endToken, int start, int end, int sentence, String head, String role,
                   String qualifier) {
        this.kind = kind;
        this.token = token;
        this.endToken = endToken;
        this.start = start;
        this.end = end;
        this.sentence = sentence;
        this.head = head;
        this.role = role;
        this.qualifier = qualifier;
    }

    public boolean personLike() { return kind == Kind.NAME || kind == Kind.ROLE || kind == Kind.PRONOUN; }

    @Override public String toString() { return kind + "(" + head + ")@" + start; }
}
