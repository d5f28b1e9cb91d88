package org.whosaid.analysis.service;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.whosaid.analysis.engine.align.Aligner;
import org.whosaid.analysis.engine.align.Signature;
import org.whosaid.analysis.engine.align.StatementView;
import org.whosaid.analysis.store.SignatureCodec;
import org.whosaid.analysis.store.StatementEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns stored statements into the alignment engine's view and (de)serialises signatures. */
@ApplicationScoped
public class Views {
    private final ObjectMapper json;
    private final Aligner aligner;

    public Views(ObjectMapper json, Aligner aligner) {
        this.json = json;
        this.aligner = aligner;
    }

    public static StatementView view(StatementEntity s) {
        return new StatementView(s.id, s.articleId, s.outlet, s.publishedAt, s.language, s.entityId, s.speakerName,
                s.form, s.quoteText, s.contextText, s.channelText, s.intermediary, s.speakerNamed, s.undatedDay);
    }

    public Signature signature(StatementEntity s) {
        return signature(s.signature, view(s));
    }

    /**
     * A stored signature: the compact form ({@link SignatureCodec}), else the JSON form of earlier versions, else
     * (missing or unreadable) computed again from the statement.
     */
    public Signature signature(String stored, StatementView view) {
        if (stored != null) {
            Signature sig = SignatureCodec.decode(stored);
            if (sig != null) {
                return sig;
            }
            if (stored.startsWith("{")) {
                try {
                    return json.readValue(stored, Signature.class);
                } catch (JsonProcessingException e) {
                    // stored by another version: compute again
                }
            }
        }
        return aligner.signature(view);
    }

    public String write(Signature sig) {
        return SignatureCodec.encode(sig);
    }

    public static Set<String> none() {
        return Set.of();
    }
}
