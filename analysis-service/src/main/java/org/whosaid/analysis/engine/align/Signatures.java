package org.whosaid.analysis.engine.align;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes the {@link Signature} of a statement: content terms (lemmas, compound parts, stems), the names in and around
 * the quote that are not the speaker's, numbers (digits and number words), the utterance day
 * ({@link DayResolver}), the negation and the words it covers ({@link NegationScope}), and the optional embedding.
 * Thread-safe.
 */
final class Signatures {
    private final Embedder embedder;

    /** @param embedder optional sentence-embedding model (null = off) */
    Signatures(Embedder embedder) {
        this.embedder = embedder;
    }

    /** how many capitalised words before the speaker's name inside a quote count as its role ("US-Außenminister") */
    static final int ROLE_WORDS = 2;

    /**
     * The speaker's own name inside the quote, with the capitalised words right before it: a reported statement
     * quotes its whole sentence ("Nach Kritik hat US-Außenminister Marco Rubio Änderungen angekündigt"), and the
     * speaker's name and role say who spoke, not what was said, so they are no content terms.
     */
    static boolean[] speakerWords(List<Text.Tok> toks, Set<String> name) {
        boolean[] out = new boolean[toks.size()];
        if (name.isEmpty()) return out;
        for (int i = 0; i < toks.size(); i++) {
            Text.Tok t = toks.get(i);
            if (!t.capital() || !name.contains(Text.fold(t.surface()))) continue;
            out[i] = true;
            int roles = 0;
            for (int j = i - 1; j >= 0 && toks.get(j).capital() && toks.get(j).term() != null; j--) {
                if (!name.contains(Text.fold(toks.get(j).surface())) && ++roles > ROLE_WORDS) break;
                out[j] = true;
            }
        }
        return out;
    }

    Signature of(StatementView s) {
        String lang = Text.lang(s.language(), s.quote());
        Set<String> terms = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        boolean negated = false;
        Set<String> speakerTokens = new HashSet<>(SpeakerNames.tokens(s.speakerName()));
        speakerTokens.addAll(SpeakerNames.tokens(s.intermediary()));
        speakerTokens.addAll(SpeakerNames.tokens(s.outlet()));
        List<Text.Tok> toks = Text.tokens(s.quote(), lang);
        boolean[] speaker = speakerWords(toks, SpeakerNames.tokens(s.speakerName()));
        java.util.Map<String, Set<String>> keys = "en".equals(lang) ? new java.util.HashMap<>() : null;
        for (int i = 0; i < toks.size(); i++) {
            Text.Tok t = toks.get(i);
            if (t.number()) {
                numbers.add(Text.number(t.surface(), lang));
                continue;
            }
            String nw = NumberWords.value(t.surface());
            if (nw != null) numbers.add(nw);
            if (t.negation()) negated = true;
            String calendar = calendarTerm(t);
            if (calendar != null) {
                // Freitag = Friday, März = March: one term in both languages, never a name
                terms.add(calendar);
                continue;
            }
            if (t.term() != null && !speaker[i]) {
                terms.add(t.term());
                terms.addAll(t.parts());
                if (keys != null) keys.computeIfAbsent(t.term(), k -> new HashSet<>(2)).add(wordKey(t));
            }
            if (t.name()) {
                String f = Text.fold(t.surface());
                if (f.endsWith("'s") || f.endsWith("’s")) f = f.substring(0, f.length() - 2);
                if (!speakerTokens.contains(f)) names.add(f);
            }
        }
        namesAround(s, speakerTokens, names);
        LocalDate pub = s.publishedAt() == null ? null : s.publishedAt().toLocalDate();
        DayResolver.Day day = DayResolver.resolve(s.context(), s.quote(), pub);
        LocalDate utterance = day.day() == null && pub == null ? s.undatedDay() : day.day();
        return new Signature(terms, names, numbers, utterance, negated, embedding(s.quote()),
                negated ? NegationScope.terms(toks) : Set.of(), keys == null ? null : wordKeys(keys));
    }

    /** Adds the names around the quote (places, people mentioned, the addressee), never the speaker's own. */
    private static void namesAround(StatementView s, Set<String> speakerTokens, Set<String> names) {
        String outside = DayResolver.outside(s.context(), s.quote());
        if (outside.isEmpty()) return;
        String clang = Text.lang(s.language(), outside);
        for (Text.Tok t : Text.tokens(outside, clang)) {
            if (!t.name()) continue;
            String f = Text.fold(t.surface());
            if (!speakerTokens.contains(f) && !WEEKDAY_OR_MONTH.contains(f)) names.add(f);
        }
    }

    /** The quote's sentence embedding, or null when no encoder is configured or it fails on this quote. */
    private float[] embedding(String quote) {
        if (embedder == null) return null;
        try {
            return embedder.embed(quote);
        } catch (RuntimeException e) {
            return null; // one failed embedding only loses the extra signal for this statement
        }
    }

    /** The dictionary key of an English token ({@link EnglishStemmer#wordKey}). */
    private static String wordKey(Text.Tok t) {
        String lower = t.surface().toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        if (lower.endsWith("'s")) lower = lower.substring(0, lower.length() - 2);
        return EnglishStemmer.wordKey(lower);
    }

    /** "term>key" for every key of a term that a derived word stands for ({@link Signature#wordKeys}). */
    static Set<String> wordKeys(java.util.Map<String, Set<String>> keys) {
        Set<String> out = new HashSet<>();
        keys.forEach((term, ks) -> {
            if (ks.size() == 1 && ks.contains(term)) return;
            for (String k : ks) out.add(term + Signature.KEY_SEPARATOR + k);
        });
        return out;
    }


    /**
     * Weekday and month names of both languages, folded, to one English term, so that "Freitag" and "Friday" match
     * across languages. English "may" and "march" are left out: they are mostly a modal and a verb.
     */
    static final java.util.Map<String, String> CALENDAR = calendar();

    /**
     * The calendar term of a token ({@link #CALENDAR}), or null. English "May" and "March" count as months when
     * capitalised inside a sentence ("in May", "on 3 March"), not at its start, where the modal and the verb are too.
     */
    static String calendarTerm(Text.Tok t) {
        String f = Text.fold(t.surface());
        String c = CALENDAR.get(f);
        if (c == null && (f.equals("may") || f.equals("march")) && t.capital() && !t.initial()) return f;
        return c;
    }

    private static java.util.Map<String, String> calendar() {
        String[] en = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
                "december"};
        String[] de = {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar",
                "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
                "dezember"};
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < en.length; i++) {
            m.put(de[i], en[i]);
            if (!en[i].equals("may") && !en[i].equals("march")) m.put(en[i], en[i]);
        }
        m.put("sonnabend", "saturday");
        m.put("jänner", "january");
        m.put("janner", "january");
        return java.util.Map.copyOf(m);
    }

    private static final Set<String> WEEKDAY_OR_MONTH = Set.of("montag", "dienstag", "mittwoch", "donnerstag",
            "freitag", "samstag", "sonntag", "januar", "februar", "marz", "april", "mai", "juni", "juli", "august",
            "september", "oktober", "november", "dezember");
}
