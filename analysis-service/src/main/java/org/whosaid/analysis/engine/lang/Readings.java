package org.whosaid.analysis.engine.lang;

import morfologik.stemming.WordData;

import java.util.ArrayList;
import java.util.List;

/**
 * The dictionary's readings of one word form, condensed to what {@link Morphology#annotate} keeps: the tags joined by
 * '|', the lemma of the first reading, and the lemmas of the verb readings in dictionary order. Immutable, so one copy
 * serves every occurrence of the form. Example: "gesagt" has a participle reading of the verb, so its verb stems are
 * ["sagen"] and its first stem "sagen"; an unknown surname such as "Falkenberg" has {@link #NONE}.
 */
record Readings(String tags, String firstStem, List<String> verbStems, boolean noun) {
    static final Readings NONE = new Readings("", null, List.of(), false);

    /** the readings of a look-up result (only readings with a tag count, as in annotation) */
    static Readings of(List<WordData> data) {
        StringBuilder tags = new StringBuilder();
        String first = null;
        List<String> verbs = null;
        boolean noun = false;
        for (WordData wd : data) {
            CharSequence tag = wd.getTag();
            if (tag == null) continue;
            if (tags.length() > 0) tags.append('|');
            tags.append(tag);
            String t = tag.toString();
            String stem = wd.getStem().toString();
            if (first == null) first = stem;
            if (t.startsWith("VER")) {
                if (verbs == null) verbs = new ArrayList<>(2);
                verbs.add(stem);
            }
            if (t.startsWith("SUB")) noun = true;
        }
        if (tags.length() == 0) return NONE;
        return new Readings(tags.toString(), first, verbs == null ? List.of() : List.copyOf(verbs), noun);
    }
}
