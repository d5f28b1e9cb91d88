package org.whosaid.ingest.clean;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates an article's own text from the page furniture that comes along when a page is copied from a
 * browser. Every decision is a named rule over a line (one paragraph per line); nothing is keyed to
 * particular outlets. Removed lines are kept as sections: summary, teasers, captions, tags, credits, other.
 */
public final class PasteCleaner {

    static final String SENTENCE_END = "[.!?…\"“”»«'’)\\]:]";
    /** The characters of {@link #SENTENCE_END}; a line ends a sentence when its last character is one of them. */
    private static final String SENTENCE_END_CHARS = ".!?…\"“”»«'’)]:";
    /** Closing marks that may follow the final punctuation of prose. */
    private static final String CLOSERS = "\"“”»«'’)";
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern TEASER_HEAD = Pattern.compile(
            "(?i)^(das könnte (dich|sie) auch interessieren|mehr zum thema|lesen sie auch|lies auch|auch interessant|"
                    + "weitere artikel|weitere nachrichten|empfehlungen( der redaktion)?|mehr aus (dem ressort|diesem ressort)|"
                    + "related( articles| stories)?|read more|more on this( story| topic)?|you may also like|recommended( for you)?|"
                    + "top[- ]?themen|meistgelesen|most read)\\s*:?$", Pattern.UNICODE_CASE);
    private static final Pattern TEASER_INLINE = Pattern.compile(
            "(?i)^(lesen sie auch|lies auch|mehr zum thema|read more|see also|auch interessant)\\s*:\\s*\\S.*", Pattern.UNICODE_CASE);
    private static final Pattern SUMMARY_HEAD = Pattern.compile(
            "(?i)^(zusammenfassung|das wichtigste in kürze|das wichtigste|in kürze|kurz zusammengefasst|auf einen blick|"
                    + "summary|key points|in short|at a glance|the essentials)\\s*:?$", Pattern.UNICODE_CASE);
    private static final Pattern BULLET = Pattern.compile("^\\s*[•·▪◦‣*–—-]\\s+\\S.*");
    private static final Pattern AUDIO = Pattern.compile("^\\d{1,2}:\\d{2}(:\\d{2})?\\s*/\\s*\\d{1,2}:\\d{2}(:\\d{2})?$");
    private static final Pattern READING_TIME = Pattern.compile(
            "(?i)(lesedauer|lesezeit|reading time)\\s*:?\\s*(ca\\.\\s*)?\\d+\\s*(min\\.?|minuten|minutes?)|"
                    + "\\b\\d+\\s*(min\\.?|minuten|minutes?)\\s*(lesezeit|lesedauer|read)\\b", Pattern.UNICODE_CASE);
    /** The extension of an image file name; the slug before it is checked by {@link #imageSlug} (no regex loop). */
    private static final Pattern IMAGE_EXT = Pattern.compile("\\.(jpe?g|png|webp|gif)$");
    private static final Pattern PHOTO_PAREN = Pattern.compile(
            "\\((Foto|Fotos|Bild|Bilder|Photo|Image|Grafik|Video|Illustration|Credit)\\s*:[^)]{1,160}\\)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHOTO_PREFIX = Pattern.compile("^(Foto|Bild|Photo|Image|Credit|©)\\s*:?\\s*\\S.{0,150}$");
    private static final Pattern PHOTO_GLUED = Pattern.compile(
            "[\\p{Ll}\\d.)][\\p{Lu}][\\p{L}.' -]{1,60}/\\s?(imago|IMAGO|dpa|AFP|Reuters|REUTERS|AP|Getty Images|picture alliance|"
                    + "Picture Alliance|epa|EPA|Keystone|KEYSTONE|ddp|Shutterstock|SNA|Sputnik|TASS|Tass|Pool)[\\p{L} /.-]{0,60}$");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^(quelle|quellen|source|sources|mit material von|material von|mit material der nachrichtenagenturen)\\s*:?\\s+(.{1,200})$",
            Pattern.UNICODE_CASE);
    private static final Pattern UTILITY = Pattern.compile(
            "(?i)^(teilen|artikel teilen|drucken|kommentare|kommentieren|share|share this article|print|zur startseite|anzeige|"
                    + "werbung|advertisement|mehr lesen|artikel anhören|audio|vorlesen|merken|folgen|follow|newsletter|"
                    + "jetzt abonnieren|subscribe|listen to this article|\\d+ kommentare|\\d+ comments)$", Pattern.UNICODE_CASE);
    private static final Pattern BYLINE = Pattern.compile("^(Von|By|Ein Kommentar von|Eine Analyse von)\\s+\\p{Lu}[\\p{L}.'-]+(\\s+(und|and|&)?\\s*\\p{Lu}?[\\p{L}.'-]+){0,6}$");
    private static final Pattern GLUE = Pattern.compile("([\\p{Ll}])([\\p{Lu}])");
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{L} ./-]{1,40}\\s*\\((" + Agencies.alternation() + ")(/[\\p{L}]{1,6})*\\)\\s*[-–—:]", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_FILLER = Pattern.compile(
            "(?i)(stand|aktualisiert( am)?|veröffentlicht( am)?|erschienen( am)?|published|updated|zuletzt aktualisiert|am|um|uhr|"
                    + "mez|mesz|cet|cest|utc|gmt|et|[·|•,:–-])", Pattern.UNICODE_CASE);
    /** Words with a capital inside that are not two words glued together. */
    private static final Set<String> CAMEL_OK = Set.of("iPhone", "iPad", "YouTube", "LinkedIn", "PayPal", "WhatsApp",
            "TikTok", "BioNTech", "eBay", "McDonald", "OpenAI", "ChatGPT", "PlayStation", "JavaScript", "GmbH", "SpaceX",
            "DeepSeek", "BlackRock", "MacBook", "FaceTime", "WikiLeaks", "BlackBerry", "GitHub", "SoftBank", "EuGH", "BaFin",
            "NordVPN", "HelloFresh", "LeBron", "DiCaprio", "McCarthy", "McConnell", "MacArthur", "iOS", "eSport");

    /** Cleans {@code text}; dates are only read, not resolved (see {@link DateFinder}). */
    /**
     * Ends in . ! ? … or : followed by closing marks only: what {@code (?s).*[.!?…:]["“”»«'’)]*$} matched, without the
     * leading {@code .*}, which made every search over a long line quadratic (issue 15 finding 3).
     */
    static boolean proseEnd(String l) {
        int i = l.length();
        while (i > 0 && CLOSERS.indexOf(l.charAt(i - 1)) >= 0) {
            i--;
        }
        return i > 0 && ".!?…:".indexOf(l.charAt(i - 1)) >= 0;
    }

    /**
     * An image file name: five or more runs of letters or digits joined by single hyphens, optionally ending in .jpg,
     * .jpeg, .png, .webp or .gif. The same as {@code ^[\p{L}\d]+(-[\p{L}\d]+){4,}(\.(jpe?g|png|webp|gif))?$}, whose
     * group repetition recursed once per word in java.util.regex and overflowed the stack on a line of ≈ 5,000 words.
     */
    static boolean imageSlug(String l) {
        Matcher ext = IMAGE_EXT.matcher(l);
        int end = ext.find() ? ext.start() : l.length();
        int parts = 1;
        boolean afterHyphen = true;
        for (int i = 0; i < end; ) {
            int c = l.codePointAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                parts++;
                afterHyphen = true;
            } else if (Character.isLetter(c) || (c >= '0' && c <= '9')) {
                afterHyphen = false;
            } else {
                return false;
            }
            i += Character.charCount(c);
        }
        return !afterHyphen && parts >= 5;
    }

    public CleanResult clean(String text, ZoneId zone, ZonedDateTime reference) {
        Page p = new Page(text);
        blocks(p);
        lineRules(p);
        altText(p);
        leadingAgency(p);
        trailingTags(p);
        header(p, zone, reference);
        datelineAgencies(p);
        return result(p);
    }

    /** One paste being cleaned: its non-empty lines and, per line, the kind it was given and the rule that gave it. */
    private static final class Page {
        final List<String> lines = new ArrayList<>();
        final int n;
        /** section kind, or "title"/"kicker"/"date"/"drop" or null = body */
        final String[] kind;
        final String[] rule;
        final Map<String, String> prov = new LinkedHashMap<>();
        final LinkedHashSet<String> agencies = new LinkedHashSet<>();
        final LinkedHashSet<String> authors = new LinkedHashSet<>();
        String creditOutlet;
        String leadingAgency;
        String title;
        String kicker;
        String dateLine;
        int titleIdx = -1;

        Page(String text) {
            for (String l : TextSanitizer.sanitize(text).split("\n")) {
                String t = l.strip().replaceAll("[ \\t]{2,}", " ");
                if (!t.isEmpty()) {
                    lines.add(t);
                }
            }
            n = lines.size();
            kind = new String[n];
            rule = new String[n];
        }
    }

    /** Blocks: a teaser block runs to the end; a summary block takes its bullets (or one paragraph). */
    private static void blocks(Page p) {
        for (int i = 0; i < p.n; i++) {
            if (p.kind[i] != null) {
                continue;
            }
            String l = p.lines.get(i);
            if (TEASER_HEAD.matcher(l).matches() && i > 0) {
                for (int j = i; j < p.n; j++) {
                    if (p.kind[j] == null && !(j > i && CREDIT.matcher(p.lines.get(j)).matches())) {
                        mark(p.kind, p.rule, j, "teasers", "teaser-block: lines after \"" + l + "\"");
                    }
                }
                break;
            }
            if (SUMMARY_HEAD.matcher(l).matches()) {
                mark(p.kind, p.rule, i, "summary", "summary-block heading");
                int j = i + 1;
                boolean bullets = j < p.n && BULLET.matcher(p.lines.get(j)).matches();
                while (j < p.n && (bullets ? BULLET.matcher(p.lines.get(j)).matches() : j == i + 1)) {
                    mark(p.kind, p.rule, j, "summary", "summary-block: " + (bullets ? "bullet after heading" : "paragraph after heading"));
                    j++;
                }
            }
        }

    }

    /** Line rules: audio players, reading times, image slugs, captions, credits, utility lines, inline teasers, tags. */
    private void lineRules(Page p) {
        for (int i = 0; i < p.n; i++) {
            if (p.kind[i] != null) {
                continue;
            }
            String l = p.lines.get(i);
            Matcher cm = CREDIT.matcher(l);
            if (AUDIO.matcher(l).matches()) {
                mark(p.kind, p.rule, i, "other", "audio-player-time");
            } else if (READING_TIME.matcher(l).find() && l.length() < 60 && !fiveWords(l)) {
                mark(p.kind, p.rule, i, "other", "reading-time");
            } else if (imageSlug(l)) {
                mark(p.kind, p.rule, i, "captions", "image-file-name (hyphen-joined words, no spaces)");
            } else if (l.length() < 400 && PHOTO_PAREN.matcher(l).find()) {
                mark(p.kind, p.rule, i, "captions", "caption-with-photo-credit \"(Foto: …)\"");
            } else if (l.length() < 300 && PHOTO_GLUED.matcher(l).find() && !endsSentence(l)) {
                mark(p.kind, p.rule, i, "captions", "caption-with-glued-photo-credit \"…Name/agency\"");
            } else if (l.length() < 160 && PHOTO_PREFIX.matcher(l).matches() && !l.endsWith(".")) {
                mark(p.kind, p.rule, i, "captions", "photo-credit-line");
            } else if (cm.matches() && !l.endsWith(".")) {
                mark(p.kind, p.rule, i, "credits", "credit-line \"" + cm.group(1) + ":\"");
                String[] parsed = parseCredit(cm.group(2), p.agencies, p.authors);
                if (parsed[0] != null && p.creditOutlet == null) {
                    p.creditOutlet = parsed[0];
                    p.prov.put("outlet-candidate", "credit line \"" + l + "\"");
                }
            } else if (UTILITY.matcher(l).matches()) {
                mark(p.kind, p.rule, i, "other", "page-utility-line");
            } else if (TEASER_INLINE.matcher(l).matches() && l.length() < 300) {
                mark(p.kind, p.rule, i, "teasers", "inline-teaser \"Lesen Sie auch: …\"");
            } else if (glueCount(l) >= 2 && !endsSentence(l)) {
                mark(p.kind, p.rule, i, "tags", "tag-line (words glued together without spaces)");
            }
        }
    }

    /** Alt text repeated at the start of a caption: both are caption. */
    private static void altText(Page p) {
        for (int i = 0; i + 1 < p.n; i++) {
            if (p.kind[i] == null && "captions".equals(p.kind[i + 1]) && p.lines.get(i + 1).startsWith(p.lines.get(i))
                    && p.lines.get(i).length() < 200) {
                mark(p.kind, p.rule, i, "captions", "caption-alt-text (repeated at the start of the caption)");
            }
        }
    }

    /** A first line naming a news agency is the agency's line, not text. */
    private static void leadingAgency(Page p) {
        int first = firstUnmarked(p.kind, 0);
        if (first >= 0) {
            Optional<String> ag = Agencies.canonical(p.lines.get(first));
            if (ag.isPresent()) {
                mark(p.kind, p.rule, first, "other", "leading-agency-line");
                p.leadingAgency = ag.get();
                p.agencies.add(ag.get());
                p.prov.put("agencies:" + ag.get(), "leading agency line");
            }
        }
    }

    /** Trailing zone: after the last prose paragraph, short lines without sentence end are tags. */
    private static void trailingTags(Page p) {
        int lastProse = -1;
        for (int i = 0; i < p.n; i++) {
            if (p.kind[i] == null && isProse(p.lines.get(i))) {
                lastProse = i;
            }
        }
        for (int i = lastProse + 1; i < p.n && lastProse >= 0; i++) {
            String l = p.lines.get(i);
            if (p.kind[i] == null && !endsSentence(l) && l.split(" ").length >= 2 && capitalisedShare(l) >= 0.8) {
                mark(p.kind, p.rule, i, "tags", "tag-line (capitalised words after the article)");
            }
        }

    }

    /** Header: lines before the first prose paragraph hold kicker(s), title, byline and date. */
    private static void header(Page p, ZoneId zone, ZonedDateTime reference) {
        int firstProse = firstProse(p);
        int headerEnd = firstProse < 0 ? Math.min(p.n, 4) : firstProse;
        markDateLine(p, headerEnd, zone, reference);
        List<Integer> header = unmarkedBefore(p, headerEnd);
        pickLongestHeaderLine(p, header);
        boolean bodyAfter = bodyAfterTitle(p);
        if (p.titleIdx >= 0 && p.lines.get(p.titleIdx).length() <= 300 && bodyAfter && !isProse(p.lines.get(p.titleIdx))) {
            String gluedKicker = takeTitle(p);
            bylinesAndKickers(p, header, gluedKicker);
        }
    }

    /** The index of the first unmarked prose paragraph, or -1 when there is none. */
    private static int firstProse(Page p) {
        for (int i = 0; i < p.n; i++) {
            if (p.kind[i] == null && isProse(p.lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Marks the first date line ("11.03.2031, 08:45 Uhr") within the header or the three lines after it, and
     * keeps it as the page's date line; a line already marked "other" keeps its kind and gains the rule.
     */
    private static void markDateLine(Page p, int headerEnd, ZoneId zone, ZonedDateTime reference) {
        for (int i = 0; i < Math.min(p.n, headerEnd + 3); i++) {
            if (p.kind[i] != null && !"other".equals(p.kind[i])) {
                continue;
            }
            String l = p.lines.get(i);
            if (l.length() > 120) {
                continue;
            }
            Optional<DateFinder.Found> f = DateFinder.find(l, zone, reference);
            if (f.isPresent() && isDateLine(l, f.get())) {
                p.dateLine = l;
                if (p.kind[i] == null) {
                    mark(p.kind, p.rule, i, "other", "date-line");
                } else {
                    p.rule[i] = p.rule[i] + " + date-line";
                }
                p.prov.put("date-line", l);
                return;
            }
        }
    }

    /** The indexes of the lines before {@code end} that no rule has marked yet: the header lines. */
    private static List<Integer> unmarkedBefore(Page p, int end) {
        List<Integer> header = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            if (p.kind[i] == null) {
                header.add(i);
            }
        }
        return header;
    }

    /** Sets the title candidate to the longest header line that is not a byline ("Von Erika Muster"); the first wins a tie. */
    private static void pickLongestHeaderLine(Page p, List<Integer> header) {
        for (int i : header) {
            if (BYLINE.matcher(p.lines.get(i)).matches()) {
                continue;
            }
            if (p.titleIdx < 0 || p.lines.get(i).length() > p.lines.get(p.titleIdx).length()) {
                p.titleIdx = i;
            }
        }
    }

    /** Whether body text follows the title candidate: a title needs it, a lone line is the body, not a headline. */
    private static boolean bodyAfterTitle(Page p) {
        for (int i = p.titleIdx + 1; p.titleIdx >= 0 && i < p.n; i++) {
            if (p.kind[i] == null && (isProse(p.lines.get(i)) || p.lines.get(i).length() > 200)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks the candidate line as the title, with a kicker glued to its front split off (see {@link #splitGlued}),
     * and returns that kicker or null.
     */
    private static String takeTitle(Page p) {
        String raw = p.lines.get(p.titleIdx);
        String[] split = splitGlued(raw);
        p.title = split[1];
        p.kind[p.titleIdx] = "title";
        p.rule[p.titleIdx] = "title: longest line before the first paragraph";
        p.prov.put("title", split[0] != null ? "longest header line, glued kicker \"" + split[0] + "\" split off" : "longest header line");
        return split[0];
    }

    /**
     * The other header lines: a byline ("Von Erika Muster") names the authors, a line above the title or one of four
     * words or fewer below it is a kicker; the kickers, the lowest first and the glued one last, joined by " | ".
     */
    private static void bylinesAndKickers(Page p, List<Integer> header, String gluedKicker) {
        List<String> kickers = new ArrayList<>();
        if (gluedKicker != null) {
            kickers.add(gluedKicker);
        }
        for (int i : header) {
            String l = p.lines.get(i);
            if (i == p.titleIdx) {
                continue;
            }
            if (BYLINE.matcher(l).matches()) {
                p.kind[i] = "other";
                p.rule[i] = "byline";
                p.authors.add(l.replaceFirst("^(Von|By|Ein Kommentar von|Eine Analyse von)\\s+", ""));
            } else if (i < p.titleIdx || l.split(" ").length <= 4) {
                p.kind[i] = "kicker";
                p.rule[i] = i < p.titleIdx ? "kicker: short line above the title" : "kicker: short line below the title";
                kickers.add(0, l);
            }
        }
        p.kicker = kickers.isEmpty() ? null : String.join(" | ", kickers);
    }

    /** Datelines such as "Berlin (dpa) -" name the agency. */
    private static void datelineAgencies(Page p) {
        for (int i = 0; i < p.n; i++) {
            if (p.kind[i] == null) {
                Matcher dm = DATELINE.matcher(p.lines.get(i));
                if (dm.find()) {
                    Agencies.canonical(dm.group(1)).ifPresent(a -> {
                        p.agencies.add(a);
                        p.prov.putIfAbsent("agencies:" + a, "dateline \"" + dm.group() + "\"");
                    });
                }
            }
        }

    }

    /** The body (unmarked lines), the sections by kind with their rules, and the lead after a title. */
    private static CleanResult result(Page p) {
        List<String> body = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        Map<String, StringBuilder> byKind = new LinkedHashMap<>();
        Map<String, String> ruleByKind = new LinkedHashMap<>();
        for (int i = 0; i < p.n; i++) {
            if (p.kind[i] == null) {
                body.add(p.lines.get(i));
            } else if (!p.kind[i].equals("title") && !p.kind[i].equals("kicker")) {
                String k = p.kind[i];
                byKind.computeIfAbsent(k, x -> new StringBuilder());
                if (byKind.get(k).length() > 0) {
                    byKind.get(k).append('\n');
                }
                byKind.get(k).append(p.lines.get(i));
                ruleByKind.merge(k, p.rule[i], (a, b) -> a.contains(b) ? a : a + "; " + b);
            }
        }
        byKind.forEach((k, v) -> sections.add(new Section(k, v.toString(), ruleByKind.get(k))));
        String lead = null;
        if (!body.isEmpty() && p.titleIdx >= 0 && body.get(0).length() <= 700) {
            lead = body.get(0);
            p.prov.put("lead", "first paragraph after the title");
        }
        return new CleanResult(String.join("\n\n", body), p.title, p.kicker, lead, p.dateLine, p.creditOutlet, p.leadingAgency,
                new ArrayList<>(p.agencies), new ArrayList<>(p.authors), sections, p.prov);
    }

    /** Credit "ntv.de, gut/rts/dpa/AFP" → outlet candidate (first non-agency part with a letter), agencies, initials. */
    static String[] parseCredit(String credit, Set<String> agencies, Set<String> authors) {
        String outlet = null;
        String agencyOnly = null;
        String[] parts = credit.split("\\s*[,;]\\s*|\\s+und\\s+|\\s+and\\s+");
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p].trim();
            for (String tok : part.split("\\s*/\\s*")) {
                String t = tok.trim();
                if (t.isEmpty()) {
                    continue;
                }
                Optional<String> ag = Agencies.canonical(t);
                if (ag.isPresent()) {
                    agencies.add(ag.get());
                    if (agencyOnly == null) {
                        agencyOnly = ag.get();
                    }
                } else if (t.matches("\\p{Ll}{2,4}")) {
                    authors.add(t);
                } else if (outlet == null && t.matches(".*\\p{L}.*") && t.length() <= 60) {
                    outlet = t;
                }
            }
        }
        return new String[]{outlet != null ? outlet : agencyOnly};
    }

    /** Splits a kicker glued to a headline ("Nach Gespräch mit TrumpSelenskyj: …"): [kicker or null, title]. */
    static String[] splitGlued(String line) {
        Matcher m = GLUE.matcher(line);
        while (m.find()) {
            int cut = m.start(2);
            String left = line.substring(0, cut).trim();
            String word = wordAround(line, cut);
            if (CAMEL_OK.stream().anyMatch(word::contains) || word.matches(".*(Mc|Mac|De|Di|La|Le|Van|Von)\\p{Lu}.*") && word.length() < 12) {
                continue;
            }
            if (left.contains(" ") && line.substring(cut).trim().length() >= 8) {
                return new String[]{left, line.substring(cut).trim()};
            }
        }
        return new String[]{null, line};
    }

    private static String wordAround(String s, int idx) {
        int a = idx;
        while (a > 0 && !Character.isWhitespace(s.charAt(a - 1))) {
            a--;
        }
        int b = idx;
        while (b < s.length() && !Character.isWhitespace(s.charAt(b))) {
            b++;
        }
        return s.substring(a, b);
    }

    static int glueCount(String l) {
        int c = 0;
        for (String w : l.split("\\s+")) {
            if (CAMEL_OK.stream().anyMatch(w::contains)) {
                continue;
            }
            Matcher m = GLUE.matcher(w);
            while (m.find()) {
                c++;
            }
        }
        return c;
    }

    private static boolean isDateLine(String line, DateFinder.Found f) {
        String rest = (line.substring(0, f.start()) + " " + line.substring(f.end()));
        rest = READING_TIME.matcher(rest).replaceAll(" ");
        rest = DATE_FILLER.matcher(rest).replaceAll(" ").trim();
        return rest.length() <= 12;
    }

    /** A paragraph of running text: ten words or more, ending a sentence (a closing quote needs punctuation before it). */
    static boolean isProse(String l) {
        return SPACES.split(l).length >= 10 && proseEnd(l);
    }

    static boolean endsSentence(String l) {
        return !l.isEmpty() && SENTENCE_END_CHARS.indexOf(l.charAt(l.length() - 1)) >= 0;
    }

    private static double capitalisedShare(String l) {
        String[] w = l.split("\\s+");
        int cap = 0;
        for (String x : w) {
            if (!x.isEmpty() && Character.isUpperCase(x.charAt(0))) {
                cap++;
            }
        }
        return (double) cap / w.length;
    }

    private static int firstUnmarked(String[] kind, int from) {
        for (int i = from; i < kind.length; i++) {
            if (kind[i] == null) {
                return i;
            }
        }
        return -1;
    }

    private static void mark(String[] kind, String[] rule, int i, String k, String r) {
        kind[i] = k;
        rule[i] = r;
    }

    /**
     * Whether the line holds five pieces of three or more letters in a row (what the former pattern
     * {@code .*\p{L}{3,}.*…} five times matched, including several pieces inside one long word), counted in one
     * pass: the pattern backtracked polynomially on long runs.
     */
    static boolean fiveWords(String l) {
        int pieces = 0, run = 0;
        for (int i = 0; i < l.length(); ) {
            int c = l.codePointAt(i);
            if (Character.isLetter(c)) run++;
            else {
                pieces += run / 3;
                run = 0;
            }
            i += Character.charCount(c);
        }
        return pieces + run / 3 >= 5;
    }
}
