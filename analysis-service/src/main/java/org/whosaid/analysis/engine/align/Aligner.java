package org.whosaid.analysis.engine.align;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Aligns statements across articles: a language-normalised {@link Signature}, blocking keys to fetch candidates
 * from an index, a scored comparison with evidence, and a word-level diff. Thread-safe; create once and share.
 *
 * <p>Decision ({@link #compare}): SAME needs a compatible speaker (same entity, same or similar surname, or one
 * side unknown with stronger content), a compatible occasion (utterance days at most one day apart, or up to
 * {@code maxDaysApart} when a day was not stated; never a stated day after the other article was published) and
 * a content score ≥ {@code sameThreshold}. Otherwise RELATED when the content score ≥ {@code relatedThreshold}.
 */
public final class Aligner {
    /** Most the embedding cosine adds or removes; cosine at the neutral point changes nothing. */
    static final double EMBEDDING_WEIGHT = 0.05;
    static final double EMBEDDING_NEUTRAL = 0.5;
    /** A quote of the same speaker repeated nearly verbatim (content ≥ 0.8, ≥ 8 terms) up to 14 days later is re-quoted. */
    static final int REQUOTE_DAYS = 14;
    static final double REQUOTE_CONTENT = 0.8;
    static final int REQUOTE_TERMS = 8;
    /** Terms that must match before the words count at all (a synonym is half a term). */
    static final double MIN_MATCHED = 1.5;
    /** What a negation on one side only takes from the weight, beyond the score's 0.05: it usually says the opposite. */
    static final double NEGATION_WEIGHT = 0.3;
    /** What a negation over a shared word on both sides adds to the words matched (not to the words counted). */
    static final double NEGATION_AGREES = 1.0;

    private static final int STATED_CACHE_MAX = 50_000;
    private final AlignConfig config;
    private final Lexicon lexicon;
    private final ContentScore contentScore;
    private final CandidateKeys keys;
    private final Signatures signatures;
    private final EvidenceWords evidenceWords = new EvidenceWords();
    private final SharedWords sharedWords;
    private final java.util.concurrent.ConcurrentHashMap<String, Boolean> statedCache = new java.util.concurrent.ConcurrentHashMap<>();

    private final String embeddingStatus;

    public Aligner(AlignConfig config, Lexicon lexicon) {
        this(config, lexicon, null, "off (no model configured)");
    }

    /**
     * @param embedder        optional sentence-embedding model (null = off)
     * @param embeddingStatus what health and docs say about it ("off (…)" / the embedder's status)
     */
    public Aligner(AlignConfig config, Lexicon lexicon, Embedder embedder, String embeddingStatus) {
        this.config = config == null ? AlignConfig.defaults() : config;
        this.lexicon = lexicon == null ? Lexicon.empty() : lexicon;
        this.contentScore = new ContentScore(this.lexicon);
        this.sharedWords = new SharedWords(this.contentScore);
        this.keys = new CandidateKeys(this.lexicon, this::stance);
        this.signatures = new Signatures(embedder);
        this.embeddingStatus = embedder != null ? embedder.status()
                : embeddingStatus == null ? "off (no model configured)" : embeddingStatus;
    }

    /** Whether sentence embeddings are on, and from which model; one line for health and docs. */
    public String embeddingStatus() {
        return "embedding: " + embeddingStatus;
    }

    /** Defaults + {@link Lexicon#standard()} (loaded once per JVM). */
    public static Aligner standard() {
        return new Aligner(AlignConfig.defaults(), Lexicon.standard());
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public AlignConfig config() {
        return config;
    }

    // ---------------------------------------------------------------- signature

    /** The statement's language-normalised features ({@link Signatures}). */
    public Signature signature(StatementView s) {
        return signatures.of(s);
    }

    // ---------------------------------------------------------------- blocking keys

    /** Keys stored in the index for a statement ({@link CandidateKeys}). */
    public Set<String> blockingKeys(StatementView s, Signature sig) {
        return keys.stored(s, sig);
    }

    /** Keys a new statement looks its candidates up with ({@link CandidateKeys}). */
    public Set<String> queryKeys(StatementView s, Signature sig) {
        return keys.query(s, sig);
    }

    // ---------------------------------------------------------------- compare

    /**
     * Compares two renderings by their signatures: the content score with its evidence, adjusted for embeddings, names
     * and numbers, channel, occasion and negation, then decided as the class comment says ({@link #decide}).
     */
    public Link compare(StatementView a, Signature sa, StatementView b, Signature sb) {
        List<String> ev = new ArrayList<>(8);
        String la = Text.lang(a.language(), a.quote());
        String lb = Text.lang(b.language(), b.quote());

        // the words each side shares with the other, collected only when a negation could cover one of them
        boolean negations = !sa.negatedTerms().isEmpty() || !sb.negatedTerms().isEmpty();
        Set<String> hitA = negations ? new HashSet<>() : null, hitB = negations ? new HashSet<>() : null;
        ContentScore.Match words = contentScore.match(la, sa, lb, sb, ev, hitA, hitB);
        double content = words.content();
        double score = embedding(content, sa, sb, ev);
        score = namesAndNumbers(score, sa, sb, ev);
        score = channel(score, a, b, ev);
        SpeakerAgreement.Kind speaker = SpeakerAgreement.of(a, b, ev);
        Occasion occasion = occasion(score, a, sa, la, b, sb, lb, content, speaker, ev);
        score = occasion.score();
        Negation negation = negation(sa, hitA, sb, hitB, ev);
        if (negation.differs()) score -= 0.05;

        // names, numbers, channel, day, embedding; a negation on one side only costs the weight more than the score
        double adjust = score - content - (negation.differs() ? NEGATION_WEIGHT : 0);
        score = Math.max(0, Math.min(1, score));
        double matched = words.matched();
        if (negation.agrees()) matched += NEGATION_AGREES;
        double weight = weight(matched, words.smaller(), adjust, speaker, occasion.ok());
        return decide(weight, score, a, la, sa, b, lb, sb, content, negation.differs(), ev);
    }

    /** Optional sentence embeddings: one bounded signal among the others, never enough alone to merge. */
    private static double embedding(double score, Signature sa, Signature sb, List<String> ev) {
        if (sa.embedding() == null || sb.embedding() == null) return score;
        double cos = Embedder.cosine(sa.embedding(), sb.embedding());
        if (Double.isNaN(cos)) return score;
        double adj = Math.max(-EMBEDDING_WEIGHT, Math.min(EMBEDDING_WEIGHT, (cos - EMBEDDING_NEUTRAL) * 0.25));
        ev.add("embedding cosine " + fmt(cos) + " (" + (adj >= 0 ? "+" : "") + fmt(adj) + ")");
        return score + adj;
    }

    /**
     * How negations cover the words the two renderings share.
     *
     * @param differs one side only negates a shared word
     * @param agrees  both sides negate a shared word
     */
    private record Negation(boolean differs, boolean agrees) {
    }

    /**
     * Polarity differs only when one side negates a word the two share ("kein Kompromiss" / "a compromise"); a negation
     * over a shared word on both sides agrees, unless on one side the negated shared words are light verbs only ("sieht keine …").
     * Appends one evidence line for either.
     */
    private static Negation negation(Signature sa, Set<String> hitA, Signature sb, Set<String> hitB, List<String> ev) {
        boolean negA = NegationScope.covers(sa.negatedTerms(), hitA), negB = NegationScope.covers(sb.negatedTerms(), hitB);
        if (negA != negB) {
            ev.add("negation differs: " + negatedShared(negA ? sa.negatedTerms() : sb.negatedTerms(), negA ? hitA : hitB)
                    + " negated on one side only");
        }
        boolean agrees = negA && negB && NegationScope.coversContent(sa.negatedTerms(), hitA)
                && NegationScope.coversContent(sb.negatedTerms(), hitB);
        if (agrees) ev.add("negation agrees: " + negatedShared(sa.negatedTerms(), hitA) + " negated on both sides");
        else if (negA && negB) ev.add("negation on both sides over a light verb only: " + negatedShared(sa.negatedTerms(), hitA));
        return new Negation(negA != negB, agrees);
    }

    /**
     * The weight that groups renderings: the share of the shorter rendering's words the other one has (at least
     * {@link #MIN_MATCHED} words matched), the same adjustments as the score, and what the speakers' agreement adds or
     * takes; 0 when the speakers cannot be one (a wall) or the days make two occasions. One negation over a shared word on both sides ("keine
     * Einigung" / "no agreement") agrees in a way two remarks on one topic rarely do: the caller counts it as one word
     * more in {@code matched}, beside the shorter rendering's words.
     */
    private static double weight(double matched, int smaller, double adjust, SpeakerAgreement.Kind speaker, boolean dayOk) {
        double overlap = matched >= MIN_MATCHED ? matched / (smaller + 1.0) : 0;
        return !speaker.wall() && dayOk ? Math.max(0, Math.min(1, overlap + adjust + speaker.shift)) : 0;
    }

    /**
     * The decision: SAME when the weight reaches {@code sameThreshold}, else RELATED or NONE by {@link #related} (a
     * shared stance raises the score to the related threshold); its line heads the evidence.
     */
    private Link decide(double weight, double score, StatementView a, String la, Signature sa, StatementView b, String lb,
            Signature sb, double content, boolean negationDiffers, List<String> ev) {
        Relation rel;
        if (weight >= config.sameThreshold()) rel = Relation.SAME;
        else {
            int r = related(a, la, sa, b, lb, sb, content, score, negationDiffers, ev);
            rel = r == 0 ? Relation.NONE : Relation.RELATED;
            // a shared stance is a related-level match by itself: rank it with the other RELATED links, not below
            if (r == 2) score = Math.max(score, config.relatedThreshold());
        }
        ev.add(0, "weight " + fmt(weight) + " → " + rel + (rel == Relation.SAME ? " (≥ " + fmt(config.sameThreshold()) + ")" : "")
                + "; score " + fmt(score));
        return new Link(round(score), rel, ev, round(weight));
    }

    /** Names and numbers both renderings carry: up to +0.1 each; numbers on both sides that all differ cost 0.05. */
    private static double namesAndNumbers(double score, Signature sa, Signature sb, List<String> ev) {
        int sharedNames = 0;
        List<String> nm = new ArrayList<>(3);
        String[] otherCodes = null;
        for (String n : sa.names()) {
            if (sb.names().contains(n)) {
                sharedNames++;
                nm.add(n);
            } else if (!sb.names().isEmpty()) {
                if (otherCodes == null) {
                    otherCodes = new String[sb.names().size()];
                    int i = 0;
                    for (String o : sb.names()) otherCodes[i++] = SpeakerNames.phonetic(o);
                }
                String p = SpeakerNames.phonetic(n);
                for (String o : otherCodes) {
                    if (p.equals(o)) {
                        sharedNames++;
                        nm.add(n + "~");
                        break;
                    }
                }
            }
        }
        if (sharedNames > 0) {
            score += Math.min(0.1, 0.05 * sharedNames);
            ev.add("names " + String.join(", ", nm));
        }
        int sharedNumbers = 0;
        for (String n : sa.numbers()) if (sb.numbers().contains(n)) sharedNumbers++;
        if (sharedNumbers > 0) {
            score += Math.min(0.1, 0.05 * sharedNumbers);
            ev.add("numbers shared " + sharedNumbers);
        } else if (!sa.numbers().isEmpty() && !sb.numbers().isEmpty()) {
            score -= 0.05;
            ev.add("numbers differ " + sa.numbers() + " vs " + sb.numbers());
        }
        return score;
    }

    /** The channel ("im Staatsfernsehen" = "on state television" through the dictionary): ±0.05 when both name one. */
    private double channel(double score, StatementView a, StatementView b, List<String> ev) {
        if (a.channel() != null && b.channel() != null && !a.channel().isBlank() && !b.channel().isBlank()) {
            String ca = Text.fold(a.channel()), cb = Text.fold(b.channel());
            boolean same = ca.equals(cb) || ca.contains(cb) || cb.contains(ca);
            if (!same) {
                String lca = Text.lang(a.language(), a.channel()), lcb = Text.lang(b.language(), b.channel());
                Signature x = new Signature(channelTerms(a.channel(), lca), null, null, null, false);
                Signature y = new Signature(channelTerms(b.channel(), lcb), null, null, null, false);
                same = !x.terms().isEmpty() && !y.terms().isEmpty() && content(lca, x, lcb, y, null) > 0.2;
            }
            if (same) {
                score += 0.05;
                ev.add("channel same: " + a.channel() + (ca.equals(cb) ? "" : " ~ " + b.channel()));
            } else {
                score -= 0.05;
                ev.add("channel differs: " + a.channel() + " vs " + b.channel());
            }
        }
        return score;
    }

    /** Whether the two renderings can be one occasion by their days, and the score with what their days add. */
    record Occasion(boolean ok, double score) {
    }

    /**
     * The occasion: the same day adds 0.05; a day after the other rendering's publication, more than
     * {@code maxDaysApart} days apart (unless a long quote is re-quoted) or two stated days more than one day apart
     * make them two occasions; otherwise each day apart beyond the first costs 0.1.
     */
    private Occasion occasion(double score, StatementView a, Signature sa, String la, StatementView b, Signature sb,
            String lb, double content, SpeakerAgreement.Kind speaker, List<String> ev) {
        boolean dayOk = true;
        if (sa.day() != null && sb.day() != null) {
            long diff = Math.abs(sa.day().toEpochDay() - sb.day().toEpochDay());
            undatedNote(a, sa, ev);
            undatedNote(b, sb, ev);
            if (diff == 0) {
                score += 0.05;
                ev.add("day " + sa.day() + " both");
            } else {
                // only pairs on different days pay for re-reading the context, and only when it matters
                LocalDate pa = a.publishedAt() == null ? null : a.publishedAt().toLocalDate();
                LocalDate pb = b.publishedAt() == null ? null : b.publishedAt().toLocalDate();
                boolean afterPublication = (pa != null && sb.day().isAfter(pa) && stated(b))
                        || (pb != null && sa.day().isAfter(pb) && stated(a));
                if (afterPublication) {
                    dayOk = false;
                    ev.add("occasion differs: day " + sa.day() + " vs " + sb.day() + " (said after the other was published)");
                } else if (diff > config.maxDaysApart() && diff <= REQUOTE_DAYS && speaker == SpeakerAgreement.Kind.SAME && la.equals(lb)
                        && content >= REQUOTE_CONTENT && Math.min(sa.terms().size(), sb.terms().size()) >= REQUOTE_TERMS
                        && !(stated(a) && stated(b))) {
                    // a long quote repeated nearly word for word days later is that utterance quoted again
                    ev.add("day " + sa.day() + " vs " + sb.day() + ": the same long quote again (re-quoted)");
                } else if (diff > config.maxDaysApart() || (diff > 1 && stated(a) && stated(b))) {
                    dayOk = false;
                    ev.add("occasion differs: day " + sa.day() + " vs " + sb.day());
                } else {
                    if (diff > 1) score -= 0.1 * (diff - 1);
                    ev.add("day " + sa.day() + " vs " + sb.day());
                }
            }
        }
        if (sa.day() == null || sb.day() == null) {
            ev.add("no date on " + (sa.day() == null && sb.day() == null ? "either side" : "one side")
                    + ": occasion not checked, matched on content");
        }
        return new Occasion(dayOk, score);
    }

    /**
     * RELATED (same position, another speaker or occasion): either the score passes {@code relatedThreshold} and
     * the content still matches once the names both mention are set aside (people and places are the topic, not
     * the position: two statements about one meeting are not related for naming the same two presidents), or both
     * quotes put the same specific verb under the same modality and polarity ({@link Stance}).
     *
     * @return 0 = not related, 1 = related by content, 2 = related by stance
     */
    private int related(StatementView a, String la, Signature sa, StatementView b, String lb, Signature sb,
            double content, double score, boolean negationDiffers, List<String> ev) {
        if (sa.terms().isEmpty() || sb.terms().isEmpty()) return 0;
        if (score >= config.relatedThreshold()) {
            Set<String> ta = withoutNames(sa), tb = withoutNames(sb);
            if (ta.size() == sa.terms().size() && tb.size() == sb.terms().size()) return 1;
            double position = ta.isEmpty() || tb.isEmpty() ? 0
                    : content(la, new Signature(ta, null, null, null, false), lb, new Signature(tb, null, null, null, false), null);
            if (position >= MIN_POSITION) return 1;
            ev.add("position " + fmt(position) + " without the names both mention: not related");
        }
        if (negationDiffers || content <= 0) return 0; // the stance rule needs a shared term
        Stance x = stance(a, la), y = stance(b, lb);
        if (x.modality() == null || !x.modality().equals(y.modality())) return 0;
        for (String v : x.verbs()) {
            for (String w : y.verbs()) {
                if (sameVerb(v, la, w, lb)) {
                    ev.add("position: both say it " + x.modality() + " be done: " + v + (v.equals(w) ? "" : "~" + w)
                            + (score < config.relatedThreshold() ? " (score raised to the related threshold)" : ""));
                    return 2;
                }
            }
        }
        return 0;
    }

    /** The shared words a negation covers, in order, for the evidence. */
    private static String negatedShared(Set<String> negated, Set<String> shared) {
        TreeSet<String> out = new TreeSet<>();
        for (String w : shared) if (negated.contains(w)) out.add(w);
        return String.join(", ", out);
    }

    /** Minimum content without shared names for a RELATED link that also shares names. */
    static final double MIN_POSITION = 0.2;

    private static Set<String> withoutNames(Signature s) {
        if (s.names().isEmpty()) return s.terms();
        Set<String> out = new HashSet<>(s.terms().size() * 2);
        for (String t : s.terms()) if (!s.names().contains(Text.fold(t))) out.add(t);
        return out;
    }

    private boolean sameVerb(String v, String lv, String w, String lw) {
        if (v.equals(w)) return true;
        if (lv.equals(lw)) return false; // thesaurus synsets of verbs are too loose (vorbereiten ~ einstellen)
        return "en".equals(lv) ? lexicon.translates(v, w) : lexicon.translates(w, v);
    }

    private static final int STANCE_CACHE_MAX = 50_000;
    private final java.util.concurrent.ConcurrentHashMap<String, Stance> stanceCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** The quote's stance; cached per statement and quote. */
    private Stance stance(StatementView v, String lang) {
        if (v.quote() == null) return Stance.NONE;
        String key = v.statementId() == null ? null : v.statementId() + "|" + v.quote().hashCode();
        if (key != null) {
            Stance s = stanceCache.get(key);
            if (s != null) return s;
        }
        Stance s = Stance.of(v.quote(), lang);
        if (key != null) {
            if (stanceCache.size() > STANCE_CACHE_MAX) stanceCache.clear();
            stanceCache.put(key, s);
        }
        return s;
    }

    /** Says where an undated article's day came from (its paragraph names it: {@link UndatedDay}). */
    private static void undatedNote(StatementView v, Signature s, List<String> ev) {
        if (v.publishedAt() == null && s.day() != null) {
            ev.add("article without a date: day " + s.day() + " as its paragraph states it before the statement");
        }
    }

    /** Whether the context states the utterance's day; cached per statement (compare sees the same ones often). */
    private boolean stated(StatementView v) {
        String key = v.statementId() == null ? null
                : v.statementId() + "|" + (v.context() == null ? 0 : v.context().hashCode()) + "|" + v.publishedAt();
        if (key != null) {
            Boolean b = statedCache.get(key);
            if (b != null) return b;
        }
        LocalDate pub = v.publishedAt() == null ? null : v.publishedAt().toLocalDate();
        boolean st = DayResolver.resolve(v.context(), v.quote(), pub).stated();
        if (key != null) {
            if (statedCache.size() > STATED_CACHE_MAX) statedCache.clear();
            statedCache.put(key, st);
        }
        return st;
    }

    /**
     * The link with the matched words of its evidence as they appear in the two quotes ("strides = Fortschritte"
     * instead of the stems "strid=fortschritt"), for the links that are kept and shown ({@link EvidenceWords}).
     */
    public Link readable(Link link, StatementView a, StatementView b) {
        return evidenceWords.readable(link, a, b);
    }

    /**
     * Where the words the two renderings share stand in their quotes ({@link SharedWords}): the matches of
     * {@link #compare}'s content score, for a person to see; computing them decides nothing.
     */
    public SharedSpans sharedWords(StatementView a, Signature sa, StatementView b, Signature sb) {
        return sharedWords.of(a, sa, b, sb);
    }

    /**
     * Whether one side only negates a word the two renderings share, as {@link #compare} reads a negation
     * ({@link NegationScope}): "no compromise was found" / "a compromise was found", but not "useful, but details were
     * not disclosed" / "useful".
     */
    boolean negationDiffers(String la, Signature sa, String lb, Signature sb) {
        if (sa.negatedTerms().isEmpty() && sb.negatedTerms().isEmpty()) return false;
        Set<String> hitA = new HashSet<>(), hitB = new HashSet<>();
        contentScore.match(la, sa, lb, sb, null, hitA, hitB);
        return NegationScope.covers(sa.negatedTerms(), hitA) != NegationScope.covers(sb.negatedTerms(), hitB);
    }

    /** Content similarity in [0,1] ({@link ContentScore}); appends one evidence line when ev is not null. */
    double content(String la, Signature sa, String lb, Signature sb, List<String> ev) {
        return contentScore.match(la, sa, lb, sb, ev).content();
    }

    private static Set<String> channelTerms(String channel, String lang) {
        Set<String> out = new HashSet<>();
        for (Text.Tok t : Text.tokens(channel, lang)) {
            if (t.term() == null) continue;
            out.add(t.term());
            out.addAll(t.parts());
        }
        return out;
    }

    static String fmt(double d) {
        long c = Math.round(d * 100);
        String sign = c < 0 ? "-" : "";
        c = Math.abs(c);
        return sign + (c / 100) + "." + (c % 100 < 10 ? "0" : "") + (c % 100);
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    // ---------------------------------------------------------------- diff

    /** Word-level diff of another rendering against the reference ({@link WordDiff}). */
    public List<DiffOp> diff(String reference, String other) {
        return WordDiff.diff(reference, other);
    }

    @Override
    public String toString() {
        return "Aligner" + config + " " + lexicon.status() + "; " + embeddingStatus();
    }

    static boolean sameNullable(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
