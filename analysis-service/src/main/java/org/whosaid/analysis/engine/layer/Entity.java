package org.whosaid.analysis.engine.layer;

import org.whosaid.analysis.engine.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A person or institution of one text, built from its mentions (full name, surname-only, role nouns, pronouns). */
public final class Entity {
    public final String kind; // PERSON or INSTITUTION
    public String name;
    public String firstName;
    public String surname;
    public Boolean female;
    public final Set<String> roles = new LinkedHashSet<>();
    /** lower-cased role lemmas with qualifiers ("präsident|ukrainisch") used to resolve role-noun anaphora */
    public final Set<String> roleKeys = new LinkedHashSet<>();
    public final Set<String> variants = new LinkedHashSet<>();
    public final List<Span> spans = new ArrayList<>();

    public Entity(String kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    @Override public String toString() { return kind + ":" + name; }
}
