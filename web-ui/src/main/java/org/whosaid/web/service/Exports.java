package org.whosaid.web.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.whosaid.web.service.Views.StatementV;

import java.util.List;

/** Statements as CSV (RFC 4180, formula-safe) or JSON, for a cluster or a search result. */
public final class Exports {
    public static final List<String> COLUMNS = List.of("clusterId", "articleId", "statementId", "outlet", "publishedAt",
            "form", "speaker", "speakerMention", "entityId", "cue", "quote", "chain", "confidence", "reviewStatus", "url",
            "anchor");

    private Exports() {}

    public static String csv(List<StatementV> rows, String baseUrl) {
        StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (StatementV s : rows) {
            List<String> v = List.of(s.clusterId(), String.valueOf(s.articleId()), s.id(), s.outlet(), s.publishedAt(),
                    s.form(), s.speakerName(), s.speakerText(), s.entityId(), s.cue(), s.quote(), String.join(" > ", s.chain()),
                    s.confidence(), s.reviewStatus(), s.url(), baseUrl + s.anchor());
            for (int i = 0; i < v.size(); i++) {
                if (i > 0) sb.append(',');
                sb.append(cell(v.get(i)));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    /** Quotes a cell; a leading = + - @ gets a ' so spreadsheets do not run it as a formula. */
    static String cell(String v) {
        if (v == null) v = "";
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) v = "'" + v;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    public static ArrayNode json(ObjectMapper mapper, List<StatementV> rows, String baseUrl) {
        ArrayNode arr = mapper.createArrayNode();
        for (StatementV s : rows) {
            ObjectNode o = arr.addObject();
            o.put("clusterId", s.clusterId());
            o.put("articleId", s.articleId());
            o.put("statementId", s.id());
            o.put("outlet", s.outlet());
            o.put("publishedAt", s.publishedAt());
            o.put("form", s.form());
            ObjectNode sp = o.putObject("speaker");
            sp.put("name", s.speakerName());
            sp.put("text", s.speakerText());
            sp.put("entityId", s.entityId());
            o.put("cue", s.cue());
            o.put("quote", s.quote());
            ArrayNode chain = o.putArray("chain");
            s.chain().forEach(chain::add);
            o.put("confidence", s.confidence());
            o.put("reviewStatus", s.reviewStatus());
            o.put("url", s.url());
            o.put("anchor", baseUrl + s.anchor());
            ArrayNode ev = o.putArray("evidence");
            s.evidence().forEach(ev::add);
        }
        return arr;
    }
}
