package org.whosaid.analysis.engine.speakers;

import org.whosaid.analysis.engine.layer.Entity;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.registry.Names;
import org.whosaid.analysis.engine.model.Span;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the text's entities from its mentions and resolves speaker mentions to them.
 *
 * <ul>
 *   <li>Full names (two or more name words) make person entities; the fullest form wins the {@code name}.
 *       Two full names with the same surname but different first names stay two entities (no merge on a surname).</li>
 *   <li>Surname-only mentions ("Selenskyj", genitive "Selenskyjs") link to the full name anywhere in the text;
 *       a near spelling (edit distance ≤ 2, same initial, ≥ 5 letters: "Umerow" ~ "Umjerow") links as a variant.</li>
 *   <li>Role nouns ("der ukrainische Staatschef", "Putins Berater") link to the person introduced with the same
 *       canonical role (and the same qualifier when both have one), nearest before the mention first.</li>
 *   <li>Pronouns ("er", "sie", "he", "she") resolve to the speaker of the closest earlier statement within three
 *       sentences, else to the closest earlier subject-position person mention; "sie" prefers female persons and
 *       institutions, "er" avoids them.</li>
 *   <li>Institutions and places used as speakers become INSTITUTION entities.</li>
 * </ul>
 */
public final class EntityResolver {
    private final SpeakerLexicon lex;

    public EntityResolver(SpeakerLexicon lex) { this.lex = lex; }

    public void buildEntities(Document doc) {
        Map<String, List<Entity>> bySurname = new LinkedHashMap<>();
        fullNames(doc, bySurname);
        singleNames(doc, bySurname);
        Map<String, Entity> inst = institutions(doc);
        roleFacts(doc);
        roleMentions(doc, inst);
        dropGenitiveVariants(doc.entities);
    }

    /** Pass 1: full names ("Steven Witkoff"); a first-name variant of a known surname is the same person. */
    private void fullNames(Document doc, Map<String, List<Entity>> bySurname) {
        List<Entity> entities = doc.entities;
        for (Mention m : doc.mentions) {
            if (m.kind != Mention.Kind.NAME) continue;
            String[] words = nameWords(m.head);
            if (words.length < 2) continue;
            String surname = stripGenitive(words[words.length - 1], bySurname);
            String first = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
            Entity e = null;
            for (Entity c : bySurname.getOrDefault(fold(surname), List.of())) {
                // "Steve Witkoff" after "Steven Witkoff": a nickname or transliteration of the same first name is the same person
                if (c.firstName == null || c.firstName.equals(first)
                        || Names.firstNames(c.firstName, first) == Names.FirstNames.SAME) { e = c; break; }
            }
            if (e == null) {
                e = new Entity("PERSON", first + " " + surname);
                e.surname = surname;
                e.firstName = first;
                entities.add(e);
                bySurname.computeIfAbsent(fold(surname), k -> new ArrayList<>()).add(e);
            } else if (e.firstName == null) {
                e.firstName = first;
                e.name = first + " " + surname;
            }
            link(m, e, e.firstName.equals(first) ? "name" : "first-name variant→" + e.name);
        }
    }

    /** Pass 2: single-word names: a known surname (also genitive or misspelt by two letters), else a new person. */
    private void singleNames(Document doc, Map<String, List<Entity>> bySurname) {
        List<Entity> entities = doc.entities;
        for (Mention m : doc.mentions) {
            if (m.kind != Mention.Kind.NAME || m.entity != null) continue;
            String[] words = nameWords(m.head);
            if (words.length != 1) continue;
            String w = words[0];
            List<Entity> cands = bySurname.get(fold(w));
            if (cands == null && w.endsWith("s")) cands = bySurname.get(fold(w.substring(0, w.length() - 1)));
            if (cands == null && w.length() >= 5) {
                for (Map.Entry<String, List<Entity>> en : bySurname.entrySet()) {
                    String k = en.getKey();
                    if (k.length() >= 5 && k.charAt(0) == fold(w).charAt(0) && editDistance(k, fold(w)) <= 2
                            && Math.abs(k.length() - w.length()) <= 2) { cands = en.getValue(); break; }
                }
            }
            if (cands != null && !cands.isEmpty()) {
                Entity e = nearest(cands, m.start);
                link(m, e, "surname→" + e.name);
                continue;
            }
            if (isFirstNameOnly(doc, m)) continue;
            Entity e = new Entity("PERSON", w);
            e.surname = w;
            entities.add(e);
            bySurname.computeIfAbsent(fold(w), k -> new ArrayList<>()).add(e);
            link(m, e, "name");
        }
    }

    /** Institutions, one entity per canonical name. */
    private Map<String, Entity> institutions(Document doc) {
        List<Entity> entities = doc.entities;
        Map<String, Entity> inst = new LinkedHashMap<>();
        for (Mention m : doc.mentions) {
            if (m.kind != Mention.Kind.INSTITUTION) continue;
            String canon = canonicalInstitution(m.head);
            Entity e = inst.computeIfAbsent(canon, k -> {
                Entity x = new Entity("INSTITUTION", k);
                x.surname = k;
                entities.add(x);
                return x;
            });
            link(m, e, "institution");
        }
        return inst;
    }

    /** Roles written with a named person attach to that person, with the gender a role noun or first name says. */
    private void roleFacts(Document doc) {
        for (Mention m : doc.mentions) {
            if (m.kind == Mention.Kind.NAME && m.entity != null && m.role != null) {
                String roleText = m.roleText;
                if (roleText == null) {
                    roleText = doc.slice(m.start, m.end).replace(m.head, "").trim();
                }
                // "Der stellvertretende Regierungssprecher Max Lorn sagte": the role without its article
                roleText = withoutArticle(roleText);
                if (!roleText.isEmpty()) m.entity.roles.add(roleText);
                m.entity.roleKeys.add(m.role + "|" + (m.qualifier == null ? "" : m.qualifier));
                if (m.femaleRole || (m.roleText == null && lex.femaleRole(lastWord(roleText)))) m.entity.female = Boolean.TRUE;
                // "spokesman Karl Bosk": an English role noun in -man says he is a man
                else if (m.entity.female == null && !doc.german() && lex.maleRole(lastWord(roleText))) m.entity.female = Boolean.FALSE;
            }
            if (m.kind == Mention.Kind.NAME && m.entity != null && m.entity.female == null) {
                Token t = doc.tokens.get(m.token);
                for (int k = m.token; k < m.endToken; k++) {
                    String tags = doc.tokens.get(k).tags;
                    if (tags.contains(":VOR")) { m.entity.female = tags.contains(":FEM") && !tags.contains(":MAS"); break; }
                }
            }
        }
    }

    /** Bare role mentions: the role of an institution, an apposition's name, or the person known with that role. */
    private void roleMentions(Document doc, Map<String, Entity> inst) {
        List<Entity> entities = doc.entities;
        for (Mention m : doc.mentions) {
            if (m.kind != Mention.Kind.ROLE || m.entity != null) continue;
            if (m.qualifier != null && m.qualifier.startsWith("@")) {
                String canon = canonicalInstitution(m.qualifier.substring(1));
                Entity e = inst.computeIfAbsent(canon, k -> {
                    Entity x = new Entity("INSTITUTION", k);
                    x.surname = k;
                    entities.add(x);
                    return x;
                });
                m.entity = e;
                m.resolution = "role of institution→" + e.name;
                continue;
            }
            Entity e = appositionName(doc, m);
            if (e != null) { link(m, e, "apposition→" + e.name); continue; }
            e = byRole(doc, m);
            if (e != null) link(m, e, "role→" + e.name);
        }
    }

    /** Genitive forms are not spelling variants ("Uschakows"). */
    private static void dropGenitiveVariants(List<Entity> entities) {
        for (Entity e : entities) {
            e.variants.removeIf(v -> v.endsWith("s") && e.variants.contains(v.substring(0, v.length() - 1)));
        }
    }

    private boolean isFirstNameOnly(Document doc, Mention m) {
        String tags = doc.tokens.get(m.token).tags;
        return tags.contains(":VOR") && !tags.contains(":NAC");
    }

    private static void link(Mention m, Entity e, String how) {
        m.entity = e;
        m.resolution = how;
        e.spans.add(new Span(m.start, m.end));
        if (m.kind == Mention.Kind.NAME) {
            String[] w = nameWords(m.head);
            e.variants.add(w[w.length - 1]);
        }
    }

    /** "der Innenminister Frankreichs, Nicolas Sarkozy": a name right after the role and a comma */
    private static Entity appositionName(Document doc, Mention m) {
        int k = m.endToken;
        if (k < doc.tokens.size() && doc.tokens.get(k).isAny("der", "des", "of") ) {
            // skip a short genitive "Frankreichs" / "of the company"
        }
        while (k < doc.tokens.size() && k < m.endToken + 3 && !doc.tokens.get(k).is(",") && doc.tokens.get(k).sentence == m.sentence) {
            // "Die Ministerin sagte, X habe …": a verb before the comma ends the noun phrase; the name is in the content
            if (isVerbOrCue(doc, k)) return null;
            k++;
        }
        if (k >= doc.tokens.size() || !doc.tokens.get(k).is(",")) return null;
        for (Mention o : doc.mentions) {
            if (o.token == k + 1 && o.kind == Mention.Kind.NAME && o.entity != null) {
                // "Der Bürgermeister, X und Y": a list, not an apposition
                if (o.endToken < doc.tokens.size() && doc.tokens.get(o.endToken).isAny("und", "oder", "sowie", "and", "or")) return null;
                if (o.entity.kind.equals("PERSON") && m.role != null) {
                    o.entity.roles.add(withoutArticle(doc.slice(m.start, m.end)));
                    o.entity.roleKeys.add(m.role + "|" + (m.qualifier == null ? "" : m.qualifier));
                }
                return o.entity;
            }
            if (o.token > k + 1) break;
        }
        return null;
    }

    private static boolean isVerbOrCue(Document doc, int k) {
        var t = doc.tokens.get(k);
        if (t.isVerb() && !t.isCapitalized()) return true;
        int i = org.whosaid.analysis.engine.layer.Sorted.firstAtOrAfter(doc.cues, c -> c.token, k);
        return i < doc.cues.size() && doc.cues.get(i).token == k;
    }

    private Entity byRole(Document doc, Mention m) {
        Entity best = null;
        int bestDist = Integer.MAX_VALUE;
        boolean bestQual = false;
        for (Mention o : doc.mentions) {
            if (o.entity == null || o == m || o.kind != Mention.Kind.NAME || o.role == null) continue;
            if (!o.role.equals(m.role)) continue;
            boolean qualOk = m.qualifier == null || o.qualifier == null || m.qualifier.equals(o.qualifier)
                    || (m.qualifier.startsWith(o.qualifier) || o.qualifier.startsWith(m.qualifier));
            if (!qualOk) continue;
            boolean exactQual = m.qualifier != null && m.qualifier.equals(o.qualifier);
            int dist = o.start <= m.start ? m.start - o.start : (o.start - m.start) * 3;
            if (best == null || (exactQual && !bestQual) || (exactQual == bestQual && dist < bestDist)) {
                best = o.entity;
                bestDist = dist;
                bestQual = exactQual;
            }
        }
        if (best == null && m.qualifier != null) {
            // "Putins Berater": the possessor's entity is not the speaker; a unique person with that role is
            for (Mention o : doc.mentions) {
                if (o.entity != null && o.kind == Mention.Kind.NAME && m.role.equals(o.role)) {
                    if (best != null && best != o.entity) return null;
                    best = o.entity;
                }
            }
        }
        return best;
    }

    /**
     * The last subject-like mention of {@code m}'s entity after {@code m} and before {@code before} (a character offset),
     * outside quotes; null when there is none.
     */
    public static Mention latestMention(Document doc, Mention m, int before) {
        if (m.entity == null || before < 0) return null;
        Mention best = null;
        for (Mention o : doc.mentions) {
            if (o.start >= before) break;
            if (o.start <= m.start || o.entity != m.entity || o.governed || o.kind == Mention.Kind.PRONOUN) continue;
            String first = doc.tokens.get(o.token).lower();
            if (first.equals("den") || first.equals("dem") || first.equals("des") || first.equals("einem") || first.equals("einen")) continue;
            if (doc.quoteAround(o.start) != null) continue;
            best = o;
        }
        return best;
    }

    /** Resolves the speaker mention of a statement (pronouns need the statements before it). */
    public void resolveSpeaker(Document doc, Draft d, List<Draft> earlier) {
        Mention m = d.speaker;
        if (m == null || m.entity != null) return;
        switch (m.kind) {
            case PRONOUN -> resolvePronoun(doc, m, d, earlier);
            case ROLE -> {
                Entity e = RoleAnaphora.resolve(doc, m, d, earlier);
                if (e != null) link(m, e, "role anaphora→" + e.name);
            }
            case PLACE -> resolvePlace(doc, m);
            default -> { }
        }
    }

    /**
     * A speaker pronoun, first match wins: the person a medium is said to quote ("…, zitierten ihn Medien"); a subject
     * introduced after the last statement; the speaker of the closest earlier statement within three sentences; the
     * closest person mention of the last two sentences. A demonstrative ("dieser", "diese") skips the two middle steps.
     */
    private static void resolvePronoun(Document doc, Mention m, Draft d, List<Draft> earlier) {
        String p = m.head.toLowerCase(Locale.ROOT);
        boolean demonstrative = false;
        if (SpeakerLexicon.DEMONSTRATIVES_MALE.contains(p)) { p = "er"; demonstrative = true; }
        if (SpeakerLexicon.DEMONSTRATIVES_FEMALE.contains(p)) { p = "sie"; demonstrative = true; }
        Entity quoted = quotedPerson(doc, m, d, p);
        if (quoted != null) {
            link(m, quoted, "pronoun→" + quoted.name + " (the person named before the quote a medium cites)");
            return;
        }
        if (!demonstrative) {
            final String pr = p;
            Entity nearer = IntervenedSubject.find(doc, m, earlier, e -> genderOk(pr, e));
            if (nearer != null) {
                link(m, nearer, "pronoun→" + nearer.name + " (subject introduced after the last statement)");
                return;
            }
            Draft e = earlierStatement(d, earlier, p);
            if (e != null) {
                Entity cand = speakerEntity(e);
                link(m, cand, "pronoun→" + cand.name + " (sentence " + (e.sentence + 1) + ")");
                return;
            }
        }
        Mention best = nearbyMention(doc, m, d, p, demonstrative);
        if (best != null) link(m, best.entity, "pronoun→" + best.entity.name + " (sentence " + (best.sentence + 1) + ")");
    }

    /** The closest earlier statement within three sentences whose speaker fits the pronoun {@code p}, or null. */
    private static Draft earlierStatement(Draft d, List<Draft> earlier, String p) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Draft e = earlier.get(k);
            if (d.sentence - e.sentence > 3) break;
            Entity cand = speakerEntity(e);
            if (cand != null && genderOk(p, cand)) return e;
        }
        return null;
    }

    /** The entity that spoke a statement: its speaker's, else that of the statement it continues; null if unresolved. */
    private static Entity speakerEntity(Draft e) {
        Entity cand = e.speaker != null ? e.speaker.entity : null;
        if (cand == null && e.speakerFrom != null && e.speakerFrom.speaker != null) cand = e.speakerFrom.speaker.entity;
        return cand;
    }

    /**
     * The mention a pronoun {@code p} points to among those of the last two sentences before it, outside quotes and the
     * statement's own content: the last subject that fits {@code p}, for "sie" a known woman or institution first; for
     * a demonstrative the last person named, subject or not. Null when none fits.
     */
    private static Mention nearbyMention(Document doc, Mention m, Draft d, String p, boolean demonstrative) {
        Mention best = null;
        // from the first mention at most two sentences back (the layer is in text order; issue 15)
        for (int oi = org.whosaid.analysis.engine.layer.Sorted.firstAtOrAfter(doc.mentions, x -> x.sentence, m.sentence - 2);
                oi < doc.mentions.size(); oi++) {
            Mention o = doc.mentions.get(oi);
            if (o.start >= m.start) break;
            if (o.entity == null || o.kind == Mention.Kind.PRONOUN || m.sentence - o.sentence > 2) continue;
            if (!genderOk(p, o.entity)) continue;
            if (doc.quoteAround(o.start) != null) continue;
            if (d.overlaps(o.start, o.end)) continue; // not a name inside the statement's own content
            // a demonstrative points to the last person named, subject or not ("X traf Y. Dieser sagte …")
            boolean better = best == null || !o.governed || best.governed || demonstrative;
            if (demonstrative && !o.entity.kind.equals("PERSON")) better = false;
            // "sie": a known woman or institution beats a person of unknown gender
            if (best != null && p.equals("sie") && preferredForSie(best.entity) && !preferredForSie(o.entity)) better = false;
            if (better) best = o;
        }
        return best;
    }

    /** A place or country as speaker ("Berlin", genitive "Russlands") is the institution of that name, made if new. */
    private static void resolvePlace(Document doc, Mention m) {
        Entity e = null;
        Token last = doc.tokens.get(m.endToken - 1);
        String place = last.isPlace() ? last.text : m.head;
        if (place.endsWith("s") && last.tags.contains(":GEN:")) place = place.substring(0, place.length() - 1);
        for (Entity x : doc.entities) if (x.kind.equals("INSTITUTION") && x.name.equals(place)) e = x;
        if (e == null) {
            e = new Entity("INSTITUTION", place);
            e.surname = place;
            doc.entities.add(e);
        }
        link(m, e, "place→" + place);
    }

    private static boolean preferredForSie(Entity e) {
        return Boolean.TRUE.equals(e.female) || !e.kind.equals("PERSON");
    }

    /**
     * "X winkte ab: „…“, zitierten ihn Medien": the object of zitieren is the person named in the same sentence before
     * the quote (the last one outside quotes and outside the statement), or null.
     */
    private static Entity quotedPerson(Document doc, Mention m, Draft d, String p) {
        if (m.token == 0 || !doc.tokens.get(m.token - 1).lower().startsWith("zitiert")) return null;
        Entity best = null;
        for (Mention o : doc.mentions) {
            if (o.start >= m.start) break;
            if (o.sentence != m.sentence || o.entity == null || o.governed || o.kind == Mention.Kind.PRONOUN) continue;
            if (!o.entity.kind.equals("PERSON") || !genderOk(p, o.entity)) continue;
            if (doc.quoteAround(o.start) != null || d.overlaps(o.start, o.end)) continue;
            best = o.entity;
        }
        return best;
    }

    private static boolean genderOk(String pronoun, Entity e) {
        return switch (pronoun) {
            case "er", "he" -> e.kind.equals("PERSON") && !Boolean.TRUE.equals(e.female);
            case "she" -> e.kind.equals("PERSON") && !Boolean.FALSE.equals(e.female);
            case "sie" -> !e.kind.equals("PERSON") || Boolean.TRUE.equals(e.female) || e.female == null;
            default -> true;
        };
    }

    private static Entity nearest(List<Entity> cands, int offset) {
        if (cands.size() == 1) return cands.get(0);
        Entity best = cands.get(0);
        int bd = Integer.MAX_VALUE;
        for (Entity e : cands) {
            for (Span s : e.spans) {
                int d = s.start() <= offset ? offset - s.start() : (s.start() - offset) * 3;
                if (d < bd) { bd = d; best = e; }
            }
        }
        return best;
    }

    private String canonicalInstitution(String head) {
        String first = head.split(" ")[0];
        for (String[] p : lex.institutionsStartingWith(first)) {
            if (p[0].equals(head) || (p[0] + "s").equals(head) || (p[0] + "es").equals(head)) return p[1];
        }
        // genitive "Außenministeriums" → "Außenministerium"
        if (head.endsWith("es") && lex.institutionBySuffix(head.substring(0, head.length() - 2))) return head.substring(0, head.length() - 2);
        if (head.endsWith("s") && !head.endsWith("ss") && lex.institutionBySuffix(head.substring(0, head.length() - 1))) return head.substring(0, head.length() - 1);
        return head;
    }

    private String stripGenitive(String surname, Map<String, List<Entity>> bySurname) {
        if (surname.endsWith("s") && bySurname.containsKey(fold(surname.substring(0, surname.length() - 1)))) return surname.substring(0, surname.length() - 1);
        return surname;
    }

    /** compiled once: fold, nameWords and lastWord run for every name the resolver compares */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern MARK = java.util.regex.Pattern.compile("\\p{M}");

    static String[] nameWords(String head) {
        String h = head.replace("'s", "").replace("’s", "");
        return WHITESPACE.split(h.trim());
    }

    private static final java.util.regex.Pattern LEADING_ARTICLE = java.util.regex.Pattern.compile(
            "^(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|the|a|an)\\s+",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** A role as the registry keeps it: without a leading article, whatever its case ("Der Sprecher" → "Sprecher"). */
    static String withoutArticle(String role) {
        return LEADING_ARTICLE.matcher(role).replaceFirst("");
    }

    private static String lastWord(String s) {
        String[] w = WHITESPACE.split(s.trim());
        return w[w.length - 1];
    }

    /** lower case, diacritics removed: "Selenskyj" and "Sélenskyj" fold alike */
    public static String fold(String s) {
        String n = MARK.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return n.toLowerCase(Locale.ROOT);
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
