package org.whosaid.analysis.engine.align;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Aligns statements across articles: signature, blocking keys, scored comparison, word diff. */
public final class Aligner {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final AlignConfig config;
    private final Lexicon lexicon;

    public Aligner(AlignConfig config, Lexicon lexicon) {
        this.config = config == null ? AlignConfig.defaults() : config;
        this.lexicon = lexicon == null ? Lexicon.empty() : lexicon;
    }

    public static Aligner standard() {
        return new Aligner(AlignConfig.defaults(), Lexicon.standard());
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public AlignConfig config() {
        return config;
    }

    public Signature signature(StatementView s) {
        Set<String> terms = new HashSet<>();
        Matcher m = WORD.matcher(s.quote() == null ? "" : s.quote());
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (w.length() > 3) terms.add(w);
        }
        LocalDate day = s.publishedAt() == null ? null : s.publishedAt().toLocalDate();
        return new Signature(terms, Set.of(), Set.of(), day, false);
    }

    public Set<String> blockingKeys(StatementView s, Signature sig) {
        Set<String> keys = new LinkedHashSet<>();
        long week = sig.day() == null ? 0 : sig.day().toEpochDay() / 7;
        if (s.speakerEntityId() != null) keys.add("s:e:" + s.speakerEntityId() + ":w" + week);
        return keys;
    }

    public Link compare(StatementView a, Signature sa, StatementView b, Signature sb) {
        Set<String> common = new HashSet<>(sa.terms());
        common.retainAll(sb.terms());
        int min = Math.max(1, Math.min(sa.terms().size(), sb.terms().size()));
        double score = (double) common.size() / min;
        List<String> ev = new ArrayList<>();
        ev.add("terms " + common.size() + "/" + min);
        Relation r = score >= config.sameThreshold() ? Relation.SAME
                : score >= config.relatedThreshold() ? Relation.RELATED : Relation.NONE;
        return new Link(score, r, ev);
    }

    public List<DiffOp> diff(String reference, String other) {
        return List.of(new DiffOp(java.util.Objects.equals(reference, other) ? "equal" : "replace", reference, other));
    }
}
