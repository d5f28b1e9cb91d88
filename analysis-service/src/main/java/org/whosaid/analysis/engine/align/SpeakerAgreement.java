package org.whosaid.analysis.engine.align;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether two renderings name the same speaker, as evidence rather than a wall: +1 the same person (entity, surname,
 * or surname sound: Uschakow ~ Ushakov), 0 compatible or unknown (one side has no speaker; one side names an
 * institution, a nationality, a place or an agency rather than a person; an institution and its spokesperson; the
 * intermediary named as speaker), −1 two different people. Only two person names can keep two renderings apart.
 */
final class SpeakerAgreement {
    /** Nationality and origin adjectives taken for a speaker ("American", "Russian", "Ukrainian", "russische"). */
    private static final Pattern ADJECTIVE = Pattern.compile("(?:[a-z]+(?:ian|ean|can|ese|ish|isch|ische|ischen|ischer|isches))");
    /** Agency credits and media that stand where a speaker would ("…, AFP"). */
    private static final java.util.Set<String> CREDITS = java.util.Set.of("afp", "dpa", "ap", "reuters", "tass", "ria",
            "interfax", "kna", "epd", "apa", "sda", "ansa", "efe", "bbc", "cnn", "nbc", "abc", "cbs", "zdf", "ard", "ntv");

    private SpeakerAgreement() {
    }

    static int of(StatementView a, StatementView b, List<String> ev) {
        String ea = blankToNull(a.speakerEntityId()), eb = blankToNull(b.speakerEntityId());
        String sa = Aligner.surname(a.speakerName()), sb = Aligner.surname(b.speakerName());
        if (ea != null && ea.equals(eb)) {
            ev.add("speaker=entity:" + ea);
            return 1;
        }
        if (sa != null && sb != null) {
            if (sa.equals(sb)) {
                ev.add("speaker=surname:" + sa);
                return 1;
            }
            if (Aligner.phonetic(sa).equals(Aligner.phonetic(sb)) && Math.abs(sa.length() - sb.length()) <= 2) {
                ev.add("speaker≈surname:" + sa + "~" + sb);
                return 1;
            }
            // a name with a word too many ("Marco Rubio Änderungen", "State Marco Rubio") still names the person
            if (nameHas(a.speakerName(), sb) || nameHas(b.speakerName(), sa)) {
                ev.add("speaker≈name:" + a.speakerName() + " ~ " + b.speakerName());
                return 1;
            }
            if (reportedThrough(a, sb) || reportedThrough(b, sa)) {
                ev.add("speaker reported through the other: " + a.speakerName() + " ~ " + b.speakerName()
                        + " (one outlet names the intermediary as speaker)");
                return 0;
            }
            if (Attribution.institutionAndSpokesperson(a, b)) {
                ev.add("speaker attributed at two levels: " + a.speakerName() + " ~ " + b.speakerName()
                        + " (an institution and its spokesperson)");
                return 0;
            }
            if (!person(a.speakerName()) || !person(b.speakerName())) {
                ev.add("speaker compatible: " + a.speakerName() + " ~ " + b.speakerName()
                        + " (" + (person(a.speakerName()) ? b.speakerName() : a.speakerName()) + " names no person)");
                return 0;
            }
            if (!a.speakerNamed() || !b.speakerNamed()) {
                ev.add("speaker differs: " + a.speakerName() + " vs " + b.speakerName() + ", but "
                        + (a.speakerNamed() ? b.speakerName() : a.speakerName())
                        + " was resolved from a pronoun or role, not named: not a wall");
                return 0;
            }
            ev.add("speaker differs: " + a.speakerName() + " vs " + b.speakerName());
            return -1;
        }
        if (ea != null && eb != null && person(a.speakerName()) && person(b.speakerName())) {
            ev.add("speaker differs: entity " + ea + " vs " + eb);
            return -1;
        }
        ev.add("speaker unknown on one side");
        return 0;
    }

    /**
     * Whether a speaker name can be a person: not an institution (Kreml, Regierung, White House), not a nationality
     * adjective, a place the dictionary knows or an agency credit.
     */
    static boolean person(String name) {
        if (name == null || name.isBlank()) return false;
        if (Attribution.institution(name)) return false;
        String[] words = name.trim().split("\\s+");
        String last = words[words.length - 1].replaceAll("[^\\p{L}\\p{N}-]", "");
        if (last.isEmpty() || !Character.isUpperCase(last.charAt(0))) return false;
        String f = Text.fold(last);
        if (CREDITS.contains(f)) return false;
        if (words.length == 1) {
            if (ADJECTIVE.matcher(f.toLowerCase(Locale.ROOT)).matches()) return false;
            return !GermanMorph.get().info(last).place();
        }
        return true;
    }

    /** Whether one of the capitalised words of a speaker name is the surname (at least four letters). */
    private static boolean nameHas(String name, String surname) {
        if (name == null || surname == null || surname.length() < 4) return false;
        for (String t : Aligner.speakerTokens(name)) if (t.equals(surname)) return true;
        return false;
    }

    private static boolean reportedThrough(StatementView v, String otherSurname) {
        if (v.intermediary() == null || otherSurname == null || otherSurname.length() < 3) return false;
        for (String t : Aligner.speakerTokens(v.intermediary())) if (t.equals(otherSurname)) return true;
        return false;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
