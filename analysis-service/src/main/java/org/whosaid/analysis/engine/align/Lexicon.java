package org.whosaid.analysis.engine.align;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * German↔English dictionary (Debian package trans-de-en) and German synonyms (Debian package
 * openthesaurus-de-text), read at run time from the installed files. A missing file turns its signal off.
 */
public final class Lexicon {
    public static final Path DEFAULT_DE_EN = Path.of("/usr/share/trans/de-en");
    public static final Path DEFAULT_THESAURUS = Path.of("/usr/share/openthesaurus-de/openthesaurus.txt");

    private final String deEnStatus;
    private final String synonymsStatus;
    private final boolean bilingual;
    private final boolean synonyms;

    private Lexicon(boolean bilingual, String deEnStatus, boolean synonyms, String synonymsStatus) {
        this.bilingual = bilingual;
        this.deEnStatus = deEnStatus;
        this.synonyms = synonyms;
        this.synonymsStatus = synonymsStatus;
    }

    public static Lexicon load(Path deEnFile, Path thesaurusFile) {
        boolean de = deEnFile != null && Files.isReadable(deEnFile);
        boolean th = thesaurusFile != null && Files.isReadable(thesaurusFile);
        return new Lexicon(false, de ? "not loaded yet" : "off (file missing)", false,
                th ? "not loaded yet" : "off (file missing)");
    }

    public static Lexicon standard() {
        return load(DEFAULT_DE_EN, DEFAULT_THESAURUS);
    }

    public static Lexicon empty() {
        return new Lexicon(false, "off (no file given)", false, "off (no file given)");
    }

    public boolean bilingualAvailable() {
        return bilingual;
    }

    public boolean synonymsAvailable() {
        return synonyms;
    }

    public String status() {
        return "de-en: " + deEnStatus + "; synonyms: " + synonymsStatus;
    }
}
