package org.whosaid.analysis.engine.align;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.apache.commons.codec.language.ColognePhonetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

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
    private static final ColognePhonetic PHONETIC = new ColognePhonetic();
    private static final Pattern WS = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zwei", "2"), Map.entry("drei", "3"), Map.entry("vier", "4"), Map.entry("fünf", "5"),
            Map.entry("sechs", "6"), Map.entry("sieben", "7"), Map.entry("acht", "8"), Map.entry("neun", "9"),
            Map.entry("zehn", "10"), Map.entry("elf", "11"), Map.entry("zwölf", "12"), Map.entry("zwanzig", "20"),
            Map.entry("hundert", "100"), Map.entry("tausend", "1000"), Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"),
            Map.entry("twelve", "12"), Map.entry("twenty", "20"), Map.entry("hundred", "100"),
            Map.entry("thousand", "1000"));
    /** Most the embedding cosine adds or removes; cosine at the neutral point changes nothing. */
    static final double EMBEDDING_WEIGHT = 0.05;
    static final double EMBEDDING_NEUTRAL = 0.5;
    /** A quote of the same speaker repeated nearly verbatim (content ≥ 0.8, ≥ 8 terms) up to 14 days later is re-quoted. */
    static final int REQUOTE_DAYS = 14;
    static final double REQUOTE_CONTENT = 0.8;
    static final int REQUOTE_TERMS = 8;
    /** What naming the same person adds to a pair's weight (an unknown or compatible speaker adds nothing). */
    static final double SAME_SPEAKER_BONUS = 0.15;
    /** Terms that must match before the words count at all (a synonym is half a term). */
    static final double MIN_MATCHED = 1.5;
    /** What a negation on one side only takes from the weight, beyond the score's 0.05. */
    static final double NEGATION_WEIGHT = 0.15;
    static final int MAX_KEYS = 16;
    /** German keys an English rendering adds through the dictionary, and translations taken per English term. */
    static final int TRANSLATED_KEYS = 8;
    static final int TRANSLATIONS_PER_TERM = 2;
    /** Content terms that become blocking keys: the longest ones (a frequency-free proxy for rare), at least this long. */
    static final int TERM_KEYS = 5;
    static final int LONG_TERM = 6;
    static final int MAX_KEY_LENGTH = 120;

    private static final int STATED_CACHE_MAX = 50_000;
    private final AlignConfig config;
    private final Lexicon lexicon;
    private final ContentScore contentScore;
    private final java.util.concurrent.ConcurrentHashMap<String, Boolean> statedCache = new java.util.concurrent.ConcurrentHashMap<>();

    private final Embedder embedder;
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
        this.embedder = embedder;
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

    public Signature signature(StatementView s) {
        String lang = Text.lang(s.language(), s.quote());
        Set<String> terms = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        boolean negated = false;
        Set<String> speakerTokens = new HashSet<>(speakerTokens(s.speakerName()));
        speakerTokens.addAll(speakerTokens(s.intermediary()));
        speakerTokens.addAll(speakerTokens(s.outlet()));
        for (Text.Tok t : Text.tokens(s.quote(), lang)) {
            if (t.number()) {
                numbers.add(Text.number(t.surface(), lang));
                continue;
            }
            String nw = NUMBER_WORDS.get(t.surface().toLowerCase(Locale.ROOT));
            if (nw != null) numbers.add(nw);
            if (t.negation()) negated = true;
            if (t.term() != null) {
                terms.add(t.term());
                terms.addAll(t.parts());
            }
            if (t.name()) {
                String f = Text.fold(t.surface());
                if (f.endsWith("'s") || f.endsWith("’s")) f = f.substring(0, f.length() - 2);
                if (!speakerTokens.contains(f)) names.add(f);
            }
        }
        // names around the quote (places, people mentioned, the addressee) — not the speaker
        String outside = DayResolver.outside(s.context(), s.quote());
        if (!outside.isEmpty()) {
            String clang = Text.lang(s.language(), outside);
            for (Text.Tok t : Text.tokens(outside, clang)) {
                if (!t.name()) continue;
                String f = Text.fold(t.surface());
                if (!speakerTokens.contains(f) && !WEEKDAY_OR_MONTH.contains(f)) names.add(f);
            }
        }
        LocalDate pub = s.publishedAt() == null ? null : s.publishedAt().toLocalDate();
        DayResolver.Day day = DayResolver.resolve(s.context(), s.quote(), pub);
        float[] embedding = null;
        if (embedder != null) {
            try {
                embedding = embedder.embed(s.quote());
            } catch (RuntimeException e) {
                embedding = null; // one failed embedding only loses the extra signal for this statement
            }
        }
        return new Signature(terms, names, numbers, day.day(), negated, embedding);
    }

    private static final Set<String> WEEKDAY_OR_MONTH = Set.of("montag", "dienstag", "mittwoch", "donnerstag",
            "freitag", "samstag", "sonntag", "januar", "februar", "marz", "april", "mai", "juni", "juli", "august",
            "september", "oktober", "november", "dezember");

    static Set<String> speakerTokens(String speakerName) {
        if (speakerName == null || speakerName.isBlank()) return Set.of();
        Set<String> out = new HashSet<>();
        for (String p : WS.split(speakerName.trim())) {
            String f = Text.fold(EDGE_PUNCT.matcher(p).replaceAll(""));
            if (!f.isEmpty()) out.add(f);
        }
        return out;
    }

    /** Folded surname: the last capitalised word of the speaker name (possessive 's dropped), or null. */
    static String surname(String speakerName) {
        if (speakerName == null) return null;
        int end = speakerName.length();
        while (end > 0) {
            while (end > 0 && !Character.isLetterOrDigit(speakerName.charAt(end - 1))) end--;
            int start = end;
            while (start > 0 && !Character.isWhitespace(speakerName.charAt(start - 1))) start--;
            int s = start;
            while (s < end && !Character.isLetterOrDigit(speakerName.charAt(s))) s++;
            if (s < end) {
                String p = speakerName.substring(s, end);
                if (p.endsWith("'s") || p.endsWith("’s")) p = p.substring(0, p.length() - 2);
                if (!p.isEmpty() && Character.isUpperCase(p.charAt(0))) return Text.fold(p);
            }
            end = start;
        }
        return null;
    }

    static String phonetic(String folded) {
        String c = PHONETIC.colognePhonetic(folded);
        return c == null || c.isEmpty() ? folded : c;
    }

    // ---------------------------------------------------------------- blocking keys

    /**
     * Keys stored in an index; two renderings of one utterance share at least one key when their speaker is
     * known on both sides (entity or surname sound, ±3 days), or they share a long content term (±7 days), a
     * name or a number with several digits (±3 days). Week buckets are emitted for day−3 and day+3 so that any
     * two days at most 3 apart share one; month buckets for day−7 and day+7 likewise.
     */
    public Set<String> blockingKeys(StatementView s, Signature sig) {
        return keys(s, sig, true);
    }

    /**
     * The keys to look candidates up with: the stored keys of a dated statement, plus the undated form of each signal
     * ("base:u"), so that a dated rendering meets undated ones; an undated statement asks for both timeless forms.
     */
    public Set<String> queryKeys(StatementView s, Signature sig) {
        return keys(s, sig, false);
    }

    /** The day a statement's keys are bucketed by, or null when neither the text nor the article dates it. */
    static LocalDate keyDay(StatementView s, Signature sig) {
        return sig.day() != null ? sig.day() : s.publishedAt() != null ? s.publishedAt().toLocalDate() : null;
    }

    private Set<String> keys(StatementView s, Signature sig, boolean stored) {
        LocalDate day = keyDay(s, sig);
        Map<String, String> bases = bases(s, sig);
        Set<String> keys = new LinkedHashSet<>();
        if (day == null) {
            for (String b : bases.keySet()) if (keys.size() < MAX_KEYS) keys.add(cut(b) + ":u");
            if (!stored) for (String b : bases.keySet()) if (keys.size() < 2 * MAX_KEYS) keys.add(cut(b) + ":d");
            return keys;
        }
        long d = day.toEpochDay();
        long[] weeks = {Math.floorDiv(d - 3, 7), Math.floorDiv(d + 3, 7)};
        long[] months = {Math.floorDiv(d - 7, 30), Math.floorDiv(d + 7, 30)};
        long[] halves = {Math.floorDiv(d - 90, 180), Math.floorDiv(d + 90, 180)};
        for (Map.Entry<String, String> e : bases.entrySet()) {
            long[] buckets = switch (e.getValue()) {
                case "w" -> weeks;
                case "m" -> months;
                default -> halves;
            };
            add(keys, e.getKey(), buckets, "w".equals(e.getValue()) ? "w" : "m");
        }
        // the timeless form: stored as ":d" (dated) so that undated statements find it, asked for as ":u"
        int cap = keys.size() + MAX_KEYS / 2;
        for (String b : bases.keySet()) if (keys.size() < cap) keys.add(cut(b) + (stored ? ":d" : ":u"));
        return keys;
    }

    private static String cut(String base) {
        return base.length() <= MAX_KEY_LENGTH - 10 ? base
                : base.substring(0, MAX_KEY_LENGTH - 34) + "~" + Integer.toHexString(base.hashCode());
    }

    /** Each key's signal ("sp:27364") and its time unit: w (±3 days), m (±7 days), h (±90 days). */
    private Map<String, String> bases(StatementView s, Signature sig) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (s.speakerEntityId() != null && !s.speakerEntityId().isBlank())
            out.put("se:" + s.speakerEntityId().trim(), "w");
        String sur = surname(s.speakerName());
        if (sur != null) out.put("sp:" + phonetic(sur), "w");
        // long terms as a proxy for rare ones (no corpus frequencies are needed to compute keys)
        boolean english = "en".equals(Text.lang(s.language(), s.quote()));
        List<String> long_ = new ArrayList<>();
        // English terms are stems ("strik", "offer"): one letter shorter than the German lemmas they meet
        for (String t : sig.terms()) if (t.length() >= (english ? LONG_TERM - 1 : LONG_TERM)) long_.add(t);
        long_.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (int i = 0; i < Math.min(TERM_KEYS, long_.size()); i++) out.put("t:" + long_.get(i), "m");
        TreeSet<String> names = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String n : sig.names()) if (n.length() >= 4) names.add(n);
        int k = 0;
        for (String n : names) {
            if (k++ == 2) break;
            out.put("n:" + phonetic(n), "w");
        }
        String num = null;
        for (String n : sig.numbers()) if (n.length() >= 3 && (num == null || n.compareTo(num) < 0)) num = n;
        if (num != null) out.put("d:" + num, "w");
        // the same position months later (or from another speaker): modality + specific verb over ±90 days; English
        // verbs knock on the German key through the dictionary
        Stance st = stance(s, Text.lang(s.language(), s.quote()));
        if (st.modality() != null && !st.verbs().isEmpty()) {
            String v = st.verbs().get(0);
            if ("en".equals(Text.lang(s.language(), s.quote())) && lexicon.bilingualAvailable()) {
                List<String> de = lexicon.germanFor(v);
                if (de.size() <= 4) {
                    for (String g : de) {
                        if (GermanMorph.get().info(g).verb()) {
                            v = g;
                            break;
                        }
                    }
                }
            }
            // bucket unit letter "m" (like the month keys) so that an index counting a key once across its time
            // buckets recognises it; the number is a 180-day bucket, distinct from month numbers by the "st:" base
            out.put("st:" + st.modality() + ":" + v, "h");
        }
        // English renderings also knock on the German term keys through the dictionary: per long English term its
        // plainest German translations (the shortest, at least five letters: "offer" → bieten, angebot)
        if (english && lexicon.bilingualAvailable()) {
            int extra = 0;
            for (int i = 0; i < Math.min(TERM_KEYS, long_.size()) && extra < TRANSLATED_KEYS; i++) {
                List<String> de = new ArrayList<>();
                for (String g : lexicon.germanFor(long_.get(i))) if (g.length() >= 5) de.add(g);
                de.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
                for (int j = 0; j < Math.min(TRANSLATIONS_PER_TERM, de.size()) && extra < TRANSLATED_KEYS; j++) {
                    if (out.putIfAbsent("t:" + de.get(j), "m") == null) extra++;
                }
            }
        }
        return out;
    }

    private static void add(Set<String> keys, String base, long[] buckets, String unit) {
        for (long b : buckets) {
            if (keys.size() >= MAX_KEYS) return;
            String k = base + ":" + unit + b;
            if (k.length() > MAX_KEY_LENGTH) k = base.substring(0, MAX_KEY_LENGTH - 24) + "~" + Integer.toHexString(base.hashCode()) + ":" + unit + b;
            keys.add(k);
        }
    }

    // ---------------------------------------------------------------- compare

    public Link compare(StatementView a, Signature sa, StatementView b, Signature sb) {
        List<String> ev = new ArrayList<>(8);
        String la = Text.lang(a.language(), a.quote());
        String lb = Text.lang(b.language(), b.quote());

        ContentScore.Match words = contentScore.match(la, sa, lb, sb, ev);
        double content = words.content();
        double score = content;

        // optional sentence embeddings: one bounded signal among the others, never enough alone to merge
        if (sa.embedding() != null && sb.embedding() != null) {
            double cos = Embedder.cosine(sa.embedding(), sb.embedding());
            if (!Double.isNaN(cos)) {
                double adj = Math.max(-EMBEDDING_WEIGHT, Math.min(EMBEDDING_WEIGHT, (cos - EMBEDDING_NEUTRAL) * 0.25));
                score += adj;
                ev.add("embedding cosine " + fmt(cos) + " (" + (adj >= 0 ? "+" : "") + fmt(adj) + ")");
            }
        }

        // names and numbers
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
                    for (String o : sb.names()) otherCodes[i++] = phonetic(o);
                }
                String p = phonetic(n);
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

        // channel ("im Staatsfernsehen" = "on state television" through the dictionary)
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

        // speaker
        int speaker = SpeakerAgreement.of(a, b, ev);

        // occasion
        boolean dayOk = true;
        if (sa.day() != null && sb.day() != null) {
            long diff = Math.abs(sa.day().toEpochDay() - sb.day().toEpochDay());
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
                } else if (diff > config.maxDaysApart() && diff <= REQUOTE_DAYS && speaker > 0 && la.equals(lb)
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
        if (sa.negated() != sb.negated()) {
            score -= 0.05;
            ev.add("negation differs");
        }

        double adjust = score - content; // names, numbers, channel, day, negation, embedding
        score = Math.max(0, Math.min(1, score));
        // the weight that groups renderings: the share of the shorter rendering's words the other one has (at least
        // one and a half words matched), the same adjustments, and a bonus when both name the same person
        double overlap = words.matched() >= MIN_MATCHED ? words.matched() / (words.smaller() + 1.0) : 0;
        // a negation on one side only usually says the opposite: it costs the weight more than the score
        double weight = speaker >= 0 && dayOk ? Math.max(0, Math.min(1, overlap + adjust
                + (speaker > 0 ? SAME_SPEAKER_BONUS : 0) - (sa.negated() != sb.negated() ? NEGATION_WEIGHT : 0))) : 0;
        Relation rel;
        if (weight >= config.sameThreshold()) rel = Relation.SAME;
        else {
            int r = related(a, la, sa, b, lb, sb, content, score, ev);
            rel = r == 0 ? Relation.NONE : Relation.RELATED;
            // a shared stance is a related-level match by itself: rank it with the other RELATED links, not below
            if (r == 2) score = Math.max(score, config.relatedThreshold());
        }
        ev.add(0, "weight " + fmt(weight) + " → " + rel + (rel == Relation.SAME ? " (≥ " + fmt(config.sameThreshold()) + ")" : "")
                + "; score " + fmt(score));
        return new Link(round(score), rel, ev, round(weight));
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
            double content, double score, List<String> ev) {
        if (sa.terms().isEmpty() || sb.terms().isEmpty()) return 0;
        if (score >= config.relatedThreshold()) {
            Set<String> ta = withoutNames(sa), tb = withoutNames(sb);
            if (ta.size() == sa.terms().size() && tb.size() == sb.terms().size()) return 1;
            double position = ta.isEmpty() || tb.isEmpty() ? 0
                    : content(la, new Signature(ta, null, null, null, false), lb, new Signature(tb, null, null, null, false), null);
            if (position >= MIN_POSITION) return 1;
            ev.add("position " + fmt(position) + " without the names both mention: not related");
        }
        if (sa.negated() != sb.negated() || content <= 0) return 0; // the stance rule needs a shared term
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

    /**
     * Word-level diff of another rendering against the reference. Words compare case- and
     * punctuation-insensitively; ops keep the original words. Consecutive ops of one kind are merged.
     */
    public List<DiffOp> diff(String reference, String other) {
        List<String> ra = words(reference), rb = words(other);
        List<String> ka = keys(ra), kb = keys(rb);
        Patch<String> patch = DiffUtils.diff(ka, kb);
        List<DiffOp> out = new ArrayList<>();
        int ia = 0, ib = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int sa = d.getSource().getPosition(), sb = d.getTarget().getPosition();
            if (sa > ia) out.add(new DiffOp("equal", join(ra, ia, sa), join(rb, ib, sb)));
            int ea = sa + d.getSource().size(), eb = sb + d.getTarget().size();
            String kind = switch (d.getType()) {
                case DELETE -> "delete";
                case INSERT -> "insert";
                case CHANGE -> "replace";
                default -> "equal";
            };
            out.add(new DiffOp(kind, join(ra, sa, ea), join(rb, sb, eb)));
            ia = ea;
            ib = eb;
        }
        if (ia < ra.size() || ib < rb.size()) out.add(new DiffOp("equal", join(ra, ia, ra.size()), join(rb, ib, rb.size())));
        return out;
    }

    private static List<String> words(String s) {
        if (s == null || s.isBlank()) return List.of();
        return List.of(WS.split(s.trim()));
    }

    private static List<String> keys(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String k = Text.fold(EDGE_PUNCT.matcher(w).replaceAll(""));
            out.add(k.isEmpty() ? w : k);
        }
        return out;
    }

    private static String join(List<String> w, int from, int to) {
        return from >= to ? "" : String.join(" ", w.subList(from, to));
    }

    @Override
    public String toString() {
        return "Aligner" + config + " " + lexicon.status() + "; " + embeddingStatus();
    }

    static boolean sameNullable(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
