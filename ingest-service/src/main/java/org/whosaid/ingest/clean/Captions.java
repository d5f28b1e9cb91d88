package org.whosaid.ingest.clean;

import java.util.regex.Pattern;

/**
 * Image captions and photo credits. E.g. "Die Bürgermeisterin am neuen Anleger (Foto: Erika Muster)" is a caption with
 * a photo credit, "Foto: Erika Muster" a photo-credit line, "faehre-am-anleger-im-mai.jpg" an image file name; a line
 * that the caption after it repeats at its start is the image's alt text, a caption too.
 */
final class Captions {

    private static final Pattern PHOTO_PAREN = Pattern.compile(
            "\\((Foto|Fotos|Bild|Bilder|Photo|Image|Grafik|Video|Illustration|Credit)\\s*:[^)]{1,160}\\)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHOTO_PREFIX = Pattern.compile("^(Foto|Bild|Photo|Image|Credit|©)\\s*:?\\s*\\S.{0,150}$");
    private static final Pattern PHOTO_GLUED = Pattern.compile(
            "[\\p{Ll}\\d.)][\\p{Lu}][\\p{L}.' -]{1,60}/\\s?(imago|IMAGO|dpa|AFP|Reuters|REUTERS|AP|Getty Images|picture alliance|"
                    + "Picture Alliance|epa|EPA|Keystone|KEYSTONE|ddp|Shutterstock|SNA|Sputnik|TASS|Tass|Pool)[\\p{L} /.-]{0,60}$");

    private Captions() {
    }

    /** The caption rule that the line meets, or null: an image file name, a caption with a credit, a credit line. */
    static String rule(String l) {
        if (LineShapes.imageSlug(l)) {
            return "image-file-name (hyphen-joined words, no spaces)";
        } else if (l.length() < 400 && PHOTO_PAREN.matcher(l).find()) {
            return "caption-with-photo-credit \"(Foto: …)\"";
        } else if (l.length() < 300 && PHOTO_GLUED.matcher(l).find() && !LineShapes.endsSentence(l)) {
            return "caption-with-glued-photo-credit \"…Name/agency\"";
        } else if (l.length() < 160 && PHOTO_PREFIX.matcher(l).matches() && !l.endsWith(".")) {
            return "photo-credit-line";
        }
        return null;
    }

    /** Alt text repeated at the start of a caption: both are caption. */
    static void altText(PastedPage p) {
        for (int i = 0; i + 1 < p.n; i++) {
            if (p.kind[i] == null && "captions".equals(p.kind[i + 1]) && p.lines.get(i + 1).startsWith(p.lines.get(i))
                    && p.lines.get(i).length() < 200) {
                p.mark(i, "captions", "caption-alt-text (repeated at the start of the caption)");
            }
        }
    }
}
