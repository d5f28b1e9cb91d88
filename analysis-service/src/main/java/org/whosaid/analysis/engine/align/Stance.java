package org.whosaid.analysis.engine.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The position a quote takes, read from its words: the modality of the claim (something must / should / can / will
 * be done) and the predicate verbs it applies to. Two statements that put the same specific verb under the same
 * modality and polarity take the same position even when their subjects are worded differently
 * ("an eventual summit would have to be prepared thoroughly" / "all top-level contacts must be prepared with great
 * care"): the basis of a RELATED link between different speakers or occasions. Plain functions, thread-safe.
 *
 * @param modality {@code must} (müssen, nötig, have to, need to), {@code should} (sollen, should, ought to),
 *                 {@code can} (können, dürfen, can, could, may, might), {@code will} (wollen, bereit, want, ready,
 *                 willing) or null
 * @param verbs    predicate verbs: German lemmas of lower-case verb forms (nouns are capitalised in German, so the
 *                 noun "Treffen" is no verb), English stems of the words right after a modal; generic verbs dropped
 */
record Stance(String modality, List<String> verbs) {
    static final Stance NONE = new Stance(null, List.of());

    private static final Map<String, String> DE_MODAL = Map.ofEntries(
            Map.entry("müssen", "must"), Map.entry("nötig", "must"), Map.entry("notwendig", "must"),
            Map.entry("erforderlich", "must"), Map.entry("unerlässlich", "must"), Map.entry("sollen", "should"),
            Map.entry("können", "can"), Map.entry("dürfen", "can"), Map.entry("wollen", "will"),
            Map.entry("bereit", "will"));
    private static final Map<String, String> EN_MODAL = Map.ofEntries(
            Map.entry("must", "must"), Map.entry("need", "must"), Map.entry("needs", "must"),
            Map.entry("needed", "must"), Map.entry("necessary", "must"), Map.entry("should", "should"),
            Map.entry("ought", "should"), Map.entry("can", "can"), Map.entry("could", "can"), Map.entry("may", "can"),
            Map.entry("might", "can"), Map.entry("cannot", "can"), Map.entry("want", "will"),
            Map.entry("wants", "will"), Map.entry("willing", "will"), Map.entry("ready", "will"));
    /** Verbs too general to carry a position on their own (they take their meaning from the subject). */
    private static final Set<String> DE_GENERIC = Set.of("stattfinden", "bekommen", "erhalten", "bleiben", "bringen",
            "gehören", "arbeiten", "sprechen", "reden", "kommen", "stehen", "liegen", "finden", "nehmen", "halten",
            "zeigen", "sehen", "wissen", "glauben", "denken", "meinen", "tun", "passieren", "geschehen", "werden",
            "sein", "haben", "geben", "machen", "gehen", "lassen", "führen", "setzen", "stellen", "treffen");
    private static final Set<String> EN_GENERIC = Set.of("be", "have", "do", "get", "make", "go", "take", "come",
            "keep", "give", "put", "happen", "talk", "speak", "work", "see", "know", "think", "meet", "hold",
            "stay", "remain", "seem", "becom", "continu");
    private static final Set<String> EN_SKIP = Set.of("be", "been", "have", "to", "not", "also", "still", "then",
            "very", "really", "just", "first", "now", "only");

    /** The stance of a quote; NONE for an empty quote. */
    static Stance of(String quote, String lang) {
        if (quote == null || quote.isBlank()) return NONE;
        List<Text.Tok> toks = Text.tokens(quote, lang);
        String modality = null;
        List<String> verbs = new ArrayList<>(4);
        if ("de".equals(lang)) {
            GermanMorph morph = GermanMorph.get();
            for (Text.Tok t : toks) {
                if (t.number() || t.surface().length() < 2) continue;
                String lower = t.surface().toLowerCase(Locale.GERMAN);
                GermanMorph.Info info = morph.info(t.surface());
                String m = DE_MODAL.get(info.lemma());
                if (m == null) m = DE_MODAL.get(lower);
                if (m != null) {
                    if (modality == null) modality = m;
                    continue;
                }
                // a lower-case verb form (German nouns are capitalised); participles count as verbs
                if (!t.capital() && info.verb() && !info.noun() && info.lemma().length() >= 6
                        && !DE_GENERIC.contains(info.lemma()) && !Text.DE_STOP.contains(info.lemma())
                        && !verbs.contains(info.lemma()) && verbs.size() < 4)
                    verbs.add(info.lemma());
            }
        } else {
            for (int i = 0; i < toks.size(); i++) {
                String lower = toks.get(i).surface().toLowerCase(Locale.ROOT);
                String m = EN_MODAL.get(lower);
                if (m == null && (lower.equals("have") || lower.equals("has") || lower.equals("had"))
                        && i + 1 < toks.size() && toks.get(i + 1).surface().equalsIgnoreCase("to")) m = "must";
                if (m == null) continue;
                if (modality == null) modality = m;
                // the verb the modal governs: the first content word within four words ("must be prepared carefully")
                for (int j = i + 1; j < Math.min(toks.size(), i + 5); j++) {
                    Text.Tok v = toks.get(j);
                    String vl = v.surface().toLowerCase(Locale.ROOT);
                    if (EN_SKIP.contains(vl) || vl.endsWith("ly") || EN_MODAL.containsKey(vl)) continue;
                    if (v.capital() || v.number() || v.term() == null) break;
                    if (v.term().length() >= 4 && !EN_GENERIC.contains(v.term()) && !verbs.contains(v.term())
                            && verbs.size() < 4) verbs.add(v.term());
                    break;
                }
            }
        }
        return modality == null && verbs.isEmpty() ? NONE : new Stance(modality, List.copyOf(verbs));
    }
}
