package org.whosaid.analysis.rest;

import java.io.StringWriter;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.whosaid.analysis.service.WatchEvent;
import org.whosaid.analysis.service.WatchService;

/**
 * Writes a watch's events as an Atom 1.0 feed (RFC 4287): one entry per event, newest first, linking to the
 * cluster in the API. Text goes through the XML writer, so quotes, ampersands and angle brackets are escaped.
 */
final class AtomFeed {
    static final String MEDIA_TYPE = "application/atom+xml";
    private static final String NS = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    static String write(WatchService.Feed f, URI base) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(NS);
            var w = f.watch();
            text(x, "id", "urn:whosaid:watch:" + w.id());
            text(x, "title", "whosaid: " + (w.label() != null ? w.label() : w.kind() + " " + w.target()));
            OffsetDateTime updated = f.events().isEmpty() ? w.createdAt() : f.events().get(0).at();
            text(x, "updated", time(updated));
            link(x, "self", base.resolve("api/watches/" + w.id() + "/feed").toString());
            x.writeStartElement("author");
            text(x, "name", "whosaid");
            x.writeEndElement();
            for (WatchEvent e : f.events()) {
                x.writeStartElement("entry");
                text(x, "id", "urn:whosaid:watch:" + w.id() + ":" + e.key());
                text(x, "title", e.title());
                text(x, "updated", time(e.at()));
                x.writeEmptyElement("category");
                x.writeAttribute("term", e.type());
                if (e.clusterId() != null) link(x, "alternate", base.resolve("api/clusters/" + e.clusterId()).toString());
                if (e.url() != null) link(x, "related", e.url());
                text(x, "summary", e.summary());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value == null ? "" : value);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
    }

    private static String time(OffsetDateTime t) {
        return (t == null ? OffsetDateTime.now(ZoneOffset.UTC) : t).withOffsetSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
