package org.whosaid.analysis.engine.align;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Facts in a statement or cluster that can conflict across outlets: numbers (with the word they count),
 * the utterance's weekday and date, the place, the speaker's role/title, first names of people named, and
 * content conflicts (agreed vs declined, negation). Thread-safe.
 *
 * <p>Kinds: {@code number}, {@code count} (the same number once on top of others, once in all: {@link CountScope}),
 * {@code weekday}, {@code date}, {@code place}, {@code role}, {@code firstname}.
 * Values that are spellings or translations of one another (Jurij/Yuriy, Steve/Steven, Moskau/Moscow,
 * Berater/Präsidentenberater) do not conflict. Roles are compared within one language only.
 */
public final class ConflictFinder {
    private static final Pattern PLACE_PREP = Pattern.compile("in|at", Pattern.CASE_INSENSITIVE);
    private static final Pattern DE_AGREE = Pattern.compile("\\b(zugestimmt|einverstanden|akzeptiert\\w*|zugesagt|"
            + "bestätigt\\w*|(stimmt\\w*|stimme\\w*|sagt\\w*|sage)\\b[^.;]{0,60}\\bzu)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DE_DECLINE = Pattern.compile("\\b(abgelehnt|lehn\\w*\\b[^.;]{0,60}\\bab|verweiger\\w*|"
            + "weiger\\w*|dementier\\w*|(wollte|will|mochte)\\s+(sich\\s+)?nicht\\s+(äußern|sagen)|ließ\\s+offen|offen\\s*gelassen)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EN_AGREE = Pattern.compile("\\b(agree[sd]?|agreeing|accept(s|ed)?|confirm(s|ed)?|approv(e|es|ed))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_DECLINE = Pattern.compile("\\b(declin(e|es|ed|ing)|refus(e|es|ed|ing)|reject(s|ed)?|"
            + "den(y|ies|ied)|would\\s+not\\s+say|wouldn't\\s+say|did\\s+not\\s+say\\s+whether|left\\s+open)\\b",
            Pattern.CASE_INSENSITIVE);

    private final Lexicon lexicon;
    private final Aligner aligner;

    /** With the shared {@link Lexicon#standard()}. */
    public ConflictFinder() {
        this(Lexicon.standard());
    }

    public ConflictFinder(Lexicon lexicon) {
        this.lexicon = lexicon == null ? Lexicon.empty() : lexicon;
        this.aligner = new Aligner(AlignConfig.defaults(), this.lexicon);
    }

    // ------------------------------------------------------------------ facts of one rendering

    /**
     * The facts of one rendering: numbers and the months and weekdays its quote names, the day it was said, and the
     * place, first names and speaker's role in the words around the quote. The first value per kind and subject is kept.
     */
    public List<Fact> facts(StatementView s) {
        Collected out = new Collected(s);
        String lang = Text.lang(s.language(), s.quote() != null ? s.quote() : s.context());
        List<Text.Tok> q = Text.tokens(s.quote(), lang);
        numbers(out, q, lang);
        namedDates(out, s.quote());
        statementDay(out, s);
        // place, role and first names from the words around the quote
        List<Text.Tok> c = Text.tokens(DayResolver.outside(s.context(), s.quote()), lang);
        place(out, c);
        String surname = SpeakerNames.surname(s.speakerName());
        quotedFirstNames(out, q, lang);
        namesAroundQuote(out, c, lang, surname);
        if (surname != null && !out.has("role")) roleBeforeSurname(out, c, lang, surname);
        return out.list;
    }

    /**
     * Numbers in the quote, with the next content word as subject ("4 Dokumente": number of dokument), and for a
     * counted word the same count once on top of others ("four more reports") or once in all ("four reports").
     */
    private static void numbers(Collected out, List<Text.Tok> q, String lang) {
        for (int i = 0; i < q.size(); i++) {
            Text.Tok t = q.get(i);
            String value = t.number() ? Text.number(t.surface(), lang) : NumberWords.count(t.surface());
            if (value == null) continue;
            int at = countedWord(q, i);
            String subject = "number";
            if (at >= 0) {
                Text.Tok u = q.get(at);
                subject = u.parts().isEmpty() ? u.term() : u.parts().get(u.parts().size() - 1);
            }
            out.add("number", subject, value);
            if (at >= 0) out.add("count", subject + " (" + value + ")",
                    value + (CountScope.additional(q, i, at) ? " more" : " in all"));
        }
    }

    /**
     * The index of the content word the number at {@code i} counts: the first of the next three words that is no
     * comparative ("mehr als", "about") and no range word, not past another number; -1 when there is none.
     */
    private static int countedWord(List<Text.Tok> q, int i) {
        for (int j = i + 1; j < Math.min(q.size(), i + 4); j++) {
            Text.Tok u = q.get(j);
            if (u.number()) return -1;
            String w = u.surface().toLowerCase(Locale.ROOT);
            if (u.term() != null && !COMPARATIVES.contains(w) && !CountScope.BETWEEN.contains(w)) return j;
        }
        return -1;
    }

    /** Months (with the year when given) and weekdays the quote names: "im Mai" vs "im Juni", "on Friday". */
    private static void namedDates(Collected out, String quote) {
        String months = monthsIn(quote);
        if (months != null) out.add("date", MONTH_SUBJECT, months);
        String weekdays = weekdaysIn(quote);
        if (weekdays != null) out.add("weekday", WEEKDAY_SUBJECT, weekdays);
    }

    /** The utterance's weekday, and its date when the text states one ("am Dienstag", "on March 3"). */
    private static void statementDay(Collected out, StatementView s) {
        LocalDate pub = s.publishedAt() == null ? null : s.publishedAt().toLocalDate();
        DayResolver.Day day = DayResolver.resolve(s.context(), s.quote(), pub);
        if (day.stated() && day.day() != null) {
            out.add("weekday", "day of the statement", day.day().getDayOfWeek().name().toLowerCase(Locale.ROOT));
            if (day.explicitDate()) out.add("date", "date of the statement", day.day().toString());
        }
    }

    /** The first place after "in"/"at" in the words around the quote that is no role word ("in Kiew", "at Geneva"). */
    private static void place(Collected out, List<Text.Tok> c) {
        for (int i = 0; i + 1 < c.size(); i++) {
            Text.Tok p = c.get(i), n = c.get(i + 1);
            if (PLACE_PREP.matcher(p.surface()).matches() && n.capital() && (n.place() || n.name())
                    && !Text.ROLE.matcher(n.surface().toLowerCase(Locale.ROOT)).find()) {
                out.add("place", "place of the statement", n.surface());
                break;
            }
        }
    }

    /** First names of people named in the quote (Generalstabschef Jurij Hnatow), by surname. */
    private static void quotedFirstNames(Collected out, List<Text.Tok> q, String lang) {
        for (int i = 0; i + 1 < q.size(); i++) {
            Text.Tok t = q.get(i), n = q.get(i + 1);
            if (!t.capital() || !(t.name() || t.firstName()) || t.initial() || !n.capital() || !n.name()
                    || n.start() - t.end() > 1) continue;
            if (nameFollows(q, i + 2, n)) continue;
            if (!"de".equals(lang) || t.firstName() || t.parts().isEmpty()) out.add("firstname", n.surface(), t.surface());
        }
    }

    /**
     * First names of people named around the quote, and the role right before the speaker's name: "Außenministerin
     * Mirela Dravnik", "Foreign Minister Mirela Dravnik" (roles are compared within one language: the subject names it).
     */
    private static void namesAroundQuote(Collected out, List<Text.Tok> c, String lang, String surname) {
        for (int i = 0; i < c.size(); i++) {
            Text.Tok t = c.get(i);
            if (!t.capital() || !(t.name() || t.firstName()) || i + 1 >= c.size()) continue;
            Text.Tok n = c.get(i + 1);
            if (!n.capital() || !n.name() || n.start() - t.end() > 1) continue;
            if (nameFollows(c, i + 2, n)) continue;
            if (!"de".equals(lang) || t.firstName() || t.parts().isEmpty()) {
                out.add("firstname", n.surface(), t.surface());
            }
            if (surname != null && Text.fold(n.surface()).equals(surname)) {
                String role = roleBefore(c, i);
                if (role != null) out.add("role", n.surface() + " [" + lang + "]", role);
            }
        }
    }

    /** Whether token {@code k} is a capitalised name right after {@code n}: then n is no surname (three-word names). */
    private static boolean nameFollows(List<Text.Tok> toks, int k, Text.Tok n) {
        return k < toks.size() && toks.get(k).capital() && toks.get(k).name() && toks.get(k).start() - n.end() <= 1;
    }

    /** "Hafenchef Rehm", "der Berater Sarkow": the role right before the speaker's bare surname (its first mention). */
    private static void roleBeforeSurname(Collected out, List<Text.Tok> c, String lang, String surname) {
        for (int i = 0; i < c.size(); i++) {
            if (Text.fold(c.get(i).surface()).equals(surname) && i > 0 && !c.get(i - 1).name()) {
                String role = roleBefore(c, i);
                if (role != null) out.add("role", c.get(i).surface() + " [" + lang + "]", role);
                break;
            }
        }
    }

    static final String MONTH_SUBJECT = "month named in the statement";
    static final String WEEKDAY_SUBJECT = "weekday named in the statement";
    private static final String[] MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december"};
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("februar", 2), Map.entry("märz", 3),
            Map.entry("april", 4), Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("juli", 7),
            Map.entry("august", 8), Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11),
            Map.entry("dezember", 12), Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("october", 10),
            Map.entry("december", 12));
    /** A month name (capitalised: "may" and "march" are also English verbs), optionally followed by a year. */
    private static final Pattern MONTH = Pattern.compile("\\b(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September"
            + "|Oktober|November|Dezember|January|February|March|May|June|July|October|December)\\b(?:\\s+((?:19|20)\\d\\d)\\b)?");
    /** English "May"/"March" count as months only after a time preposition or before a day or year. */
    private static final Pattern EN_MONTH_CUE = Pattern.compile("(?i)\\b(in|by|until|till|since|from|early|mid|late|end of|"
            + "beginning of|through|before|after|next|last|this|of)\\s*-?\\s*$");
    private static final Pattern WEEKDAY_IN_QUOTE = Pattern.compile("(?i)\\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
            + "sonnabend|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b");
    private static final Map<String, String> WEEKDAY_EN = Map.ofEntries(Map.entry("montag", "monday"),
            Map.entry("dienstag", "tuesday"), Map.entry("mittwoch", "wednesday"), Map.entry("donnerstag", "thursday"),
            Map.entry("freitag", "friday"), Map.entry("samstag", "saturday"), Map.entry("sonnabend", "saturday"),
            Map.entry("sonntag", "sunday"));

    /** The months a text names, normalised to English ("may 2026+june"), or null. */
    static String monthsIn(String text) {
        if (text == null || text.isEmpty()) return null;
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        java.util.regex.Matcher m = MONTH.matcher(text);
        while (m.find()) {
            String w = m.group(1);
            if ((w.equals("May") || w.equals("March")) && m.group(2) == null
                    && !EN_MONTH_CUE.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find()
                    && !text.substring(m.end()).matches("(?s)\\s+\\d{1,2}\\b.*")) continue;
            Integer n = MONTHS.get(w.toLowerCase(Locale.GERMAN));
            if (n == null) continue;
            out.add(MONTH_NAMES[n - 1] + (m.group(2) == null ? "" : " " + m.group(2)));
        }
        // "may" next to "may 2026" says nothing more
        out.removeIf(x -> x.indexOf(' ') < 0 && out.stream().anyMatch(y -> y.startsWith(x + " ")));
        return out.isEmpty() ? null : String.join("+", out);
    }

    /** The weekdays a text names, normalised to English ("friday+saturday"), or null. */
    static String weekdaysIn(String text) {
        if (text == null || text.isEmpty()) return null;
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        java.util.regex.Matcher m = WEEKDAY_IN_QUOTE.matcher(text);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.GERMAN);
            out.add(WEEKDAY_EN.getOrDefault(w, w));
        }
        return out.isEmpty() ? null : String.join("+", out);
    }

    /** Sets of months or weekdays agree when one names a subset of the other ("may" fits "may 2026"). */
    static boolean compatibleSets(String a, String b) {
        return subset(a, b) || subset(b, a);
    }

    private static boolean subset(String a, String b) {
        for (String x : a.split("\\+")) {
            boolean found = false;
            for (String y : b.split("\\+")) {
                if (x.equals(y) || (x.indexOf(' ') < 0 && y.startsWith(x + " ")) || (y.indexOf(' ') < 0 && x.startsWith(y + " "))) {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    private static final Set<String> COMPARATIVES = Set.of("mehr", "als", "über", "weitere", "more", "than", "over",
            "additional", "further", "another", "rund", "etwa", "knapp", "fast", "almost", "nearly", "about", "some");

    /** Role words directly before token i (and its first name), e.g. "Foreign Minister", "Außenministerin". */
    private static String roleBefore(List<Text.Tok> c, int i) {
        int j = i - 1;
        List<String> words = new ArrayList<>(3);
        while (j >= 0 && words.size() < 3) {
            Text.Tok t = c.get(j);
            String lower = t.surface().toLowerCase(Locale.ROOT);
            boolean role = Text.ROLE.matcher(lower).find();
            if (role || (!words.isEmpty() && t.capital() && !t.name() && !t.initial())) {
                words.add(0, lower);
                j--;
            } else break;
        }
        if (words.isEmpty() || !Text.ROLE.matcher(words.get(words.size() - 1)).find()) return null;
        return String.join(" ", words);
    }

    /** The facts found so far for one rendering; keeps the first value per kind and subject. */
    private static final class Collected {
        final List<Fact> list = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final StatementView s;

        Collected(StatementView s) {
            this.s = s;
        }

        /** Adds a fact of the rendering unless its kind and subject (folded) already have a value. */
        void add(String kind, String subject, String value) {
            if (!seen.add(kind + "|" + Text.fold(subject))) return;
            list.add(new Fact(kind, subject, value, s.statementId(), s.articleId(), s.outlet()));
        }

        /** Whether a fact of this kind was found. */
        boolean has(String kind) {
            return list.stream().anyMatch(f -> f.kind().equals(kind));
        }
    }

    // ------------------------------------------------------------------ conflicts within a cluster

    /** Facts of one cluster's renderings → subjects that carry different values (each value with its facts). */
    public List<FactConflict> conflicts(List<Fact> facts) {
        List<FactConflict> out = new ArrayList<>();
        if (facts == null || facts.isEmpty()) return out;
        // group facts by kind + equivalent subject
        List<List<Fact>> groups = new ArrayList<>();
        for (Fact f : facts) {
            List<Fact> home = null;
            for (List<Fact> g : groups) {
                Fact h = g.get(0);
                if (h.kind().equals(f.kind()) && sameSubject(f.kind(), h.subject(), f.subject())) {
                    home = g;
                    break;
                }
            }
            if (home == null) groups.add(home = new ArrayList<>());
            home.add(f);
        }
        for (List<Fact> g : groups) {
            Map<String, List<Fact>> byValue = new LinkedHashMap<>();
            for (Fact f : g) {
                String key = null;
                for (String v : byValue.keySet()) {
                    if (sameValue(f.kind(), v, f.value())) {
                        key = v;
                        break;
                    }
                }
                byValue.computeIfAbsent(key == null ? f.value() : key, k -> new ArrayList<>()).add(f);
            }
            if (byValue.size() > 1) out.add(new FactConflict(g.get(0).kind(), g.get(0).subject(), byValue));
        }
        return out;
    }

    private boolean sameSubject(String kind, String a, String b) {
        String fa = Text.fold(a), fb = Text.fold(b);
        if (fa.equals(fb)) return true;
        switch (kind) {
            case "firstname":
                return SpeakerNames.phonetic(fa).equals(SpeakerNames.phonetic(fb)) && Math.abs(fa.length() - fb.length()) <= 2;
            case "role": {
                // "Dravnik [de]": same language, similar surname
                int ia = fa.lastIndexOf(" ["), ib = fb.lastIndexOf(" [");
                if (ia < 0 || ib < 0 || !fa.substring(ia).equals(fb.substring(ib))) return false;
                String sa = fa.substring(0, ia), sb = fb.substring(0, ib);
                return SpeakerNames.phonetic(sa).equals(SpeakerNames.phonetic(sb)) && Math.abs(sa.length() - sb.length()) <= 2;
            }
            case "number":
                return translation(fa, fb);
            case "count": {
                // "dokument (4)": the same number of a word or its translation
                int ia = fa.lastIndexOf(" ("), ib = fb.lastIndexOf(" (");
                return ia > 0 && ib > 0 && fa.substring(ia).equals(fb.substring(ib)) && translation(fa.substring(0, ia), fb.substring(0, ib));
            }
            default:
                return false;
        }
    }

    private boolean sameValue(String kind, String a, String b) {
        String fa = Text.fold(a), fb = Text.fold(b);
        if (fa.equals(fb)) return true;
        if (fa.indexOf('+') >= 0 || fb.indexOf('+') >= 0 || (kind.equals("date") && !fa.contains("-") && !fb.contains("-")))
            return compatibleSets(fa, fb);
        switch (kind) {
            case "firstname":
                return (fa.length() >= 3 && fb.length() >= 3 && (fa.startsWith(fb) || fb.startsWith(fa)))
                        || (SpeakerNames.phonetic(fa).equals(SpeakerNames.phonetic(fb)) && Math.abs(fa.length() - fb.length()) <= 1);
            case "role":
                return fa.endsWith(fb) || fb.endsWith(fa) || fa.startsWith(fb) || fb.startsWith(fa);
            case "place":
                return translation(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT))
                        || (SpeakerNames.phonetic(fa).equals(SpeakerNames.phonetic(fb)) && Math.abs(fa.length() - fb.length()) <= 2);
            default:
                return false;
        }
    }

    /** One word is an English stem or word whose dictionary translations include the other (German). */
    private boolean translation(String a, String b) {
        return lexicon.translates(a, b) || lexicon.translates(b, a)
                || lexicon.translates(EnglishStemmer.stem(a), b) || lexicon.translates(EnglishStemmer.stem(b), a);
    }

    // ------------------------------------------------------------------ speakers of one cluster

    /**
     * The kind of a disagreement about who spoke, among renderings of one utterance: {@code attribution} when every
     * differing pair is an institution and its spokesperson ("der Kreml" / "Kremlsprecher Peskow": the same
     * utterance attributed at two levels, not a conflict), else {@code speaker}.
     */
    public String speakerDifferenceKind(List<StatementView> renderings) {
        // Whether two renderings name the same speaker depends only on (entity id, surname), so the renderings are
        // grouped by that first: pairs of groups naming the same speaker are skipped whole instead of pair by pair
        // (a cluster of n renderings of one surname under several first names cost n²/2 surname comparisons). Both
        // tests are symmetric, so the answer is the pairwise one: "speaker" if some differing pair is not an
        // institution and its spokesperson, else "attribution" if some pair differs, else "speaker".
        Map<SpeakerKey, List<StatementView>> groups = new LinkedHashMap<>();
        for (StatementView v : renderings) {
            if (v.speakerName() != null && !v.speakerName().isBlank()) {
                groups.computeIfAbsent(new SpeakerKey(v.speakerEntityId(), SpeakerNames.surname(v.speakerName())),
                        k -> new ArrayList<>()).add(v);
            }
        }
        List<Map.Entry<SpeakerKey, List<StatementView>>> g = new ArrayList<>(groups.entrySet());
        boolean any = false;
        for (int i = 0; i < g.size(); i++) {
            for (int j = i; j < g.size(); j++) {
                if (g.get(i).getKey().same(g.get(j).getKey())) continue;
                List<StatementView> a = g.get(i).getValue(), b = g.get(j).getValue();
                for (int x = 0; x < a.size(); x++) {
                    for (int y = i == j ? x + 1 : 0; y < b.size(); y++) {
                        if (!Attribution.institutionAndSpokesperson(a.get(x), b.get(y))) return "speaker";
                        any = true;
                    }
                }
            }
        }
        return any ? "attribution" : "speaker";
    }

    /** What {@link #sameSpeaker} reads of a rendering. */
    private record SpeakerKey(String entityId, String surname) {
        boolean same(SpeakerKey o) {
            return (entityId != null && entityId.equals(o.entityId)) || (surname != null && surname.equals(o.surname));
        }
    }

    static boolean sameSpeaker(StatementView a, StatementView b) {
        if (a.speakerEntityId() != null && a.speakerEntityId().equals(b.speakerEntityId())) return true;
        String sa = SpeakerNames.surname(a.speakerName()), sb = SpeakerNames.surname(b.speakerName());
        return sa != null && sa.equals(sb);
    }

    // ------------------------------------------------------------------ content conflict

    /**
     * Two renderings of (supposedly) one utterance that say opposite things: one "agreed/zugestimmt", the other
     * "declined/abgelehnt"; one "acceptable", the other "unacceptable" / "does not suit us"; or one negating a word
     * the two share and the other not, while their content otherwise matches.
     */
    public boolean contentConflict(StatementView a, Signature sa, StatementView b, Signature sb) {
        return contentConflict(polarity(a), sa, polarity(b), sb);
    }

    /**
     * The same test with each rendering's polarity computed once ({@link #polarity(StatementView)}): comparing n
     * renderings pairwise then costs n polarity matches instead of n² (same answers).
     */
    public boolean contentConflict(Polarity a, Signature sa, Polarity b, Signature sb) {
        if (a.value() != 0 && b.value() != 0 && a.value() != b.value()) return true;
        // "acceptable" against "unacceptable" / "does not suit us" (Acceptability)
        if (a.acceptable() * b.acceptable() < 0) return true;
        // "do not suit us" / "inakzeptabel": one judgement, whether or not it is worded with a negation
        if (a.acceptable() != 0 && a.acceptable() == b.acceptable()) return false;
        // a negation counts only where it covers a word the two share ("not five minutes but five hours" says
        // nothing against "useful and constructive")
        return aligner.negationDiffers(a.lang(), sa, b.lang(), sb) && aligner.content(a.lang(), sa, b.lang(), sb, null) >= 0.5;
    }

    /**
     * A rendering's language (as the content comparison reads it), polarity (+1 agreed, −1 declined, 0 neither) and
     * the judgement of its quote ({@link Acceptability}: +1 acceptable, −1 unacceptable, 0 neither).
     */
    public record Polarity(String lang, int value, int acceptable) {
    }

    public Polarity polarity(StatementView v) {
        String lang = Text.lang(v.language(), v.quote());
        return new Polarity(lang, polarity(v, lang), Acceptability.of(v.quote()));
    }

    /** +1 agreed/accepted, −1 declined/refused, 0 neither or both. */
    private static int polarity(StatementView v, String lang) {
        String text = (v.context() == null ? "" : v.context()) + " " + (v.quote() == null ? "" : v.quote());
        boolean agree = ("de".equals(lang) ? DE_AGREE : EN_AGREE).matcher(text).find();
        boolean decline = ("de".equals(lang) ? DE_DECLINE : EN_DECLINE).matcher(text).find();
        return agree == decline ? 0 : agree ? 1 : -1;
    }
}
